import Dexie from 'dexie';
import { searchKeysOf, type SearchKeys } from '../../../../shared/domain/referrer';
import type { PosDb } from '../pos-db';

/**
 * What a referrer search compares, for every referrer of a campaign, kept in memory: one bulk read
 * (IndexedDB getAll) per campaign instead of a cursor walk per search. A cursor step costs tens of
 * microseconds, so walking 100,000 referrers took seconds; filtering this array takes milliseconds.
 * Any change to the referrers table (this window or another) drops the cached arrays of that
 * database; the next search reads them again.
 */
export interface SearchEntry extends SearchKeys {
  id: string;
  active: boolean;
}

const cache = new Map<string, SearchEntry[]>();
/** bumped on every referrers change, so that a read overtaken by a write is not kept */
let version = 0;
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((part) => part.includes('/referrers/'))) return;
    version += 1;
    cache.clear();
  });
}

export async function searchEntries(db: PosDb, campaignId: string): Promise<SearchEntry[]> {
  listen();
  const key = `${db.name}\u0000${campaignId}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const before = version;
  const referrers = await db.referrers.where('campaignId').equals(campaignId).toArray();
  const entries = referrers.map((r) => ({ id: r.id, active: r.active, ...searchKeysOf(r) }));
  if (version === before) cache.set(key, entries);
  return entries;
}
