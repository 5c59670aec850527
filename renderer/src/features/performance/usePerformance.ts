import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DateRange } from '../../../../shared/domain/date-range';
import { computePerformance, type PerformanceReport } from '../../../../shared/domain/performance';
import { db } from '../../db/db';
import { loadPerformanceRecords } from '../../db/repos/performance-records';

/**
 * The campaign's performance over the range, kept live: a sale recorded or paid, or Stripe's
 * counts coming back, recomputes it. undefined while loading.
 */
export function usePerformance(campaignId: string | undefined, range: DateRange): PerformanceReport | undefined {
  const records = useLiveQuery(() => (campaignId ? loadPerformanceRecords(db, campaignId) : undefined), [campaignId]);
  return useMemo(
    () => (records && campaignId ? computePerformance({ campaignId, ...records, range, now: Date.now() }) : undefined),
    [records, campaignId, range],
  );
}
