import { localFailure, nothingToWrite, type Sender } from './sender';

/** A paid sale's invoice is settled in Stripe: the card's PaymentIntent attached, or cash paid out of band. */
export const sendPayment: Sender = async ({ db, api }, entry) => {
  const sale = await db.redemptions.get(entry.recordId);
  if (!sale?.payment || sale.payment.paidAt === null) return localFailure('local_record_missing', 'The payment of this sale is no longer on this device.', ['retry']);
  if (!sale.stripeInvoiceId) return localFailure('local_invoice_missing', 'This sale has not reached Stripe yet.', ['retry']);
  const { payment } = sale;
  const result =
    payment.tender === 'card' && payment.paymentIntentId
      ? await api['payments:paySale']({ tender: 'card', idempotencyKey: entry.id, invoiceId: sale.stripeInvoiceId, paymentIntentId: payment.paymentIntentId })
      : await api['payments:paySale']({ tender: 'cash', idempotencyKey: entry.id, invoiceId: sale.stripeInvoiceId });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['retry'] };
  return { kind: 'done', writeBack: nothingToWrite };
};

/** A voided sale's invoice is voided in Stripe, which gives the promotion code's use back. */
export const sendVoid: Sender = async ({ db, api }, entry) => {
  const sale = await db.redemptions.get(entry.recordId);
  if (!sale?.stripeInvoiceId) return { kind: 'done', writeBack: nothingToWrite };
  const result = await api['payments:voidSale']({ idempotencyKey: entry.id, invoiceId: sale.stripeInvoiceId });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['retry'] };
  return { kind: 'done', writeBack: nothingToWrite };
};

/** Cash given back reaches Stripe as a credit note on the sale's paid invoice. */
export const sendCashRefund: Sender = async ({ db, api }, entry) => {
  const refund = await db.refunds.get(entry.recordId);
  if (!refund || refund.stripeRefundId) return { kind: 'done', writeBack: nothingToWrite };
  const sale = await db.redemptions.get(refund.redemptionId);
  if (!sale?.stripeInvoiceId) return localFailure('local_invoice_missing', 'The refunded sale has not reached Stripe yet.', ['retry']);
  const result = await api['payments:creditCash']({ idempotencyKey: entry.id, invoiceId: sale.stripeInvoiceId, amount: refund.amount, reason: refund.reason });
  if (!result.ok) return { kind: 'failed', error: result.error, actions: ['retry'] };
  return { kind: 'done', writeBack: async () => void (await db.refunds.update(refund.id, { stripeRefundId: result.value.creditNoteId })) };
};
