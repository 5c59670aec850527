import { useShallow } from 'zustand/react/shallow';
import { usePerformanceStore } from './performance-store';

/** The date range of the report: two days, checked together when applied. */
export function RangeFilter() {
  const { fromText, toText, errors, setFromText, setToText, apply } = usePerformanceStore(
    useShallow((s) => ({ fromText: s.fromText, toText: s.toText, errors: s.errors, setFromText: s.setFromText, setToText: s.setToText, apply: s.apply })),
  );
  return (
    <form
      className="range-filter"
      aria-label="Date range"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
      noValidate
    >
      <div>
        <label htmlFor="range-from">From</label>
        <input id="range-from" type="date" value={fromText} onChange={(e) => setFromText(e.target.value)} aria-invalid={errors.from ? true : undefined} aria-describedby={errors.from ? 'range-from-error' : undefined} />
        {errors.from && <p id="range-from-error" className="field-error" role="alert">{errors.from}</p>}
      </div>
      <div>
        <label htmlFor="range-to">To</label>
        <input id="range-to" type="date" value={toText} onChange={(e) => setToText(e.target.value)} aria-invalid={errors.to ? true : undefined} aria-describedby={errors.to ? 'range-to-error' : undefined} />
        {errors.to && <p id="range-to-error" className="field-error" role="alert">{errors.to}</p>}
      </div>
      <button type="submit">Apply</button>
    </form>
  );
}
