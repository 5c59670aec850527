import { create } from 'zustand';

export interface CallerDraft {
  name: string;
  email: string;
  phone: string;
  /** the rep ticks this once the caller said yes on the call */
  verbalConsent: boolean;
  note: string;
}

/** What the last call ended with: an order to pay at the store, or a payment link. */
export type PhoneOutcome =
  | { kind: 'store'; redemptionId: string; callerName: string; code: string; orderAmount: number; discountAmount: number; currency: string }
  | { kind: 'link'; checkoutId: string; callerName: string; code: string };

interface PhoneState {
  codeText: string;
  /** the text last submitted (Enter, a suggestion or a referrer's code) and being judged */
  checkedText: string;
  amountText: string;
  referrerQuery: string;
  caller: CallerDraft;
  errors: string[];
  outcome: PhoneOutcome | null;
  setCodeText(text: string): void;
  submitCode(text: string): void;
  setAmountText(text: string): void;
  setReferrerQuery(text: string): void;
  setCaller(patch: Partial<CallerDraft>): void;
  setErrors(errors: string[]): void;
  finish(outcome: PhoneOutcome): void;
  reset(): void;
}

const emptyCaller: CallerDraft = { name: '', email: '', phone: '', verbalConsent: false, note: '' };
const initial = { codeText: '', checkedText: '', amountText: '', referrerQuery: '', caller: emptyCaller, errors: [], outcome: null };

/** UI state of the phone screen only; records live in IndexedDB. */
export const usePhoneStore = create<PhoneState>()((set) => ({
  ...initial,
  setCodeText: (codeText) => set({ codeText }),
  submitCode: (text) => set({ codeText: text, checkedText: text, errors: [], outcome: null }),
  setAmountText: (amountText) => set({ amountText }),
  setReferrerQuery: (referrerQuery) => set({ referrerQuery }),
  setCaller: (patch) => set((s) => ({ caller: { ...s.caller, ...patch } })),
  setErrors: (errors) => set({ errors }),
  finish: (outcome) => set({ ...initial, outcome }),
  reset: () => set(initial),
}));
