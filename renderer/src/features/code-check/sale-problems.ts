import type { validateLeadContact } from '../../../../shared/domain/contact';

interface SaleEntry {
  hasCode: boolean;
  amount: number | null;
  amountError: string | null;
  contact: ReturnType<typeof validateLeadContact>;
  consent: boolean;
  /** what to say when consent is missing, in the words of the screen's checkbox */
  consentMissing: string;
}

/** Every problem with what was entered for a sale, in the order of the screen's fields. */
export function saleProblems({ hasCode, amount, amountError, contact, consent, consentMissing }: SaleEntry): string[] {
  return [
    ...(hasCode ? [] : ['Scan or type a valid referral code first.']),
    ...(amountError ? [amountError] : amount === null ? ['Enter the order amount.'] : []),
    ...(contact.ok ? [] : contact.errors.map((e) => e.message)),
    ...(consent ? [] : [consentMissing]),
  ];
}
