import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payByCard, payByCash, payLater, PaymentRefusedError, voidUnpaidSale } from '../../../renderer/src/db/repos/payment-recorder';
import { refundSale } from '../../../renderer/src/db/repos/refund-recorder';
import { putSetting, SETTING } from '../../../renderer/src/db/repos/settings-repo';
import { cardPaymentFor } from '../../../renderer/src/payments/card-checkout';
import { device, drainUntilSettled, sell, shopWithCodes, startSandboxWithReader, uniqueBuyer, type Device, type Sandbox } from '../sync/sync-harness';

let sandbox: Sandbox;
let stripe: Stripe;
const till = { now: Date.now(), deviceId: 'till-1', actor: 'cashier', online: true };

beforeAll(async () => {
  ({ sandbox, stripe } = await startSandboxWithReader());
});
afterAll(() => sandbox.close());

/** A $50.00 sale with a 10% code, recorded and synced: its invoice is open in Stripe for $45.00. */
async function syncedSale(): Promise<{ a: Device; redemptionId: string; invoiceId: string; leadId: string }> {
  const a = device(sandbox.api, 'A');
  const { shop, codes } = await shopWithCodes(a.db, 1);
  const { redemption } = await sell(a.db, codes[0]!.code, shop.id, uniqueBuyer('pay'));
  await drainUntilSettled(a);
  const synced = (await a.db.redemptions.get(redemption.id))!;
  return { a, redemptionId: redemption.id, invoiceId: synced.stripeInvoiceId!, leadId: redemption.leadId };
}

describe('taking payment for a referral sale', () => {
  it('takes cash, gives change, qualifies the lead, and marks the invoice paid out of band', async () => {
    const { a, redemptionId, invoiceId, leadId } = await syncedSale();
    await expect(payByCash(a.db, redemptionId, 4_000, till)).rejects.toThrow('$40.00 is less than the $45.00 due.');
    const paid = await payByCash(a.db, redemptionId, 5_000, till);
    expect(paid.payment).toMatchObject({ tender: 'cash', amountDue: 4_500, changeDue: 500 });
    expect((await a.db.leads.get(leadId))!.status).toBe('qualified');
    await drainUntilSettled(a);
    expect(await stripe.invoices.retrieve(invoiceId)).toMatchObject({ status: 'paid', amount_paid: 4_500, amount_paid_off_stripe: 4_500 });
  });

  it('takes a card after a decline, on the same PaymentIntent, and attaches it to the invoice', async () => {
    const { a, redemptionId, invoiceId } = await syncedSale();
    const intent = await cardPaymentFor(a.db, sandbox.api, redemptionId);
    expect(intent).toMatchObject({ amount: 4_500, currency: 'USD' });
    const declined = await sandbox.api['terminal:presentTestCard']({ paymentIntentId: intent.id, testCard: 'insufficient_funds' });
    expect(declined.ok && declined.value.error?.declineCode).toBe('insufficient_funds');
    expect((await a.db.redemptions.get(redemptionId))!.status).toBe('awaiting_payment');

    const retry = await cardPaymentFor(a.db, sandbox.api, redemptionId);
    expect(retry.id).toBe(intent.id);
    const approved = await sandbox.api['terminal:presentTestCard']({ paymentIntentId: retry.id, testCard: 'visa' });
    expect(approved.ok && approved.value.status).toBe('succeeded');
    await payByCard(a.db, redemptionId, { paymentIntentId: retry.id, cardBrand: 'visa' }, till);
    await drainUntilSettled(a);
    expect(await stripe.invoices.retrieve(invoiceId)).toMatchObject({ status: 'paid', amount_paid: 4_500 });
    expect((await stripe.paymentIntents.list({ limit: 100 })).data.filter((pi) => pi.metadata['invoice_id'] === invoiceId)).toHaveLength(1);
  });

  it('refunds part of a card sale through Stripe, then the rest, disqualifying the lead only at the end', async () => {
    const { a, redemptionId, leadId } = await syncedSale();
    const intent = await cardPaymentFor(a.db, sandbox.api, redemptionId);
    await sandbox.api['terminal:presentTestCard']({ paymentIntentId: intent.id, testCard: 'visa' });
    await payByCard(a.db, redemptionId, { paymentIntentId: intent.id, cardBrand: 'visa' }, till);
    await drainUntilSettled(a);

    await refundSale(a.db, sandbox.api, { redemptionId, amount: 1_000, reason: 'requested_by_customer' }, till);
    expect(await a.db.redemptions.get(redemptionId)).toMatchObject({ status: 'partially_refunded', refundedAmount: 1_000 });
    expect((await a.db.leads.get(leadId))!.status).toBe('qualified');
    await expect(refundSale(a.db, sandbox.api, { redemptionId, amount: 4_000, reason: 'requested_by_customer' }, till)).rejects.toThrow('At most $35.00 can be refunded');
    await expect(refundSale(a.db, sandbox.api, { redemptionId, amount: 3_500, reason: 'requested_by_customer' }, { ...till, online: false })).rejects.toThrow('need the network');
    await refundSale(a.db, sandbox.api, { redemptionId, amount: 3_500, reason: 'requested_by_customer' }, till);
    expect((await a.db.leads.get(leadId))!).toMatchObject({ status: 'disqualified', statusReason: 'The sale was refunded in full.' });
    const refunds = (await stripe.refunds.list({ payment_intent: intent.id })).data;
    expect(refunds.map((r) => r.amount).sort()).toEqual([1_000, 3_500]);
  });

  it('gives cash back at once, offline too, and tells Stripe with a credit note paid out of band', async () => {
    const { a, redemptionId, invoiceId } = await syncedSale();
    await payByCash(a.db, redemptionId, 4_500, till);
    await refundSale(a.db, sandbox.api, { redemptionId, amount: 1_500, reason: 'requested_by_customer' }, { ...till, online: false });
    expect(await a.db.redemptions.get(redemptionId)).toMatchObject({ status: 'partially_refunded', refundedAmount: 1_500 });
    await drainUntilSettled(a);
    const notes = (await stripe.creditNotes.list({ invoice: invoiceId })).data;
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ amount: 1_500, out_of_band_amount: 1_500, type: 'post_payment' });
    expect((await a.db.refunds.where('redemptionId').equals(redemptionId).first())!.stripeRefundId).toBe(notes[0]!.id);
    expect(await stripe.invoices.retrieve(invoiceId)).toMatchObject({ status: 'paid', post_payment_credit_notes_amount: 1_500 });
  });

  it('leaves a sale to pay later within the device’s cap, with Stripe’s pay page', async () => {
    const { a, redemptionId } = await syncedSale();
    await putSetting(a.db, SETTING.payLaterCap, 4_000);
    await expect(payLater(a.db, redemptionId, till)).rejects.toBeInstanceOf(PaymentRefusedError);
    await putSetting(a.db, SETTING.payLaterCap, 10_000);
    await payLater(a.db, redemptionId, till);
    const sale = (await a.db.redemptions.get(redemptionId))!;
    expect(sale).toMatchObject({ status: 'awaiting_payment', payment: { tender: 'pay_later', paidAt: null } });
    expect(sale.hostedInvoiceUrl).toMatch(/^http/);
  });

  it('voids an unpaid sale: Stripe voids the invoice and gives the code’s use back; the lead is disqualified', async () => {
    const { a, redemptionId, invoiceId, leadId } = await syncedSale();
    const code = (await a.db.redemptions.get(redemptionId))!.code;
    await voidUnpaidSale(a.db, redemptionId, till);
    await drainUntilSettled(a);
    expect((await stripe.invoices.retrieve(invoiceId)).status).toBe('void');
    expect((await stripe.promotionCodes.list({ code })).data[0]!.times_redeemed).toBe(0);
    expect((await a.db.leads.get(leadId))!.status).toBe('disqualified');
    await expect(payByCash(a.db, redemptionId, 5_000, till)).rejects.toThrow('already voided');
  });

  it('voids a sale that never reached Stripe without sending it at all', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1);
    const buyer = uniqueBuyer('never');
    const { redemption } = await sell(a.db, codes[0]!.code, shop.id, buyer);
    await voidUnpaidSale(a.db, redemption.id, till);
    await drainUntilSettled(a);
    const [customer] = (await stripe.customers.list({ email: `${buyer}@example.com` })).data;
    expect((await stripe.invoices.list({ customer: customer!.id })).data).toHaveLength(0);
    expect((await a.db.codes.get(codes[0]!.code))!.pendingRedemptions).toBe(0);
  });
});
