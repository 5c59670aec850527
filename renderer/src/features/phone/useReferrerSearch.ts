import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from '../../db/db';
import { searchReferrers, type ReferrerHit } from '../../db/repos/referrer-search';

const DEBOUNCE_MS = 200;

/** The referrers matching what the rep typed, searched once typing pauses. undefined while searching. */
export function useReferrerSearch(campaignId: string | undefined, query: string): { hits: ReferrerHit[] | undefined; searched: string } {
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const hits = useLiveQuery(async () => (campaignId ? searchReferrers(db, campaignId, settled) : []), [campaignId, settled]);
  return { hits: settled === query ? hits : undefined, searched: settled };
}
