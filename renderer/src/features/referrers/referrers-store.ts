import { create } from 'zustand';

interface ReferrersUiState {
  /** what is typed in the search field */
  searchText: string;
  /** the page of the full list (when not searching) */
  page: number;
  /** the referrer whose edit form is open */
  editingId: string | null;
  /** generation jobs this window is running (others are resumable) */
  runningJobs: readonly string[];
  setSearchText(text: string): void;
  setPage(page: number): void;
  edit(id: string | null): void;
  jobStarted(id: string): void;
  jobStopped(id: string): void;
  reset(): void;
}

const initial = { searchText: '', page: 0, editingId: null, runningJobs: [] as readonly string[] };

/** UI state of the Referrers screen only; referrers themselves are read from the store with live queries. */
export const useReferrersUi = create<ReferrersUiState>()((set) => ({
  ...initial,
  setSearchText: (searchText) => set({ searchText, page: 0 }),
  setPage: (page) => set({ page }),
  edit: (editingId) => set({ editingId }),
  jobStarted: (id) => set((s) => ({ runningJobs: [...s.runningJobs, id] })),
  jobStopped: (id) => set((s) => ({ runningJobs: s.runningJobs.filter((j) => j !== id) })),
  reset: () => set(initial),
}));
