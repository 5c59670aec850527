import { create } from 'zustand';

export interface LeadDraft {
  name: string;
  email: string;
  phone: string;
  consent: boolean;
}

export interface RecordedNotice {
  redemptionId: string;
  leadName: string;
  /** the code as shown to people */
  code: string;
  orderAmount: number;
  discountAmount: number;
  currency: string;
}

interface CounterState {
  /** what is in the code field */
  codeText: string;
  /** the text last submitted (Enter, scan, or a suggestion) and being judged */
  checkedText: string;
  amountText: string;
  lead: LeadDraft;
  errors: string[];
  recorded: RecordedNotice | null;
  /** the sale whose payment panel is open: the one just recorded, or one picked from the list */
  openSaleId: string | null;
  /** a kiosk check-in being rung up: the sale is recorded for its lead */
  kioskLeadId: string | null;
  setCodeText(text: string): void;
  submitCode(text: string): void;
  setAmountText(text: string): void;
  setLead(patch: Partial<LeadDraft>): void;
  setErrors(errors: string[]): void;
  finishSale(notice: RecordedNotice): void;
  openSale(redemptionId: string | null): void;
  /** fills the counter from a kiosk check-in: its code, the customer's details and the consent given there */
  ringUp(checkIn: { leadId: string; code: string; name: string; email: string | null; phone: string | null }): void;
  reset(): void;
}

const emptyLead: LeadDraft = { name: '', email: '', phone: '', consent: false };
const initial = { codeText: '', checkedText: '', amountText: '', lead: emptyLead, errors: [], recorded: null, openSaleId: null, kioskLeadId: null };

/** UI state of the counter screen only; records live in IndexedDB. */
export const useCounterStore = create<CounterState>()((set) => ({
  ...initial,
  setCodeText: (codeText) => set({ codeText }),
  submitCode: (text) => set({ codeText: text, checkedText: text, errors: [], recorded: null, openSaleId: null }),
  setAmountText: (amountText) => set({ amountText }),
  setLead: (patch) => set((s) => ({ lead: { ...s.lead, ...patch } })),
  setErrors: (errors) => set({ errors }),
  finishSale: (recorded) => set({ ...initial, recorded, openSaleId: recorded.redemptionId }),
  openSale: (openSaleId) => set({ openSaleId, recorded: null }),
  ringUp: ({ leadId, code, name, email, phone }) =>
    set({ ...initial, codeText: code, checkedText: code, lead: { name, email: email ?? '', phone: phone ?? '', consent: true }, kioskLeadId: leadId }),
  reset: () => set(initial),
}));
