/**
 * Contract schemas for taking and giving back money on a recorded sale (its Stripe invoice):
 * a card PaymentIntent for the reader, paying the invoice (card or cash), voiding it, refunding.
 */
import { z } from 'zod';

const stripeId = z.string().min(1).max(255);
const idempotencyKey = z.string().regex(/^[A-Za-z0-9:_-]{1,255}$/, 'letters, digits, : _ - only');

export const createCardPaymentArgs = z.object({ idempotencyKey, invoiceId: stripeId });

/** What the reader needs to collect a card, and what the sale keeps of it. */
export const cardPaymentSchema = z.object({
  id: stripeId,
  clientSecret: z.string().min(1),
  amount: z.number().int().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
  status: z.string(),
});
export type CardPayment = z.infer<typeof cardPaymentSchema>;

export const paymentIntentArgs = z.object({ paymentIntentId: stripeId });

export const paySaleArgs = z.discriminatedUnion('tender', [
  z.object({ tender: z.literal('cash'), idempotencyKey, invoiceId: stripeId }),
  z.object({ tender: z.literal('card'), idempotencyKey, invoiceId: stripeId, paymentIntentId: stripeId }),
]);

export const invoiceStateSchema = z.object({
  invoiceId: stripeId,
  status: z.string(),
  amountPaid: z.number().int(),
  amountRemaining: z.number().int(),
});
export type InvoiceState = z.infer<typeof invoiceStateSchema>;

export const voidSaleArgs = z.object({ idempotencyKey, invoiceId: stripeId });

export const refundReasonSchema = z.enum(['requested_by_customer', 'duplicate', 'fraudulent']);
export type RefundReason = z.infer<typeof refundReasonSchema>;

export const refundCardArgs = z.object({
  idempotencyKey,
  paymentIntentId: stripeId,
  amount: z.number().int().positive().max(99_999_999),
  reason: refundReasonSchema,
});
export const refundSchema = z.object({ refundId: stripeId, status: z.string(), amount: z.number().int() });

/** Cash given back from the till on a paid sale: a credit note on its invoice, paid out of band. */
export const creditCashArgs = z.object({
  idempotencyKey,
  invoiceId: stripeId,
  amount: z.number().int().positive().max(99_999_999),
  reason: refundReasonSchema,
});
export const creditNoteSchema = z.object({ creditNoteId: stripeId, amount: z.number().int() });
