import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/db';
import { pageOfReferrers, searchReferrers, type ReferrerRow } from '../../db/repos/referrer-search';

const SEARCH_DEBOUNCE_MS = 250;

export interface ReferrerList {
  rows: ReferrerRow[];
  /** all referrers of the campaign; null while searching */
  total: number | null;
  loaded: boolean;
}

/**
 * The list the screen shows: a page of the campaign's referrers, or the matches of the search text
 * once typing pauses (a search may walk a large campaign, so not on every keystroke).
 */
export function useReferrerList(campaignId: string | undefined, searchText: string, page: number): ReferrerList {
  const query = useDebounced(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const result = useLiveQuery(async () => {
    if (!campaignId) return { rows: [], total: 0 };
    if (query !== '') return { rows: await searchReferrers(db, campaignId, query), total: null };
    return pageOfReferrers(db, campaignId, page);
  }, [campaignId, query, page]);
  return { rows: result?.rows ?? [], total: result?.total ?? null, loaded: result !== undefined && query === searchText.trim() };
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
