import { generateCode } from '../../../../shared/domain/code-format';
import type { Campaign, ReferralCode, Referrer } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';

export type RandomBytes = (n: number) => Uint8Array;

/** Browser CSPRNG; getRandomValues refuses more than 65,536 bytes a call. */
export const cryptoRandomBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

export interface GenerationOptions {
  now: number;
  randomBytes?: RandomBytes;
  isDemo?: boolean;
}

/**
 * Gives every listed referrer of the campaign that has no code a new generated code carrying the
 * campaign's default rules, in one transaction. Codes are unique within the store: a collision
 * with an existing code (or another new one) is drawn again. Returns the codes created.
 */
export async function generateCodesForReferrers(
  db: PosDb,
  campaign: Campaign,
  referrerIds: readonly string[],
  options: GenerationOptions,
): Promise<ReferralCode[]> {
  const randomBytes = options.randomBytes ?? cryptoRandomBytes;
  return db.transaction('rw', db.codes, db.referrers, async () => {
    const referrers = (await db.referrers.bulkGet([...referrerIds])).filter(
      (r): r is Referrer => r !== undefined && r.code === null && r.campaignId === campaign.id,
    );
    const strings = await drawUniqueCodes(db, campaign.codePrefix, referrers.length, randomBytes);
    const codes = referrers.map((referrer, i) => newCode(strings[i]!, campaign, referrer, options));
    await db.codes.bulkAdd(codes);
    await db.referrers.bulkPut(referrers.map((r, i) => ({ ...r, code: strings[i]! })));
    return codes;
  });
}

async function drawUniqueCodes(db: PosDb, prefix: string | null, count: number, randomBytes: RandomBytes): Promise<string[]> {
  const chosen = new Set<string>();
  let missing = count;
  while (missing > 0) {
    const fresh: string[] = [];
    while (fresh.length < missing) {
      const code = generateCode(prefix, randomBytes);
      if (!chosen.has(code)) {
        chosen.add(code);
        fresh.push(code);
      }
    }
    const taken = await db.codes.bulkGet(fresh);
    taken.forEach((existing, i) => existing && chosen.delete(fresh[i]!));
    missing = count - chosen.size;
  }
  return [...chosen];
}

function newCode(code: string, campaign: Campaign, referrer: Referrer, options: GenerationOptions): ReferralCode {
  return {
    code,
    kind: 'generated',
    campaignId: campaign.id,
    referrerId: referrer.id,
    active: true,
    rules: { ...campaign.defaultRules },
    timesRedeemed: 0,
    pendingRedemptions: 0,
    isDemo: options.isDemo ?? false,
    createdAt: options.now,
  };
}
