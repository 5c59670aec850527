/**
 * The only places a CollectResult is made, so that both readers word failures alike and a paid
 * result is built from nothing but a `succeeded` PaymentIntent.
 */
import { adviceForCardError, adviceForReason } from './cashier-messages';
import type { FailedResult, FailureReason, PaidResult } from './card-reader';

export function paid(paymentIntentId: string, cardBrand: string | null, last4: string | null): PaidResult {
  return { outcome: 'paid', paymentIntentId, cardBrand, last4 };
}

export interface FailureDetails {
  code?: string | null;
  declineCode?: string | null;
  stripeMessage?: string | null;
  checkPaymentIntent?: boolean;
}

/** A failure with no card error behind it (cancel, timeout, disconnect, offline, an SDK error). */
export function failed(paymentIntentId: string, reason: FailureReason, details: FailureDetails = {}): FailedResult {
  const checkPaymentIntent = details.checkPaymentIntent ?? false;
  const advice = adviceForReason(reason, checkPaymentIntent);
  return {
    outcome: 'failed',
    paymentIntentId,
    reason,
    code: details.code ?? null,
    declineCode: details.declineCode ?? null,
    stripeMessage: details.stripeMessage ?? null,
    cashierMessage: advice.message,
    retryable: advice.retryable,
    checkPaymentIntent,
  };
}

/** Stripe refused the card: Stripe answered, so nothing was charged and no check is needed. */
export function cardRefused(paymentIntentId: string, code: string | null, declineCode: string | null, stripeMessage: string | null): FailedResult {
  const advice = adviceForCardError(code, declineCode);
  return {
    outcome: 'failed',
    paymentIntentId,
    reason: advice.reason,
    code,
    declineCode,
    stripeMessage,
    cashierMessage: advice.message,
    retryable: advice.retryable,
    checkPaymentIntent: false,
  };
}
