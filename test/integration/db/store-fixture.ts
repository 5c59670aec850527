import { uuidv7 } from 'uuidv7';
import { PosDb } from '../../../renderer/src/db/pos-db';
import type { Campaign, CodeRules, Referrer } from '../../../shared/domain/records';

let counter = 0;

/** A fresh, empty database per test (fake-indexeddb keeps databases per name). */
export function freshDb(): PosDb {
  counter += 1;
  return new PosDb(`test-${process.pid}-${counter}-${uuidv7()}`);
}

export const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
export const DAY = 86_400_000;

export function rules(overrides: Partial<CodeRules> = {}): CodeRules {
  return { firstTimeOnly: true, maxRedemptions: 5, expiresAt: NOW + 30 * DAY, minimumOrder: 2000, ...overrides };
}

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: uuidv7(),
    name: 'Friends of the shop',
    currency: 'USD',
    reward: { kind: 'percent_off', percentOffBasisPoints: 1000 },
    defaultRules: rules(),
    codePrefix: null,
    qualifyWhenCodeUsed: true,
    stripeCouponId: null,
    linkTemplate: null,
    generateCodeOnAdd: false,
    isDemo: false,
    createdAt: NOW,
    ...overrides,
  };
}

export function referrer(campaignId: string, overrides: Partial<Referrer> = {}): Referrer {
  return { id: uuidv7(), campaignId, name: 'Dana Whitfield', email: 'dana@example.com', phone: null, active: true, source: 'manual', stripeCustomerId: null, isDemo: false, createdAt: NOW, ...overrides };
}
