import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CardBatch } from '../../../../shared/domain/records';
import { codesCsv, seriesCsv } from '../../../../shared/domain/performance-csv';
import { db } from '../../db/db';
import { useCampaigns } from '../../db/hooks/useActiveCampaign';
import { CodesTable } from './CodesTable';
import { DailyChart } from './DailyChart';
import { downloadCsv, fileSafe } from '../../ui/download';
import { usePerformanceStore } from './performance-store';
import { CouponDetails, PerformanceSummary } from './PerformanceSummary';
import { BatchFilter } from './BatchFilter';
import { RangeFilter } from './RangeFilter';
import { usePerformance } from './usePerformance';

/** "Review referral code performance" for the campaign the counter works in. */
export function PerformanceScreen() {
  const { active, loaded } = useCampaigns();
  const range = usePerformanceStore((s) => s.range);
  const batches = useLiveQuery(async (): Promise<CardBatch[]> => (active ? db.cardBatches.where('campaignId').equals(active.id).sortBy('number') : []), [active?.id]);
  const batchId = usePerformanceStore((s) => s.batchId);
  const batch = batches?.find((b) => b.id === batchId) ?? null;
  const onlyCodes = useMemo(() => (batch ? new Set(batch.codes) : null), [batch]);
  const state = usePerformance(active?.id, range, onlyCodes);
  if (loaded && !active) {
    return (
      <main className="performance" aria-label="Performance">
        <h2>Performance</h2>
        <p>No campaign yet: create one under Campaigns first.</p>
      </main>
    );
  }
  if (!active || state.kind === 'loading') return null;
  if (state.kind === 'failed') {
    return (
      <main className="performance" aria-label="Performance">
        <h2>Performance</h2>
        <p role="alert">The report could not be read from this device’s store: {state.message}</p>
      </main>
    );
  }
  const { report } = state;
  const base = `${fileSafe(active.name)}-${range.fromDay}-to-${range.toDay}`;
  return (
    <main className="performance" aria-label="Performance">
      <h2>Performance of “{active.name}”</h2>
      <p className="muted">
        From {range.fromDay} to {range.toDay}. Uses count what Stripe counted plus sales not synced yet; the other numbers count what this
        device holds.
      </p>
      <RangeFilter />
      <BatchFilter batches={batches ?? []} />
      <div className="performance-top">
        <PerformanceSummary report={report} />
        <CouponDetails campaign={active} />
      </div>
      <DailyChart series={report.series} onExport={() => downloadCsv(`${base}-daily.csv`, seriesCsv(report.series))} />
      <CodesTable rows={report.codes} onExport={() => downloadCsv(`${base}-codes.csv`, codesCsv(report.codes))} />
    </main>
  );
}
