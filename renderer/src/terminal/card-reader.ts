/**
 * One card reader, whichever sits behind it: Stripe Terminal's JS SDK (stripe-terminal.ts) or the
 * app's own simulated reader (simulated-reader.ts, sandbox mode and tests). Screens see only this.
 *
 * Guarantees every implementation keeps:
 * - `collectAndProcess` never rejects and a failure never looks like a payment: only
 *   `outcome: 'paid'` means Stripe reported the PaymentIntent `succeeded`.
 * - A failure after the card was read (timeout, disconnect, cancel, lost answer while processing)
 *   carries `checkPaymentIntent: true`: the card may have been charged all the same. The caller
 *   re-reads the PaymentIntent server-side (`payments:retrieveCardPayment`) before telling the
 *   customer anything or retrying; a retry reuses the same PaymentIntent, never a new one.
 * - Offline there is no card payment at all (the JS SDK has no offline mode): the reader is
 *   `unavailable` with reason `offline`, and a payment in progress fails with reason `offline`.
 */

/** A reader found by `discover()`. */
export interface ReaderInfo {
  id: string;
  /** what the cashier sees, e.g. "Simulated WisePOS E" or the label given in Stripe's Dashboard */
  label: string;
  /** a reader that takes test cards only (Stripe's simulator or the app's own) */
  simulated: boolean;
}

/** One line of the cart shown on the reader's screen; amounts in minor units. */
export interface CartLine {
  description: string;
  amount: number;
}

/** What the customer sees on the reader while the cashier rings up; amounts in minor units. */
export interface ReaderCart {
  lines: CartLine[];
  total: number;
  /** ISO code, either case (the SDK is sent lower case) */
  currency: string;
}

/** The sale's card PaymentIntent, as the gateway created it (`payments:createCardPayment`). */
export interface CardPaymentIntent {
  id: string;
  clientSecret: string;
  amount: number;
  currency: string;
}

/** Why no reader can work at all right now. */
export type UnavailableReason = 'offline' | 'no_stripe_account' | 'sdk_load_failed';

/** What brings the reader back: the network, a Stripe key in Settings, or a page reload (`retry()`). */
export type Recovery = 'when_online' | 'connect_stripe' | 'reload_page';

/**
 * The reader as a status panel shows it. Objects are replaced, never mutated, on every change, so
 * that `getState()` suits React's useSyncExternalStore.
 */
export type ReaderState =
  | { status: 'disconnected'; /** why the last connection ended, when it was not asked for */ message: string | null }
  | { status: 'discovering' }
  | { status: 'connecting'; readerId: string }
  | { status: 'ready'; reader: ReaderInfo }
  | { status: 'showing_cart'; reader: ReaderInfo; cart: ReaderCart }
  | { status: 'waiting_for_card'; reader: ReaderInfo; paymentIntentId: string; amount: number; currency: string }
  | { status: 'processing'; reader: ReaderInfo; paymentIntentId: string; amount: number; currency: string }
  | { status: 'unavailable'; reason: UnavailableReason; message: string; recovery: Recovery };

export type ReaderStatus = ReaderState['status'];
export type UnavailableState = Extract<ReaderState, { status: 'unavailable' }>;

/** Stripe reported the PaymentIntent `succeeded`: the sale may be recorded as paid by card. */
export interface PaidResult {
  outcome: 'paid';
  paymentIntentId: string;
  cardBrand: string | null;
  last4: string | null;
}

export const FAILURE_REASONS = ['declined', 'canceled', 'timeout', 'disconnected', 'offline', 'error'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** Nothing to record as paid. Read `checkPaymentIntent` before anything else. */
export interface FailedResult {
  outcome: 'failed';
  paymentIntentId: string;
  reason: FailureReason;
  /** Stripe's or the SDK's error code (`card_declined`, `expired_card`, `canceled`, ...) */
  code: string | null;
  declineCode: string | null;
  /** Stripe's own words, verbatim, for diagnostics; never shown to the customer as is */
  stripeMessage: string | null;
  /** short words a cashier can say to the customer (cashier-messages.ts) */
  cashierMessage: string;
  /** presenting the same card again may work; false: ask for another card or another tender */
  retryable: boolean;
  /** the card may have been charged after all: re-read the PaymentIntent before anything else */
  checkPaymentIntent: boolean;
}

export type CollectResult = PaidResult | FailedResult;

export type ReaderErrorCode = 'unavailable' | 'not_connected' | 'busy' | 'reader_not_found' | 'no_pending_payment' | 'failed';

/** A refused set-up step (discover, connect, show cart, present a test card); the message suits a cashier. */
export class CardReaderError extends Error {
  constructor(
    readonly code: ReaderErrorCode,
    message: string,
    /** Stripe's or the SDK's words, when they said something */
    readonly stripeMessage: string | null = null,
  ) {
    super(message);
    this.name = 'CardReaderError';
  }

  /** `error` itself when it is a CardReaderError, else a `failed` one with this message. */
  static from(error: unknown, message: string): CardReaderError {
    if (error instanceof CardReaderError) return error;
    return new CardReaderError('failed', message, error instanceof Error ? error.message : String(error));
  }
}

/** The card reader a counter drives. */
export interface CardReader {
  readonly kind: 'simulated' | 'stripe_terminal';
  getState(): ReaderState;
  /** Called on every later change (not with the current state); returns the unsubscribe. */
  subscribe(listener: (state: ReaderState) => void): () => void;
  /** Readers this device may connect to. Rejects with CardReaderError (`unavailable`, `failed`). */
  discover(): Promise<ReaderInfo[]>;
  /** Connects to a reader from the last `discover()`; a payment in progress refuses (`busy`). */
  connect(readerId: string): Promise<ReaderInfo>;
  /** Ends the connection; a payment in progress fails with reason `disconnected`. */
  disconnect(): Promise<void>;
  /** Shows the cart on the reader's screen: only while connected and no payment is in progress. */
  showCart(cart: ReaderCart): Promise<void>;
  /**
   * Waits for a card on the reader, then has Stripe confirm the PaymentIntent with it. Never
   * rejects: every failure is a FailedResult (see the guarantees at the top of this file).
   */
  collectAndProcess(paymentIntent: CardPaymentIntent): Promise<CollectResult>;
  /** Cancels a pending `collectAndProcess` (it resolves `canceled`); otherwise does nothing. */
  cancel(): Promise<void>;
  /** Tries to become available again: re-checks the network, or reloads the page (`reload_page`). */
  retry(): Promise<void>;
  /** Stops listening to the network and fails any pending payment; the reader is unusable after. */
  dispose(): void;
}
