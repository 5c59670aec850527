import type { ReferralCode, Referrer } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';

export interface CodeWithReferrer {
  code: ReferralCode;
  referrer: Referrer;
}

/** The codes of the given campaigns, through their referrers (codes are indexed by referrer only). */
export async function codesOfCampaigns(db: PosDb, campaignIds: readonly string[]): Promise<CodeWithReferrer[]> {
  if (campaignIds.length === 0) return [];
  const referrers = await db.referrers.where('campaignId').anyOf([...campaignIds]).toArray();
  const byId = new Map(referrers.map((r) => [r.id, r]));
  const codes = await db.codes.where('referrerId').anyOf([...byId.keys()]).toArray();
  return codes.map((code) => ({ code, referrer: byId.get(code.referrerId)! }));
}
