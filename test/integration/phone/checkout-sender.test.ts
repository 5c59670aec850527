import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutLinkState } from '../../../shared/domain/checkout-link';
import type { LeadCaptureDraft } from '../../../renderer/src/db/repos/lead-capture';
import { recordCheckout } from '../../../renderer/src/db/repos/checkout-recorder';
import type { PosDb } from '../../../renderer/src/db/pos-db';
import { resolveConflict } from '../../../renderer/src/sync/conflict-resolution';
import { NOW, rules } from '../db/store-fixture';
import { device, drainUntilSettled, shopWithCodes, startSandboxWithReader, uniqueBuyer, type Sandbox } from '../sync/sync-harness';

let sandbox: Sandbox;
let stripe: Stripe;

beforeAll(async () => {
  ({ sandbox, stripe } = await startSandboxWithReader());
});
afterAll(() => sandbox.close());

const PAGES = { successUrl: 'https://shop.example/thanks', cancelUrl: 'https://shop.example/' };

function phoneOrder(code: string, campaignId: string, buyer: string, orderAmount = 5_000): LeadCaptureDraft {
  const email = `${buyer}@example.com`;
  return {
    code,
    activeCampaignId: campaignId,
    orderAmount,
    lead: { name: buyer, email, phone: null, emailKey: email, phoneKey: null },
    consentGiven: true,
    source: 'phone',
    consentMethod: 'verbal',
    note: 'Called about the spring offer',
  };
}

function sendLink(db: PosDb, draft: LeadCaptureDraft) {
  return recordCheckout(db, draft, PAGES, { now: NOW, deviceId: 'phone-1', online: false, actor: 'phone' });
}

function sessionsOf(checkoutLinkId: string): Stripe.Checkout.Session[] {
  return (sandbox.emulator.store.list('checkout.session') as Stripe.Checkout.Session[]).filter((s) => s.metadata?.['checkout_link_id'] === checkoutLinkId);
}

describe('a phone rep’s payment link', () => {
  it('is written with its verbal-consent lead without spending the code’s use or counting an order', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1);
    const { checkout, lead } = await sendLink(a.db, phoneOrder(codes[0]!.code, shop.id, uniqueBuyer('quiet')));

    expect(lead).toMatchObject({ source: 'phone', consent: { method: 'verbal', at: NOW }, note: 'Called about the spring offer' });
    expect(checkout).toMatchObject({ leadId: lead.id, orderAmount: 5000, discountAmount: 500, currency: 'USD', url: null });
    expect(await a.db.codes.get(codes[0]!.code)).toMatchObject({ pendingRedemptions: 0 });
    expect(await a.db.customers.get(checkout.customerId)).toMatchObject({ orderCount: 0 });
    const entry = await a.db.outbox.where('recordId').equals(checkout.id).first();
    expect(entry).toMatchObject({ kind: 'checkout.create', state: 'pending' });
    expect(entry!.dependsOn).toHaveLength(2); // the new customer and the campaign's coupon
    expect(checkoutLinkState(checkout, entry)).toEqual({ kind: 'queued' });
  });

  it('becomes one Checkout Session with the promotion code, even when Stripe’s answers are lost', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1);
    const buyer = uniqueBuyer('link');
    const { checkout } = await sendLink(a.db, phoneOrder(codes[0]!.code, shop.id, buyer, 8_000));
    // the session is made, but its answer never arrives, twice
    sandbox.emulator.faults.add({ method: 'POST', path: '/v1/checkout/sessions', times: 2, action: { kind: 'drop', commit: true } });

    await drainUntilSettled(a);
    const entry = await a.db.outbox.where('recordId').equals(checkout.id).first();
    const tries = sandbox.emulator.store.requests().filter((r) => r.path === '/v1/checkout/sessions' && r.idempotencyKey === entry!.id);
    expect(tries.map((r) => r.fault !== null || r.replayed)).toEqual([true, true, true]);
    const [made, ...others] = sessionsOf(checkout.id);
    expect(others).toHaveLength(0);
    const session = await stripe.checkout.sessions.retrieve(made!.id);
    const promotionCode = (await stripe.promotionCodes.list({ code: codes[0]!.code })).data[0]!;
    const [customer] = (await stripe.customers.list({ email: `${buyer}@example.com` })).data;
    expect(session).toMatchObject({
      mode: 'payment',
      status: 'open',
      currency: 'usd',
      customer: customer!.id,
      customer_email: `${buyer}@example.com`,
      amount_subtotal: 8000,
      amount_total: 7200,
      discounts: [{ promotion_code: promotionCode.id }],
      success_url: PAGES.successUrl,
      cancel_url: PAGES.cancelUrl,
      metadata: { checkout_link_id: checkout.id, lead_id: checkout.leadId, referral_code: codes[0]!.code, referrer_id: checkout.referrerId, device_id: 'phone-1' },
    });
    expect(session.url).toMatch(/^http/);
    const stored = await a.db.checkouts.get(checkout.id);
    expect(stored).toMatchObject({ stripeSessionId: session.id, url: session.url, expiresAt: session.expires_at * 1000, discountAmount: 800 });
    // the code's use counts when the customer pays, not when the link is made
    expect(promotionCode.times_redeemed).toBe(0);

    expect((await a.runner.drain()).sent).toBe(0);
    expect(sessionsOf(checkout.id)).toHaveLength(1);
  });

  it('turns a code Stripe refuses into a conflict, and is made once the manager sends it again', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1, rules({ firstTimeOnly: false, maxRedemptions: null }));
    await drainUntilSettled(a);
    const [promotionCode] = (await stripe.promotionCodes.list({ code: codes[0]!.code })).data;
    // retired in Stripe (another till, the dashboard); this device has not heard yet
    await stripe.promotionCodes.update(promotionCode!.id, { active: false });
    const { checkout } = await sendLink(a.db, phoneOrder(codes[0]!.code, shop.id, uniqueBuyer('refused')));

    await drainUntilSettled(a);
    const [conflict, ...more] = await a.db.conflicts.toArray();
    expect(more).toHaveLength(0);
    expect(conflict).toMatchObject({ kind: 'checkout.create', recordId: checkout.id, actions: ['retry', 'void'] });
    expect(conflict!.failure.stripe).toMatchObject({ statusCode: 400, type: 'invalid_request_error', param: 'discounts[0][promotion_code]' });
    const entry = await a.db.outbox.get(conflict!.entryId);
    const state = checkoutLinkState((await a.db.checkouts.get(checkout.id))!, entry);
    expect(state).toEqual({ kind: 'refused', message: conflict!.failure.message });
    expect(sessionsOf(checkout.id)).toHaveLength(0);

    await stripe.promotionCodes.update(promotionCode!.id, { active: true });
    await resolveConflict(a.db, conflict!.id, 'retry', { actor: 'manager', deviceId: 'A' }, Date.now());
    await drainUntilSettled(a);
    expect(sessionsOf(checkout.id)).toHaveLength(1);
    expect((await a.db.checkouts.get(checkout.id))!.url).toMatch(/^http/);
  });

  it('is refused by Stripe for a first-time code when the caller already bought', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1, rules({ firstTimeOnly: true, maxRedemptions: null, minimumOrder: null }));
    const buyer = uniqueBuyer('returning');
    await drainUntilSettled(a);
    // the caller bought before, in Stripe only (another shop's system): this device does not know
    const known = await stripe.customers.create({ email: `${buyer}@example.com`, name: buyer });
    const invoice = await stripe.invoices.create({ customer: known.id, currency: 'usd', auto_advance: false });
    await stripe.invoiceItems.create({ customer: known.id, invoice: invoice.id, amount: 1000, currency: 'usd' });
    await stripe.invoices.finalizeInvoice(invoice.id);
    const { checkout } = await sendLink(a.db, phoneOrder(codes[0]!.code, shop.id, buyer));
    // the local customer is matched to the Stripe customer the pull would have found
    await a.db.customers.update(checkout.customerId, { stripeCustomerId: known.id });
    await a.db.outbox.where('recordId').equals(checkout.customerId).modify({ state: 'done' });

    await drainUntilSettled(a);
    const [conflict] = await a.db.conflicts.toArray();
    expect(conflict).toMatchObject({ kind: 'checkout.create', recordId: checkout.id });
    expect(conflict!.failure.message).toMatch(/prior transactions/);
  });
});
