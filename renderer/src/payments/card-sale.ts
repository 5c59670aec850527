import { formatMoney } from '../../../shared/domain/money';
import { amountDue } from '../../../shared/domain/payment';
import type { Redemption } from '../../../shared/domain/records';
import type { PosDb } from '../db/pos-db';
import { payByCard, PaymentRefusedError, type TillContext } from '../db/repos/payment-recorder';
import type { CardReader, FailedResult, FailureReason, ReaderCart } from '../terminal/card-reader';
import { adviceForReason } from '../terminal/cashier-messages';
import { cardPaymentFor, type CardPaymentApi } from './card-checkout';

export type CardSaleOutcome =
  | { outcome: 'paid'; sale: Redemption }
  /** nothing was charged; `message` is what the cashier tells the customer */
  | { outcome: 'failed'; message: string; retryable: boolean }
  /** the card may have been charged and Stripe could not be asked: never take the card again blindly */
  | { outcome: 'unconfirmed'; message: string };

export interface CardSaleDeps {
  db: PosDb;
  api: CardPaymentApi;
  reader: CardReader;
  /** read when the payment is recorded, so that its time is the payment's */
  till: () => Promise<TillContext>;
  /** the cashier's cancel, which may come before the reader has a payment to cancel */
  signal?: AbortSignal;
}

const UNCONFIRMED =
  'Stripe could not be asked whether the card was charged. Do not take the card again: check the sale once the network is back (Card again re-checks it first).';

/**
 * One card attempt for a recorded sale: the sale's one PaymentIntent (reused on every retry; one
 * that already succeeded is recorded, never charged again), the cart on the reader, the card, and
 * the sale paid only when Stripe says the PaymentIntent succeeded. When the reader cannot tell
 * (timeout, disconnect, lost answer while processing), Stripe is asked before anything else.
 */
export async function takeCardPayment(deps: CardSaleDeps, redemptionId: string): Promise<CardSaleOutcome> {
  const { db, reader } = deps;
  const intent = await cardPaymentFor(db, deps.api, redemptionId);
  if (intent.status === 'succeeded') return recordPaid(deps, redemptionId, intent.id, null);
  const sale = await db.redemptions.get(redemptionId);
  if (!sale) throw new PaymentRefusedError('This sale is no longer on this device.');
  // the cart is a courtesy to the customer: a reader that cannot show it can still take the card
  await reader.showCart(cartOf(sale)).catch(() => undefined);
  // canceled while the PaymentIntent was made: the reader never asks for the card (no await
  // between this check and the reader's run, so a later cancel reaches the reader itself)
  if (deps.signal?.aborted) return adviceFor('canceled');
  const result = await reader.collectAndProcess({ id: intent.id, clientSecret: intent.clientSecret, amount: intent.amount, currency: intent.currency });
  if (result.outcome === 'paid') return recordPaid(deps, redemptionId, result.paymentIntentId, result.cardBrand);
  if (!result.checkPaymentIntent) return failedWith(result);
  return settleUncertain(deps, redemptionId, result);
}

/** The reader could not tell how the card ended: Stripe's PaymentIntent decides. */
async function settleUncertain(deps: CardSaleDeps, redemptionId: string, result: FailedResult): Promise<CardSaleOutcome> {
  const current = await deps.api['payments:retrieveCardPayment']({ paymentIntentId: result.paymentIntentId });
  if (!current.ok) return { outcome: 'unconfirmed', message: UNCONFIRMED };
  if (current.value.status === 'succeeded') return recordPaid(deps, redemptionId, current.value.id, null);
  // Stripe says nothing was charged: the cashier may now simply try again
  return adviceFor(result.reason);
}

async function recordPaid(deps: CardSaleDeps, redemptionId: string, paymentIntentId: string, cardBrand: string | null): Promise<CardSaleOutcome> {
  const sale = await payByCard(deps.db, redemptionId, { paymentIntentId, cardBrand }, await deps.till());
  return { outcome: 'paid', sale };
}

function adviceFor(reason: FailureReason): CardSaleOutcome {
  const advice = adviceForReason(reason, false);
  return { outcome: 'failed', message: advice.message, retryable: advice.retryable };
}

function failedWith(result: FailedResult): CardSaleOutcome {
  return { outcome: 'failed', message: result.cashierMessage, retryable: result.retryable };
}

/**
 * What the customer sees on the reader. Stripe takes only positive line amounts, so the referral
 * discount is named in the line's description rather than given a line of its own.
 */
export function cartOf(sale: Redemption): ReaderCart {
  const due = amountDue(sale.orderAmount, sale.discountAmount);
  const description =
    sale.discountAmount > 0
      ? `Order ${formatMoney(sale.orderAmount, sale.currency)} less referral discount ${formatMoney(sale.discountAmount, sale.currency)} (code ${sale.code})`
      : 'Order';
  return { lines: [{ description, amount: due }], total: due, currency: sale.currency };
}

