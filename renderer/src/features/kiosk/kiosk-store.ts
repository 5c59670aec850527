import { create } from 'zustand';
import type { KioskVerdict } from '../../../../shared/domain/kiosk-verdict';

export type KioskStep = 'welcome' | 'code' | 'verdict' | 'details' | 'privacy' | 'done';

export interface KioskDetails {
  name: string;
  email: string;
  phone: string;
  consent: boolean;
}

interface KioskState {
  step: KioskStep;
  codeText: string;
  /** the code found, canonical, once accepted */
  code: string | null;
  verdict: KioskVerdict | null;
  details: KioskDetails;
  errors: string[];
  /** the first name the confirmation thanks */
  thanked: string | null;
  go(step: KioskStep): void;
  setCodeText(text: string): void;
  judged(verdict: KioskVerdict, code: string | null): void;
  setDetails(patch: Partial<KioskDetails>): void;
  setErrors(errors: string[]): void;
  checkedIn(firstName: string): void;
  /** forgets everything the customer entered: idle timeout, Done, or leaving the kiosk */
  reset(): void;
}

const emptyDetails: KioskDetails = { name: '', email: '', phone: '', consent: false };
const initial = { step: 'welcome' as KioskStep, codeText: '', code: null, verdict: null, details: emptyDetails, errors: [], thanked: null };

/** Memory only, never the store or the URL: a reload or the back button cannot bring a customer's entries back. */
export const useKioskStore = create<KioskState>()((set) => ({
  ...initial,
  go: (step) => set({ step, errors: [] }),
  setCodeText: (codeText) => set({ codeText }),
  judged: (verdict, code) => set({ verdict, code, step: 'verdict', errors: [] }),
  setDetails: (patch) => set((s) => ({ details: { ...s.details, ...patch } })),
  setErrors: (errors) => set({ errors }),
  checkedIn: (thanked) => set({ ...initial, step: 'done', thanked }),
  reset: () => set(initial),
}));
