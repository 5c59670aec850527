import { uuidv7 } from 'uuidv7';
import { afterPayLater, afterPayment, afterSaleUndone } from '../../../../shared/domain/qualification';
import { amountDue, cashChange, payLaterAllowed } from '../../../../shared/domain/payment';
import type { Redemption, SalePayment } from '../../../../shared/domain/records';
import { newOutboxEntry } from '../../../../shared/sync/outbox-entry';
import type { PosDb } from '../pos-db';
import { unfinishedEntryFor } from './outbox-queue';
import { getSetting, SETTING } from './settings-repo';

export interface TillContext {
  now: number;
  deviceId: string;
  actor: string;
  online: boolean;
}

/** A payment the rules refuse (too little cash, over the pay-later cap, a sale already settled); nothing was written. */
export class PaymentRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaymentRefusedError';
  }
}

const tables = (db: PosDb) => [db.redemptions, db.leads, db.campaigns, db.codes, db.outbox, db.audit, db.settings];

/** Cash: the change is worked out, the sale is paid, and Stripe hears of it (out of band) when online. */
export async function payByCash(db: PosDb, redemptionId: string, tendered: number, ctx: TillContext): Promise<Redemption> {
  return db.transaction('rw', tables(db), async () => {
    const sale = await unpaidSale(db, redemptionId);
    const due = amountDue(sale.orderAmount, sale.discountAmount);
    const change = cashChange(due, tendered, sale.currency);
    if (!change.ok) throw new PaymentRefusedError(change.message);
    const payment: SalePayment = { tender: 'cash', amountDue: due, cashTendered: tendered, changeDue: change.value, paymentIntentId: null, cardBrand: null, paidAt: ctx.now };
    return settle(db, sale, payment, ctx);
  });
}

/** The card was paid on the reader: the sale is paid, and its PaymentIntent is attached to the invoice in Stripe. */
export async function payByCard(db: PosDb, redemptionId: string, card: { paymentIntentId: string; cardBrand: string | null }, ctx: TillContext): Promise<Redemption> {
  return db.transaction('rw', tables(db), async () => {
    const sale = await unpaidSale(db, redemptionId);
    const due = amountDue(sale.orderAmount, sale.discountAmount);
    const payment: SalePayment = { tender: 'card', amountDue: due, cashTendered: null, changeDue: null, paymentIntentId: card.paymentIntentId, cardBrand: card.cardBrand, paidAt: ctx.now };
    return settle(db, sale, payment, ctx);
  });
}

/** Keeps the sale's PaymentIntent before the card is collected: every retry reuses it, never a second charge. */
export async function rememberCardAttempt(db: PosDb, redemptionId: string, paymentIntentId: string): Promise<void> {
  await db.transaction('rw', db.redemptions, async () => {
    const sale = await unpaidSale(db, redemptionId);
    const due = amountDue(sale.orderAmount, sale.discountAmount);
    await db.redemptions.update(sale.id, { payment: { tender: 'card', amountDue: due, cashTendered: null, changeDue: null, paymentIntentId, cardBrand: null, paidAt: null } });
  });
}

/** Pay later: the sale stays unpaid, within the device's cap; the customer pays on Stripe's page. */
export async function payLater(db: PosDb, redemptionId: string, ctx: TillContext): Promise<Redemption> {
  return db.transaction('rw', tables(db), async () => {
    const sale = await unpaidSale(db, redemptionId);
    const due = amountDue(sale.orderAmount, sale.discountAmount);
    const cap = (await getSetting<number | null>(db, SETTING.payLaterCap)) ?? null;
    const allowed = payLaterAllowed(await outstandingPayLater(db, sale.id), due, cap, sale.currency);
    if (!allowed.ok) throw new PaymentRefusedError(allowed.message);
    const payment: SalePayment = { tender: 'pay_later', amountDue: due, cashTendered: null, changeDue: null, paymentIntentId: null, cardBrand: null, paidAt: null };
    await db.redemptions.update(sale.id, { payment });
    const lead = await db.leads.get(sale.leadId);
    if (lead) await db.leads.update(lead.id, afterPayLater(lead));
    await audit(db, ctx, 'sale.pay_later', { redemptionId: sale.id, amountDue: due });
    return { ...sale, payment };
  });
}

/** An unpaid sale is voided: it never reaches Stripe, or its invoice is voided there; the lead is disqualified. */
export async function voidUnpaidSale(db: PosDb, redemptionId: string, ctx: TillContext): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    const sale = await unpaidSale(db, redemptionId);
    const notSent = await unfinishedEntryFor(db, 'sale.record', sale.id);
    if (notSent && sale.stripeInvoiceId === null) {
      await db.outbox.update(notSent.id, { state: 'cancelled' });
      const code = await db.codes.get(sale.code);
      if (code) await db.codes.update(code.code, { pendingRedemptions: Math.max(0, code.pendingRedemptions - 1) });
    } else {
      await db.outbox.add(newOutboxEntry(uuidv7(), 'sale.void', sale.id, notSent ? [notSent.id] : [], ctx.now));
    }
    await db.redemptions.update(sale.id, { status: 'voided' });
    await db.leads.update(sale.leadId, afterSaleUndone('voided'));
    await audit(db, ctx, 'sale.voided', { redemptionId: sale.id });
  });
}

async function settle(db: PosDb, sale: Redemption, payment: SalePayment, ctx: TillContext): Promise<Redemption> {
  await db.redemptions.update(sale.id, { payment, status: 'paid' });
  const [lead, campaign] = await Promise.all([db.leads.get(sale.leadId), db.campaigns.get(sale.campaignId)]);
  if (lead && campaign) await db.leads.update(lead.id, afterPayment(lead, campaign));
  const recorded = await unfinishedEntryFor(db, 'sale.record', sale.id);
  await db.outbox.add(newOutboxEntry(uuidv7(), 'sale.pay', sale.id, recorded ? [recorded.id] : [], ctx.now));
  await audit(db, ctx, `sale.paid_${payment.tender}`, { redemptionId: sale.id, amountDue: payment.amountDue, changeDue: payment.changeDue });
  return { ...sale, payment, status: 'paid' };
}

async function unpaidSale(db: PosDb, redemptionId: string): Promise<Redemption> {
  const sale = await db.redemptions.get(redemptionId);
  if (!sale) throw new PaymentRefusedError('This sale is no longer on this device.');
  if (sale.status !== 'awaiting_payment') throw new PaymentRefusedError(`This sale is already ${sale.status.replace('_', ' ')}.`);
  return sale;
}

async function outstandingPayLater(db: PosDb, exceptId: string): Promise<number> {
  const unpaid = await db.redemptions.filter((r) => r.id !== exceptId && r.status === 'awaiting_payment' && r.payment?.tender === 'pay_later').toArray();
  return unpaid.reduce((sum, r) => sum + (r.payment?.amountDue ?? 0), 0);
}

async function audit(db: PosDb, ctx: TillContext, action: string, details: Record<string, string | number | null>): Promise<void> {
  await db.audit.add({ id: uuidv7(), at: ctx.now, actor: ctx.actor, deviceId: ctx.deviceId, online: ctx.online, action, details });
}
