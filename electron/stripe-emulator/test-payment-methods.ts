/**
 * Stripe's test PaymentMethods (`pm_card_visa`, `pm_card_chargeDeclined…`) and their outcomes. On
 * a PaymentIntent that allows only `card_present`, the same names stand for the card the simulated
 * reader reads (outcomes as the Terminal simulator's `testPaymentMethod` values give them).
 */
export type CardOutcome =
  | { approved: true; brand: string }
  | { approved: false; code: string; declineCode?: string; message: string };

const APPROVED = ['visa', 'visa_debit', 'mastercard', 'mastercard_debit', 'mastercard_prepaid', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'interac'];

const DECLINED: Record<string, Exclude<CardOutcome, { approved: true }>> = {
  chargeDeclined: { approved: false, code: 'card_declined', declineCode: 'generic_decline', message: 'Your card was declined.' },
  chargeDeclinedInsufficientFunds: { approved: false, code: 'card_declined', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  chargeDeclinedLostCard: { approved: false, code: 'card_declined', declineCode: 'lost_card', message: 'Your card was declined.' },
  chargeDeclinedStolenCard: { approved: false, code: 'card_declined', declineCode: 'stolen_card', message: 'Your card was declined.' },
  chargeDeclinedExpiredCard: { approved: false, code: 'expired_card', declineCode: 'expired_card', message: 'Your card has expired.' },
  chargeDeclinedProcessingError: {
    approved: false,
    code: 'processing_error',
    declineCode: 'processing_error',
    message: 'An error occurred while processing your card. Try again in a little bit.',
  },
};

/** The outcome of paying with a test PaymentMethod id, or null for an id the emulator does not know. */
export function testCardOutcome(paymentMethod: string): CardOutcome | null {
  const name = /^pm_card_(.+)$/.exec(paymentMethod)?.[1];
  if (name === undefined) return null;
  if (APPROVED.includes(name)) return { approved: true, brand: name.split('_')[0] ?? name };
  const declined = DECLINED[name.replace(/^visa_/, '')];
  return declined ?? null;
}
