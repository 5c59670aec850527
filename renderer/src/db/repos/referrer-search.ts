import { referrerMatcher } from '../../../../shared/domain/referrer-search';
import type { ReferralCode, Referrer } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';
import { codesOfReferrer } from './code-lookup';

export interface ReferrerHit {
  referrer: Referrer;
  /** newest first */
  codes: ReferralCode[];
}

export const REFERRER_RESULT_LIMIT = 8;

/**
 * The campaign's referrers matching what a phone rep typed (see referrerMatcher), with their codes.
 * Walks the campaign's referrers through its index and stops at `limit` matches; too short a
 * query finds nobody.
 */
export async function searchReferrers(db: PosDb, campaignId: string, query: string, limit = REFERRER_RESULT_LIMIT): Promise<ReferrerHit[]> {
  const matches = referrerMatcher(query);
  if (!matches) return [];
  const referrers = await db.referrers.where('campaignId').equals(campaignId).filter(matches).limit(limit).toArray();
  return Promise.all(referrers.map(async (referrer) => ({ referrer, codes: await codesOfReferrer(db, referrer.id) })));
}
