import { uuidv7 } from 'uuidv7';
import type { Campaign, CodeRules, Referrer } from '../../../shared/domain/records';
import { PosDb } from '../db/pos-db';

/** Records and databases for the in-page benchmarks. */
export function benchCampaign(rules: Partial<CodeRules> = {}): Campaign {
  return {
    id: uuidv7(),
    name: 'Bench',
    currency: 'USD',
    reward: { kind: 'percent_off', percentOffBasisPoints: 1000 },
    defaultRules: { firstTimeOnly: true, maxRedemptions: 5, expiresAt: Date.now() + 1e10, minimumOrder: 2000, ...rules },
    codePrefix: null,
    qualifyWhenCodeUsed: true,
    stripeCouponId: null,
    linkTemplate: null,
    generateCodeOnAdd: false,
    isDemo: false,
    createdAt: Date.now(),
  };
}

export function benchReferrer(campaignId: string, i: number): Referrer {
  return { id: uuidv7(), campaignId, name: `Referrer ${i}`, email: null, phone: null, active: true, source: 'manual', stripeCustomerId: null, isDemo: false, createdAt: Date.now() };
}

export async function freshDb(name: string): Promise<PosDb> {
  await new PosDb(name).delete();
  const db = new PosDb(name);
  await db.open();
  return db;
}

