import type Stripe from 'stripe';
import type { z } from 'zod';
import type {
  CardPayment,
  createCardPaymentArgs,
  creditCashArgs,
  InvoiceState,
  paySaleArgs,
  refundCardArgs,
  voidSaleArgs,
} from '../../../shared/api/payment-calls';
import { ServiceError } from '../service-error';
import { callStripe } from './stripe-failure';

/**
 * The card PaymentIntent for a sale's invoice, for what Stripe says is due (after its discount).
 * The caller's key makes it one PaymentIntent per sale attempt: asking again returns the same one.
 */
export async function createCardPayment(stripe: Stripe, args: z.output<typeof createCardPaymentArgs>): Promise<CardPayment> {
  const invoice = await callStripe(() => stripe.invoices.retrieve(args.invoiceId));
  if (invoice.status !== 'open') throw new ServiceError('invoice_not_open', `This sale's invoice is ${invoice.status ?? 'unknown'}, not open for payment.`);
  const intent = await callStripe(() =>
    stripe.paymentIntents.create(
      {
        amount: invoice.amount_remaining,
        currency: invoice.currency,
        allowed_payment_method_types: ['card_present'],
        capture_method: 'automatic',
        ...(typeof invoice.customer === 'string' && { customer: invoice.customer }),
        metadata: { invoice_id: invoice.id, ...invoice.metadata },
      } as Stripe.PaymentIntentCreateParams,
      { idempotencyKey: args.idempotencyKey },
    ),
  );
  return cardPaymentOf(intent);
}

/** Where a card payment stands: checked before any retry, so that a sale is never charged twice. */
export async function retrieveCardPayment(stripe: Stripe, paymentIntentId: string): Promise<CardPayment> {
  return cardPaymentOf(await callStripe(() => stripe.paymentIntents.retrieve(paymentIntentId)));
}

export async function cancelCardPayment(stripe: Stripe, paymentIntentId: string): Promise<CardPayment> {
  const intent = await callStripe(() => stripe.paymentIntents.retrieve(paymentIntentId));
  if (intent.status === 'canceled' || intent.status === 'succeeded') return cardPaymentOf(intent);
  return cardPaymentOf(await callStripe(() => stripe.paymentIntents.cancel(paymentIntentId)));
}

/** Settles the invoice: the card's PaymentIntent attached to it, or cash paid out of band. */
export async function paySale(stripe: Stripe, args: z.output<typeof paySaleArgs>): Promise<InvoiceState> {
  const options = { idempotencyKey: args.idempotencyKey };
  const invoice =
    args.tender === 'card'
      ? await callStripe(() => stripe.invoices.attachPayment(args.invoiceId, { payment_intent: args.paymentIntentId }, options))
      : await callStripe(() => stripe.invoices.pay(args.invoiceId, { paid_out_of_band: true }, options));
  return invoiceState(invoice);
}

/** An unpaid sale is voided: Stripe gives the promotion code's use back. */
export async function voidSale(stripe: Stripe, args: z.output<typeof voidSaleArgs>): Promise<InvoiceState> {
  return invoiceState(await callStripe(() => stripe.invoices.voidInvoice(args.invoiceId, {}, { idempotencyKey: args.idempotencyKey })));
}

export async function refundCard(stripe: Stripe, args: z.output<typeof refundCardArgs>): Promise<{ refundId: string; status: string; amount: number }> {
  const refund = await callStripe(() =>
    stripe.refunds.create({ payment_intent: args.paymentIntentId, amount: args.amount, reason: args.reason }, { idempotencyKey: args.idempotencyKey }),
  );
  return { refundId: refund.id, status: refund.status ?? 'pending', amount: refund.amount };
}

/** Stripe's credit-note reasons differ from refund reasons; a customer's wish is said in the memo. */
const CREDIT_NOTE_REASON = { duplicate: 'duplicate', fraudulent: 'fraudulent', requested_by_customer: undefined } as const;

/** Cash given back at the counter: a credit note on the paid invoice, settled out of band. */
export async function creditCash(stripe: Stripe, args: z.output<typeof creditCashArgs>): Promise<{ creditNoteId: string; amount: number }> {
  const reason = CREDIT_NOTE_REASON[args.reason];
  const note = await callStripe(() =>
    stripe.creditNotes.create(
      {
        invoice: args.invoiceId,
        amount: args.amount,
        out_of_band_amount: args.amount,
        memo: `Refunded in cash at the counter (${args.reason.replaceAll('_', ' ')}).`,
        ...(reason && { reason }),
      },
      { idempotencyKey: args.idempotencyKey },
    ),
  );
  return { creditNoteId: note.id, amount: note.amount };
}

function cardPaymentOf(intent: Stripe.PaymentIntent): CardPayment {
  if (!intent.client_secret) throw new ServiceError('stripe_unexpected', `PaymentIntent ${intent.id} came without a client secret.`);
  return { id: intent.id, clientSecret: intent.client_secret, amount: intent.amount, currency: intent.currency.toUpperCase(), status: intent.status };
}

function invoiceState(invoice: Stripe.Invoice): InvoiceState {
  return { invoiceId: invoice.id, status: invoice.status ?? 'open', amountPaid: invoice.amount_paid, amountRemaining: invoice.amount_remaining };
}
