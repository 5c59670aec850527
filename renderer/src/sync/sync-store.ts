import { create } from 'zustand';
import type { SyncFailure } from '../../../shared/domain/records';
import type { DrainReport, HaltReason } from './sync-runner';

interface SyncStatusState {
  draining: boolean;
  lastSuccessAt: number | null;
  lastPullAt: number | null;
  halted: HaltReason | null;
  lastFailure: SyncFailure | null;
  startDraining(): void;
  finishDraining(report: DrainReport, at: number): void;
  /** one send settled during a drain: a failure shows at once, a success clears it */
  sendSettled(failure: SyncFailure | null, at: number): void;
  pulled(at: number, failure: SyncFailure | null): void;
  reset(): void;
}

const initial = { draining: false, lastSuccessAt: null, lastPullAt: null, halted: null, lastFailure: null };

/** This window's view of the sync engine (session state; the outbox itself lives in IndexedDB). */
export const useSyncStatus = create<SyncStatusState>()((set) => ({
  ...initial,
  startDraining: () => set({ draining: true }),
  finishDraining: (report, at) =>
    set((s) => ({
      draining: false,
      halted: report.halted,
      lastFailure: report.lastFailure ?? (report.sent > 0 ? null : s.lastFailure),
      lastSuccessAt: report.sent > 0 ? at : s.lastSuccessAt,
    })),
  // a success only changes anything when it ends a failure: no update per send while all goes well
  sendSettled: (failure, at) => set((s) => (failure ? { lastFailure: failure } : s.lastFailure ? { lastFailure: null, lastSuccessAt: at } : s)),
  pulled: (at, failure) => set((s) => (failure ? { lastFailure: failure } : { lastPullAt: at, lastSuccessAt: s.lastSuccessAt ?? at })),
  reset: () => set(initial),
}));
