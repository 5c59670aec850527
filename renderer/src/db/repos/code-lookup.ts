import type { ReferralCode, Referrer } from '../../../../shared/domain/records';
import type { PosDb } from '../pos-db';

export interface CodeMatch {
  code: ReferralCode;
  referrer: Referrer | undefined;
}

/**
 * The scan-to-verdict read: one indexed bulk get of at most two candidate spellings (exact and
 * look-alike folded), then the referrer by primary key. Nothing else is read.
 */
export async function findCode(db: PosDb, candidates: readonly string[]): Promise<CodeMatch | undefined> {
  if (candidates.length === 0) return undefined;
  const codes = await db.codes.bulkGet([...candidates]);
  const code = codes.find((c): c is ReferralCode => c !== undefined);
  if (!code) return undefined;
  return { code, referrer: await db.referrers.get(code.referrerId) };
}

/** Codes that exist among typo candidates, each with its referrer: for "Did you mean …?". */
export async function findExistingCodes(db: PosDb, candidates: readonly string[]): Promise<CodeMatch[]> {
  if (candidates.length === 0) return [];
  const codes = (await db.codes.bulkGet([...candidates])).filter((c): c is ReferralCode => c !== undefined);
  const referrers = await db.referrers.bulkGet(codes.map((c) => c.referrerId));
  return codes.map((code, i) => ({ code, referrer: referrers[i] }));
}

/** Every code a referrer has been given (through the codes' referrerId index), newest first. */
export async function codesOfReferrer(db: PosDb, referrerId: string): Promise<ReferralCode[]> {
  const codes = await db.codes.where('referrerId').equals(referrerId).toArray();
  return codes.sort((a, b) => b.createdAt - a.createdAt);
}
