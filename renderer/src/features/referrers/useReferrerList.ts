import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/db';
import { pageOfReferrers, searchReferrerList, type ReferrerRow } from '../../db/repos/referrer-list';

const SEARCH_DEBOUNCE_MS = 250;

export interface ReferrerList {
  rows: ReferrerRow[];
  /** all referrers of the campaign; null while searching */
  total: number | null;
  /** false while the rows shown are those of an earlier search text or page */
  loaded: boolean;
}

/**
 * The list the screen shows: a page of the campaign's referrers, or the matches of the search text
 * once typing pauses (a search may walk a large campaign, so not on every keystroke).
 */
export function useReferrerList(campaignId: string | undefined, searchText: string, page: number): ReferrerList {
  const query = useDebounced(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const result = useLiveQuery(async () => {
    const asked = { campaignId, query, page };
    if (!campaignId) return { asked, rows: [], total: 0 };
    if (query !== '') return { asked, rows: await searchReferrerList(db, campaignId, query), total: null };
    return { asked, ...(await pageOfReferrers(db, campaignId, page)) };
  }, [campaignId, query, page]);
  // useLiveQuery keeps the previous result until the new one arrives: it must not pass for the new one
  const current = result !== undefined && result.asked.campaignId === campaignId && result.asked.query === searchText.trim() && (query !== '' || result.asked.page === page);
  return { rows: result?.rows ?? [], total: result?.total ?? null, loaded: current };
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
