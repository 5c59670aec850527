import type { CardBatch } from '../../../../shared/domain/records';
import { usePerformanceStore } from './performance-store';

/** Review only the codes of one print batch of cards (an event's), or the whole campaign. */
export function BatchFilter({ batches }: { batches: CardBatch[] }) {
  const { batchId, setBatch } = usePerformanceStore();
  if (batches.length === 0) return null;
  return (
    <p className="batch-filter">
      <label htmlFor="performance-batch">Print batch</label>{' '}
      <select id="performance-batch" value={batchId ?? ''} onChange={(e) => setBatch(e.target.value === '' ? null : e.target.value)}>
        <option value="">All codes of the campaign</option>
        {batches.map((b) => (
          <option key={b.id} value={b.id}>
            Batch {b.number}
            {b.label ? ` — ${b.label}` : ''} ({b.codes.length} cards{b.status === 'voided' ? ', voided' : ''})
          </option>
        ))}
      </select>
    </p>
  );
}
