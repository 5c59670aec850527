import { isCanonicalText, normalizeCodeText } from '../../../../shared/domain/code-format';
import type { ReferralCode, Referrer } from '../../../../shared/domain/records';
import { matchesSearchKeys, referrerQuery } from '../../../../shared/domain/referrer';
import type { PosDb } from '../pos-db';
import { searchEntries } from './referrer-search-index';

/** A row of the Referrers list: the referrer and its codes, the working one first. */
export interface ReferrerRow {
  referrer: Referrer;
  /** the referrer's working code, if any */
  code: ReferralCode | null;
  /** deactivated codes, newest first */
  retired: ReferralCode[];
}

export const PAGE_SIZE = 50;

/** One page of the campaign's referrers, oldest first (ids are time-sorted), with their codes. */
export async function pageOfReferrers(db: PosDb, campaignId: string, page: number): Promise<{ rows: ReferrerRow[]; total: number }> {
  const inCampaign = db.referrers.where('campaignId').equals(campaignId);
  const [total, referrers] = await Promise.all([inCampaign.count(), inCampaign.clone().offset(page * PAGE_SIZE).limit(PAGE_SIZE).toArray()]);
  return { rows: await withCodes(db, referrers), total };
}

/**
 * Referrers of the campaign whose name, email, phone or code matches the text; at most `limit`.
 * A code (or its beginning) is found through the codes' primary key; name, email and phone in the
 * campaign's search entries kept in memory (read once, dropped on any referrer change). Counting
 * the campaign's referrers makes a live query re-run when one is added or changed.
 */
export async function searchReferrerList(db: PosDb, campaignId: string, text: string, limit = PAGE_SIZE): Promise<ReferrerRow[]> {
  const query = referrerQuery(text);
  if (query === null) return [];
  const byCode = await referrersByCodePrefix(db, campaignId, text, limit);
  const seen = new Set(byCode.map((r) => r.id));
  await db.referrers.where('campaignId').equals(campaignId).count();
  const wanted: string[] = [];
  for (const entry of await searchEntries(db, campaignId)) {
    if (byCode.length + wanted.length >= limit) break;
    if (!seen.has(entry.id) && matchesSearchKeys(entry, query)) wanted.push(entry.id);
  }
  const byContact = (await db.referrers.bulkGet(wanted)).filter((r): r is Referrer => r !== undefined);
  return withCodes(db, [...byCode, ...byContact]);
}

const MIN_CODE_QUERY = 3;

async function referrersByCodePrefix(db: PosDb, campaignId: string, text: string, limit: number): Promise<Referrer[]> {
  const canonical = normalizeCodeText(text.trim());
  if (canonical.length < MIN_CODE_QUERY || !isCanonicalText(canonical)) return [];
  const codes = await db.codes.where('code').startsWith(canonical).filter((c) => c.campaignId === campaignId).limit(limit).toArray();
  const referrers = await db.referrers.bulkGet([...new Set(codes.map((c) => c.referrerId))]);
  return referrers.filter((r): r is Referrer => r !== undefined);
}

async function withCodes(db: PosDb, referrers: Referrer[]): Promise<ReferrerRow[]> {
  const codes = await db.codes.where('referrerId').anyOf(referrers.map((r) => r.id)).toArray();
  return referrers.map((referrer) => {
    const own = codes.filter((c) => c.referrerId === referrer.id).sort((a, b) => b.createdAt - a.createdAt || (a.active ? -1 : 1));
    return { referrer, code: own.find((c) => c.active) ?? null, retired: own.filter((c) => !c.active) };
  });
}

