/**
 * Short words a cashier can repeat to the customer when a card does not pay, from Stripe's error
 * and decline codes. Pure: no I/O. A card reported lost or stolen (or suspected of fraud) is only
 * ever "declined by the bank": the customer is never told, and the cashier does not need to know.
 */
import type { FailureReason } from './card-reader';

export interface CashierAdvice {
  /** `declined`: the bank or Stripe said no to this card; `error`: it could not be processed */
  reason: 'declined' | 'error';
  message: string;
  /** presenting the same card again may work */
  retryable: boolean;
}

const DECLINED = 'The card was declined by the bank. Ask for another card or another way to pay.';
const TRY_AGAIN = 'The card could not be processed. Try again.';

const declined = (message = DECLINED): CashierAdvice => ({ reason: 'declined', message, retryable: false });
const retryDeclined = (message: string): CashierAdvice => ({ reason: 'declined', message, retryable: true });
const retryError = (message = TRY_AGAIN): CashierAdvice => ({ reason: 'error', message, retryable: true });

/** Decline codes (and card error codes) Stripe documents, to what the cashier says. */
const ADVICE: Readonly<Record<string, CashierAdvice>> = {
  // the bank said no, and saying why would not help or must not be said
  generic_decline: declined(),
  card_declined: declined(),
  do_not_honor: declined(),
  do_not_try_again: declined(),
  call_issuer: declined(),
  lost_card: declined(),
  stolen_card: declined(),
  pickup_card: declined(),
  restricted_card: declined(),
  fraudulent: declined(),
  merchant_blacklist: declined(),
  security_violation: declined(),
  revocation_of_all_authorizations: declined(),
  revocation_of_authorization: declined(),
  stop_payment_order: declined(),
  no_action_taken: declined(),
  not_permitted: declined(),
  transaction_not_allowed: declined(),
  new_account_information_available: declined(),
  invalid_account: declined(),
  // reasons the customer can act on
  insufficient_funds: declined('The card was declined: not enough funds. Ask for another card or another way to pay.'),
  card_velocity_exceeded: declined('The card was declined: its limit is reached. Ask for another card or another way to pay.'),
  withdrawal_count_limit_exceeded: declined('The card was declined: its limit is reached. Ask for another card or another way to pay.'),
  invalid_amount: declined('The card was declined for this amount. Ask for another card or another way to pay.'),
  expired_card: declined('The card has expired. Ask for another card or another way to pay.'),
  card_not_supported: declined('This card cannot be used here. Ask for another card or another way to pay.'),
  currency_not_supported: declined('This card cannot pay in this currency. Ask for another card or another way to pay.'),
  pin_try_exceeded: declined('Too many wrong PIN attempts. Ask for another card or another way to pay.'),
  incorrect_pin: retryDeclined('The PIN was wrong. Ask the customer to try again and enter the PIN carefully.'),
  invalid_pin: retryDeclined('The PIN was wrong. Ask the customer to try again and enter the PIN carefully.'),
  offline_pin_required: retryDeclined('The card needs its PIN. Ask the customer to insert the card and enter the PIN.'),
  online_or_offline_pin_required: retryDeclined('The card needs its PIN. Ask the customer to insert the card and enter the PIN.'),
  authentication_required: retryDeclined('The card needs its PIN. Ask the customer to insert the card and enter the PIN.'),
  approve_with_id: retryDeclined('The bank could not approve the payment. Try again once; if it fails, ask for another card.'),
  // nobody said no: worth another go with the same card
  processing_error: retryError(),
  try_again_later: retryError('The bank did not answer. Try again.'),
  issuer_not_available: retryError('The bank did not answer. Try again.'),
  reenter_transaction: retryError(),
  incorrect_number: retryError('The card could not be read. Ask the customer to insert the card again.'),
  invalid_number: retryError('The card could not be read. Ask the customer to insert the card again.'),
  incorrect_cvc: retryError('The card could not be read. Ask the customer to insert the card again.'),
  invalid_cvc: retryError('The card could not be read. Ask the customer to insert the card again.'),
  invalid_expiry_month: retryError('The card could not be read. Ask the customer to insert the card again.'),
  invalid_expiry_year: retryError('The card could not be read. Ask the customer to insert the card again.'),
};

/**
 * What to say about a card Stripe refused. The decline code is the more precise and wins over the
 * error code; an unknown decline code still reads as a decline, an unknown error code as "try again".
 */
export function adviceForCardError(code: string | null, declineCode: string | null): CashierAdvice {
  const byDecline = declineCode ? ADVICE[declineCode] : undefined;
  if (byDecline) return byDecline;
  const byCode = code ? ADVICE[code] : undefined;
  if (byCode) return byCode;
  if (declineCode || code === 'card_declined') return declined();
  return retryError('The card payment did not go through. Try again.');
}

/** `what` says what happened, `next` what to do when the card surely was not charged. */
const FOR_REASON: Record<FailureReason, { what: string; next: string; retryable: boolean }> = {
  declined: { what: 'The card was declined by the bank.', next: 'Ask for another card or another way to pay.', retryable: false },
  canceled: { what: 'The card payment was canceled.', next: 'Start it again when the customer is ready.', retryable: true },
  timeout: { what: 'No card was presented in time.', next: 'Start the card payment again.', retryable: true },
  disconnected: { what: 'The card reader disconnected.', next: 'Reconnect it, then try again.', retryable: true },
  offline: { what: 'No network: cards cannot be taken offline.', next: 'Take cash, or let the customer pay later.', retryable: false },
  error: { what: 'The card payment did not go through.', next: 'Try again.', retryable: true },
};

const CHECKING = 'Checking with Stripe whether the card was charged: do not take the payment again yet.';

/**
 * What to say when the failure has no card error behind it. When the card may have been charged
 * (`checkPaymentIntent`), the cashier is told to wait for that check instead of trying again.
 */
export function adviceForReason(reason: FailureReason, checkPaymentIntent: boolean): { message: string; retryable: boolean } {
  const { what, next, retryable } = FOR_REASON[reason];
  if (!checkPaymentIntent) return { message: `${what} ${next}`, retryable };
  // a timeout after the card was read is the reader or Stripe going quiet, not a missing card
  return { message: `${reason === 'timeout' ? 'The reader stopped answering.' : what} ${CHECKING}`, retryable };
}
