import { uuidv7 } from 'uuidv7';
import type { PosApi } from '../../../../shared/api/contract';
import { checkRefund, statusAfterRefund } from '../../../../shared/domain/payment';
import { afterSaleUndone } from '../../../../shared/domain/qualification';
import type { Redemption, Refund, RefundReason } from '../../../../shared/domain/records';
import { newOutboxEntry } from '../../../../shared/sync/outbox-entry';
import type { PosDb } from '../pos-db';
import { unfinishedEntryFor } from './outbox-queue';
import { PaymentRefusedError, type TillContext } from './payment-recorder';

export interface RefundRequest {
  redemptionId: string;
  amount: number;
  reason: RefundReason;
}

/**
 * Gives money back on a paid sale, in full or in part. A card refund goes through Stripe first and
 * needs the network (the refund's id is its idempotency key, so a repeated click cannot refund
 * twice); cash comes from the till and is recorded at once, online or not, and reaches Stripe as a
 * credit note through the outbox. A full refund disqualifies the lead.
 */
export async function refundSale(db: PosDb, api: PosApi, request: RefundRequest, ctx: TillContext): Promise<Refund> {
  const sale = await db.redemptions.get(request.redemptionId);
  if (!sale?.payment) throw new PaymentRefusedError('This sale has no payment to refund.');
  const checked = checkRefund(sale, request.amount);
  if (!checked.ok) throw new PaymentRefusedError(checked.message);
  const refund: Refund = {
    id: uuidv7(), redemptionId: sale.id, tender: sale.payment.tender, amount: request.amount, reason: request.reason,
    createdAt: ctx.now, actor: ctx.actor, stripeRefundId: null,
  };
  if (sale.payment.tender === 'card') refund.stripeRefundId = await refundCardInStripe(api, sale, refund, ctx);
  await db.transaction('rw', [db.redemptions, db.refunds, db.leads, db.audit, db.outbox], async () => {
    const current = (await db.redemptions.get(sale.id))!;
    const refunded = current.refundedAmount + refund.amount;
    const status = statusAfterRefund(current.payment!.amountDue, refunded);
    await db.refunds.add(refund);
    if (refund.tender === 'cash') await queueCashRefund(db, refund, ctx.now);
    await db.redemptions.update(sale.id, { refundedAmount: refunded, status });
    if (status === 'refunded') await db.leads.update(sale.leadId, afterSaleUndone('refunded'));
    await db.audit.add({
      id: uuidv7(), at: ctx.now, actor: ctx.actor, deviceId: ctx.deviceId, online: ctx.online, action: `sale.refunded_${refund.tender}`,
      details: { redemptionId: sale.id, refundId: refund.id, amount: refund.amount, reason: refund.reason, stripeRefundId: refund.stripeRefundId },
    });
  });
  return refund;
}

/** Cash comes back from the till at once; Stripe learns it as a credit note once the sale's payment is there. */
async function queueCashRefund(db: PosDb, refund: Refund, now: number): Promise<void> {
  const payment = await unfinishedEntryFor(db, 'sale.pay', refund.redemptionId);
  await db.outbox.add(newOutboxEntry(uuidv7(), 'refund.record', refund.id, payment ? [payment.id] : [], now));
}

async function refundCardInStripe(api: PosApi, sale: Redemption, refund: Refund, ctx: TillContext): Promise<string> {
  if (!ctx.online) throw new PaymentRefusedError('Card refunds go through Stripe and need the network. Try again when online, or refund in cash.');
  const paymentIntentId = sale.payment?.paymentIntentId;
  if (!paymentIntentId) throw new PaymentRefusedError('This card sale has no payment in Stripe to refund.');
  const result = await api['payments:refundCard']({ idempotencyKey: refund.id, paymentIntentId, amount: refund.amount, reason: refund.reason });
  if (!result.ok) throw new PaymentRefusedError(`Stripe did not refund: ${result.error.stripe?.message ?? result.error.message}`);
  return result.value.refundId;
}
