import { useLiveQuery } from 'dexie-react-hooks';
import { normalizeEmail, normalizePhone } from '../../../../shared/domain/contact';
import { parseAmountInput } from '../../../../shared/domain/money';
import type { Campaign } from '../../../../shared/domain/records';
import { judgeRedemption, type Verdict } from '../../../../shared/domain/rules';
import { db } from '../../db/db';
import { findKnownCustomer, historyOf } from '../../db/repos/customer-history';
import type { CodeMatch } from '../../db/repos/code-lookup';

export interface AmountState {
  amount: number | null;
  error: string | null;
}

export function useOrderAmount(text: string, currency: string | undefined): AmountState {
  if (text.trim() === '' || !currency) return { amount: null, error: null };
  const parsed = parseAmountInput(text, currency);
  return parsed.ok ? { amount: parsed.amount, error: null } : { amount: null, error: parsed.message };
}

/** What the staff member typed for the customer's contact, as typed. */
export interface ContactDraft {
  email: string;
  phone: string;
}

export function contactKeys(lead: ContactDraft) {
  return { emailKey: normalizeEmail(lead.email), phoneKey: normalizePhone(lead.phone) };
}

/** The verdict for the found code with what the cashier (or phone rep) has entered so far. */
export function useVerdict(match: CodeMatch | undefined, campaigns: Campaign[], active: Campaign | undefined, amount: number | null, lead: ContactDraft): Verdict | undefined {
  const keys = contactKeys(lead);
  const customer = useLiveQuery(() => findKnownCustomer(db, keys), [keys.emailKey, keys.phoneKey]);
  if (!active) return undefined;
  return judgeRedemption({
    code: match?.code,
    codeCampaign: campaigns.find((c) => c.id === match?.code.campaignId),
    activeCampaign: active,
    orderAmount: amount,
    customer: historyOf(customer, keys),
    now: Date.now(),
  });
}
