/** Pure rules of the reader's state machine, shared by both readers through ReaderCore. */
import type { FailedResult, ReaderCart, ReaderInfo, ReaderState, UnavailableState } from './card-reader';
import { failed } from './collect-results';
import type { PaymentRun } from './payment-run';

export const OFFLINE: UnavailableState = {
  status: 'unavailable',
  reason: 'offline',
  message: 'No network: cards cannot be taken offline. Take cash, or let the customer pay later.',
  recovery: 'when_online',
};

/** Everything the state is derived from. */
export interface ReaderFacts {
  /** a reason the reader cannot work whatever the network does */
  blocked: UnavailableState | null;
  online: boolean;
  /** discovering or connecting */
  transient: ReaderState | null;
  connected: ReaderInfo | null;
  /** the payment in progress, if any */
  run: PaymentRun | null;
  cart: ReaderCart | null;
  /** why the last connection ended, when it was not asked for */
  lostMessage: string | null;
}

/**
 * The one state for these facts. Without an account nothing else matters; offline comes before
 * a failed SDK load because reloading the page cannot help while offline.
 */
export function deriveState(facts: ReaderFacts): ReaderState {
  const { blocked, connected: reader, run } = facts;
  if (blocked?.reason === 'no_stripe_account') return blocked;
  if (!facts.online) return OFFLINE;
  if (blocked) return blocked;
  if (facts.transient) return facts.transient;
  if (!reader) return { status: 'disconnected', message: facts.lostMessage };
  if (run) {
    const { id: paymentIntentId, amount, currency } = run.intent;
    return { status: run.phase === 'collect' ? 'waiting_for_card' : 'processing', reader, paymentIntentId, amount, currency };
  }
  return facts.cart ? { status: 'showing_cart', reader, cart: facts.cart } : { status: 'ready', reader };
}

/** Why a payment cannot even start in this state, as a failure (never a throw), or null. */
export function paymentRefusal(state: ReaderState, paymentIntentId: string): FailedResult | null {
  switch (state.status) {
    case 'ready':
    case 'showing_cart':
      return null;
    case 'unavailable':
      return { ...failed(paymentIntentId, state.reason === 'offline' ? 'offline' : 'error'), cashierMessage: state.message, retryable: false };
    case 'waiting_for_card':
    case 'processing':
      return { ...failed(paymentIntentId, 'error'), cashierMessage: 'The reader is already taking a payment. Finish or cancel it first.', retryable: false };
    default:
      return { ...failed(paymentIntentId, 'disconnected'), cashierMessage: 'Connect the card reader, then try again.' };
  }
}
