import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useMemo, useState } from 'react';
import type { DateRange } from '../../../../shared/domain/date-range';
import { computePerformance, type PerformanceReport } from '../../../../shared/domain/performance';
import { db } from '../../db/db';
import { loadPerformanceRecords, type PerformanceRecords } from '../../db/repos/performance-records';

/** At most one re-read a second: a sync run updating 100,000 codes one by one must not re-read them each time. */
const MIN_RELOAD_MS = 1_000;
const WATCHED = ['referrers', 'codes', 'leads', 'redemptions'];

export type PerformanceState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; report: PerformanceReport };

/** True when a change (this window's or another's) touched a table the report reads. */
function touchesReport(parts: ObservabilitySet): boolean {
  return Object.keys(parts).some((part) => WATCHED.some((table) => part.startsWith(`idb://${db.name}/${table}/`)));
}

/**
 * The campaign's records, kept current: re-read after a change to them (a sale recorded or paid,
 * Stripe's counts coming back), throttled, instead of a live query re-reading on every write.
 */
function useCampaignRecords(campaignId: string | undefined): PerformanceRecords | Error | undefined {
  const [records, setRecords] = useState<PerformanceRecords | Error | undefined>(undefined);
  useEffect(() => {
    if (!campaignId) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastRead = 0;
    const read = () => {
      lastRead = Date.now();
      loadPerformanceRecords(db, campaignId).then(
        (r) => live && setRecords(r),
        (error: unknown) => live && setRecords(error instanceof Error ? error : new Error(String(error))),
      );
    };
    const onChange = (parts: ObservabilitySet) => {
      if (timer !== undefined || !touchesReport(parts)) return;
      timer = setTimeout(() => {
        timer = undefined;
        read();
      }, Math.max(0, lastRead + MIN_RELOAD_MS - Date.now()));
    };
    setRecords(undefined);
    read();
    Dexie.on.storagemutated.subscribe(onChange);
    return () => {
      live = false;
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
  }, [campaignId]);
  return records;
}

/** The campaign's performance over the range. */
export function usePerformance(campaignId: string | undefined, range: DateRange, onlyCodes: ReadonlySet<string> | null = null): PerformanceState {
  const records = useCampaignRecords(campaignId);
  return useMemo((): PerformanceState => {
    if (records instanceof Error) return { kind: 'failed', message: records.message };
    if (!records || !campaignId) return { kind: 'loading' };
    return { kind: 'ready', report: computePerformance({ campaignId, ...records, range, now: Date.now(), onlyCodes }) };
  }, [records, campaignId, range, onlyCodes]);
}
