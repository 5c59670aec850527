import type { ApiError, PosApi } from '../../../shared/api/contract';
import type { CardPayment } from '../../../shared/api/payment-calls';
import type { PosDb } from '../db/pos-db';
import { PaymentRefusedError, rememberCardAttempt } from '../db/repos/payment-recorder';

export type CardPaymentApi = Pick<PosApi, 'payments:createCardPayment' | 'payments:retrieveCardPayment'>;

/**
 * The PaymentIntent the reader collects for a sale. A sale has one at a time and every retry
 * reuses it: one that already succeeded is returned as such (the caller records the payment,
 * never charges again); only a canceled one is replaced, under a new key.
 */
export async function cardPaymentFor(db: PosDb, api: CardPaymentApi, redemptionId: string): Promise<CardPayment> {
  const sale = await db.redemptions.get(redemptionId);
  if (!sale) throw new PaymentRefusedError('This sale is no longer on this device.');
  if (!sale.stripeInvoiceId) throw new PaymentRefusedError('The sale is still on its way to Stripe; a card can be taken once it is there.');
  const existing = sale.payment?.paymentIntentId;
  if (existing) {
    const current = await api['payments:retrieveCardPayment']({ paymentIntentId: existing });
    if (!current.ok) throw new PaymentRefusedError(stripeTrouble(current.error));
    if (current.value.status !== 'canceled') return current.value;
  }
  const key = existing ? `${sale.id}:card:${Date.now()}` : `${sale.id}:card`;
  const created = await api['payments:createCardPayment']({ idempotencyKey: key, invoiceId: sale.stripeInvoiceId });
  if (!created.ok) throw new PaymentRefusedError(stripeTrouble(created.error));
  await rememberCardAttempt(db, sale.id, created.value.id);
  return created.value;
}

/** Stripe's refusal in its own words; a busy or unreachable Stripe in words a cashier can act on. */
function stripeTrouble(error: ApiError): string {
  if (error.stripe?.statusCode === 429) return 'Stripe is busy right now. Nothing was charged: try the card again in a moment.';
  if (error.code === 'stripe_unreachable' || error.code === 'stripe_unavailable') return 'Stripe cannot be reached right now. Nothing was charged: try the card again in a moment, or take cash.';
  return error.stripe?.message ?? error.message;
}
