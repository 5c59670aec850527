import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDeactivation } from '../../../renderer/src/db/repos/outbox-queue';
import { resolveConflict } from '../../../renderer/src/sync/conflict-resolution';
import { pullFromStripe } from '../../../renderer/src/sync/pull';
import { findKnownCustomer } from '../../../renderer/src/db/repos/customer-history';
import { NOW, rules } from '../db/store-fixture';
import { copyCatalog, device, drainUntilSettled, sell, shopWithCodes, startSandboxWithReader, uniqueBuyer, type Sandbox } from './sync-harness';

let sandbox: Sandbox;
let stripe: Stripe;

beforeAll(async () => {
  // the test reads Stripe too; rate limiting has its own test (sync-faults)
  ({ sandbox, stripe } = await startSandboxWithReader());
});
afterAll(() => sandbox.close());

describe('syncing the outbox with Stripe', () => {
  it('sends a coupon, its codes, a deactivation, a customer and a sale, each once', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 3);
    const retired = codes[2]!;
    await a.db.transaction('rw', a.db.codes, a.db.outbox, async () => {
      await a.db.codes.update(retired.code, { active: false });
      await queueDeactivation(a.db, retired.code, retired.syncEntryId, NOW);
    });
    const buyer = uniqueBuyer('once');
    const { redemption } = await sell(a.db, codes[0]!.code, shop.id, buyer);

    await drainUntilSettled(a);
    expect(await a.db.outbox.where('state').noneOf(['done']).count()).toBe(0);
    const couponId = (await a.db.campaigns.get(shop.id))!.stripeCouponId!;
    expect((await stripe.coupons.retrieve(couponId)).percent_off).toBe(10);
    const inStripe = (await stripe.promotionCodes.list({ coupon: couponId, limit: 100 })).data;
    expect(inStripe.map((p) => p.code).sort()).toEqual(codes.map((c) => c.code).sort());
    expect(inStripe.find((p) => p.code === retired.code)!.active).toBe(false);
    const [customer] = (await stripe.customers.list({ email: `${buyer}@example.com` })).data;
    expect(customer?.metadata).toMatchObject({ referral_code: codes[0]!.code, lead_id: redemption.leadId });
    const invoices = (await stripe.invoices.list({ customer: customer!.id })).data;
    expect(invoices).toHaveLength(1);
    expect(invoices[0]).toMatchObject({ status: 'open', subtotal: 5000, total: 4500 });
    expect(await a.db.redemptions.get(redemption.id)).toMatchObject({ stripeInvoiceId: invoices[0]!.id, discountAmount: 500, provisional: false });
    expect(await a.db.codes.get(codes[0]!.code)).toMatchObject({ timesRedeemed: 1, pendingRedemptions: 0 });

    const again = await a.runner.drain();
    expect(again.sent).toBe(0);
    expect((await stripe.invoices.list({ customer: customer!.id })).data).toHaveLength(1);
  });

  it('turns the same code spent on two offline devices into one conflict, and settles it', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1, rules({ maxRedemptions: 1, firstTimeOnly: false }));
    await drainUntilSettled(a);
    const b = device(sandbox.api, 'B');
    await copyCatalog(a.db, b.db);
    const code = codes[0]!.code;
    await sell(a.db, code, shop.id, uniqueBuyer('first'));
    const { redemption: late } = await sell(b.db, code, shop.id, uniqueBuyer('second'));

    await drainUntilSettled(a);
    await drainUntilSettled(b);
    const conflicts = await b.db.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'sale.record', recordId: late.id, actions: ['manual_discount', 'void', 'retry'] });
    expect(conflicts[0]!.failure.stripe).toMatchObject({ statusCode: 400, type: 'invalid_request_error' });
    expect(await b.db.redemptions.get(late.id)).toMatchObject({ status: 'awaiting_payment', stripeInvoiceId: null });

    await resolveConflict(b.db, conflicts[0]!.id, 'manual_discount', { actor: 'manager', deviceId: 'B' }, Date.now());
    await drainUntilSettled(b);
    const settled = await b.db.redemptions.get(late.id);
    const invoice = await stripe.invoices.retrieve(settled!.stripeInvoiceId!);
    expect(invoice).toMatchObject({ subtotal: 4500, total: 4500 });
    expect((await stripe.promotionCodes.list({ code })).data[0]!.times_redeemed).toBe(1);
  });

  it('brings other devices’ sales into the counts and the known customers', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1, rules({ maxRedemptions: 5, firstTimeOnly: true }));
    await drainUntilSettled(a);
    const b = device(sandbox.api, 'B');
    await copyCatalog(a.db, b.db);
    const buyer = uniqueBuyer('seen');
    await sell(a.db, codes[0]!.code, shop.id, buyer);
    await drainUntilSettled(a);

    const pulled = await pullFromStripe(b.db, sandbox.api, Date.now());
    expect(pulled.ok).toBe(true);
    expect((await b.db.codes.get(codes[0]!.code))!.timesRedeemed).toBe(1);
    const known = await findKnownCustomer(b.db, { emailKey: `${buyer}@example.com`, phoneKey: null });
    expect(known?.orderCount).toBeGreaterThanOrEqual(1);
  });
});

describe('settling a refused sale', () => {
  it('sends it afresh after the manager fixed the cause in Stripe, once', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1);
    await drainUntilSettled(a);
    const promotionCode = (await a.db.codes.get(codes[0]!.code))!.stripePromotionCodeId!;
    await stripe.promotionCodes.update(promotionCode, { active: false });
    const buyer = uniqueBuyer('fixed');
    const { redemption } = await sell(a.db, codes[0]!.code, shop.id, buyer);
    await drainUntilSettled(a);
    const [conflict] = await a.db.conflicts.toArray();
    expect(conflict?.failure.stripe?.message).toContain('inactive');

    await stripe.promotionCodes.update(promotionCode, { active: true });
    await resolveConflict(a.db, conflict!.id, 'retry', { actor: 'manager', deviceId: 'A' }, Date.now());
    await drainUntilSettled(a);
    const [customer] = (await stripe.customers.list({ email: `${buyer}@example.com` })).data;
    const invoices = (await stripe.invoices.list({ customer: customer!.id })).data;
    expect(invoices).toHaveLength(1);
    expect(invoices[0]).toMatchObject({ total: 4500, id: (await a.db.redemptions.get(redemption.id))!.stripeInvoiceId });
  });

  it('voids it: never sent, and its use of the code given back', async () => {
    const a = device(sandbox.api, 'A');
    const { shop, codes } = await shopWithCodes(a.db, 1, rules({ maxRedemptions: 3, firstTimeOnly: false }));
    await drainUntilSettled(a);
    await stripe.promotionCodes.update((await a.db.codes.get(codes[0]!.code))!.stripePromotionCodeId!, { active: false });
    const { redemption } = await sell(a.db, codes[0]!.code, shop.id, uniqueBuyer('void'));
    await drainUntilSettled(a);
    const [conflict] = await a.db.conflicts.toArray();
    await resolveConflict(a.db, conflict!.id, 'void', { actor: 'manager', deviceId: 'A' }, Date.now());
    expect(await a.db.redemptions.get(redemption.id)).toMatchObject({ status: 'voided', stripeInvoiceId: null });
    expect((await a.db.codes.get(codes[0]!.code))!.pendingRedemptions).toBe(0);
    expect(await a.db.outbox.where('state').equals('pending').count()).toBe(0);
    await expect(resolveConflict(a.db, conflict!.id, 'retry', { actor: 'manager', deviceId: 'A' }, Date.now())).rejects.toThrow('already settled');
  });
});
