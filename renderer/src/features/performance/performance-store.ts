import { create } from 'zustand';
import { lastDays, parseDateRange, type DateRange } from '../../../../shared/domain/date-range';

const DEFAULT_DAYS = 30;

interface PerformanceState {
  /** what the manager typed in the two date fields */
  fromText: string;
  toText: string;
  /** the range last applied (the report shows it) */
  range: DateRange;
  errors: { from?: string; to?: string };
  /** 0-based page of the codes table */
  page: number;
  /** a print batch whose codes alone are reviewed; null: the whole campaign */
  batchId: string | null;
  setBatch(batchId: string | null): void;
  setFromText(text: string): void;
  setToText(text: string): void;
  /** Applies the typed range, or keeps the shown one and sets the fields' messages. */
  apply(): boolean;
  setPage(page: number): void;
  reset(): void;
}

function initial(now: number) {
  const range = lastDays(now, DEFAULT_DAYS);
  return { fromText: range.fromDay, toText: range.toDay, range, errors: {}, page: 0, batchId: null };
}

/** UI state of the Performance screen: the date range being typed and shown, and the table's page. */
export const usePerformanceStore = create<PerformanceState>()((set, get) => ({
  ...initial(Date.now()),
  setFromText: (fromText) => set({ fromText }),
  setToText: (toText) => set({ toText }),
  apply: () => {
    const check = parseDateRange(get().fromText, get().toText);
    if (!check.ok) {
      set({ errors: check.errors });
      return false;
    }
    set({ range: check.range, errors: {}, page: 0 });
    return true;
  },
  setPage: (page) => set({ page }),
  setBatch: (batchId) => set({ batchId, page: 0 }),
  reset: () => set(initial(Date.now())),
}));
