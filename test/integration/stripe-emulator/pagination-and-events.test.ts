import { describe, expect, it } from 'vitest';
import { referralSale, stripeError, useEmulator } from './emulator-fixture';

describe('list pagination', () => {
  const t = useEmulator();

  async function customers(count: number) {
    const created = [];
    for (let i = 0; i < count; i++) created.push(await t.stripe.customers.create({ name: `c${i}`, email: i % 2 ? 'odd@example.com' : 'even@example.com' }));
    return created.reverse();
  }

  it('pages newest first with limit (default 10), starting_after and ending_before', async () => {
    const newestFirst = await customers(25);
    const ids = newestFirst.map((c) => c.id);
    const first = await t.stripe.customers.list();
    expect(first).toMatchObject({ object: 'list', has_more: true, url: '/v1/customers' });
    expect(first.data.map((c) => c.id)).toEqual(ids.slice(0, 10));
    const second = await t.stripe.customers.list({ limit: 10, starting_after: ids[9] });
    expect(second.data.map((c) => c.id)).toEqual(ids.slice(10, 20));
    const last = await t.stripe.customers.list({ limit: 10, starting_after: ids[19] });
    expect([last.data.length, last.has_more]).toEqual([5, false]);
    const back = await t.stripe.customers.list({ limit: 3, ending_before: ids[10] });
    expect(back.data.map((c) => c.id)).toEqual(ids.slice(7, 10));
    expect(back.has_more).toBe(true);
    const all = await t.stripe.customers.list({ limit: 7 }).autoPagingToArray({ limit: 100 });
    expect(all.map((c) => c.id)).toEqual(ids);
  });

  it('filters by email, case-sensitively, across pages', async () => {
    await customers(6);
    expect((await t.stripe.customers.list({ email: 'odd@example.com' })).data).toHaveLength(3);
    expect((await t.stripe.customers.list({ email: 'ODD@example.com' })).data).toHaveLength(0);
  });

  it('refuses a limit outside 1..100 and an unknown cursor', async () => {
    expect((await stripeError(t.stripe.customers.list({ limit: 0 }))).param).toBe('limit');
    expect((await stripeError(t.stripe.customers.list({ limit: 101 }))).param).toBe('limit');
    const cursor = await stripeError(t.stripe.customers.list({ starting_after: 'cus_nope' }));
    expect([cursor.code, cursor.param]).toEqual(['resource_missing', 'starting_after']);
  });
});

describe('events', () => {
  const t = useEmulator();

  it('records every state change of a referral sale, newest first', async () => {
    const customer = await t.stripe.customers.create({ name: 'Ann' });
    const coupon = await t.stripe.coupons.create({ percent_off: 10 });
    const code = await t.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id } });
    await t.stripe.promotionCodes.update(code.id, { metadata: { note: 'x' } });
    const draft = await referralSale(t.stripe, customer.id, code.id);
    await t.stripe.invoices.finalizeInvoice(draft.id);
    await t.stripe.invoices.pay(draft.id, { paid_out_of_band: true });
    const types = (await t.stripe.events.list({ limit: 100 })).data.map((e) => e.type).reverse();
    expect(types).toEqual([
      'customer.created',
      'coupon.created',
      'promotion_code.created',
      'promotion_code.updated',
      'invoice.created',
      'invoiceitem.created',
      'invoice.finalized',
      'payment_intent.canceled',
      'invoice.paid',
    ]);
  });

  it('carries previous_attributes on updates and the object as it was then', async () => {
    const coupon = await t.stripe.coupons.create({ percent_off: 10 });
    const code = await t.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, code: 'OLD' });
    await t.stripe.promotionCodes.update(code.id, { active: false });
    const [updated] = (await t.stripe.events.list({ type: 'promotion_code.updated' })).data;
    expect(updated?.data.previous_attributes).toEqual({ active: true });
    expect((updated?.data.object as { active: boolean }).active).toBe(false);
    const [created] = (await t.stripe.events.list({ type: 'promotion_code.created' })).data;
    expect((created?.data.object as { active: boolean }).active).toBe(true);
  });

  it('filters by type with wildcards, by types (not both) and by created', async () => {
    const customer = await t.stripe.customers.create({ name: 'Ann' });
    const draft = await referralSale(t.stripe, customer.id, null);
    await t.stripe.invoices.finalizeInvoice(draft.id);
    const invoiceEvents = await t.stripe.events.list({ type: 'invoice.*' });
    expect(invoiceEvents.data.map((e) => e.type)).toEqual(['invoice.finalized', 'invoice.created']);
    const some = await t.stripe.events.list({ types: ['customer.created', 'invoice.finalized'] });
    expect(some.data.map((e) => e.type)).toEqual(['invoice.finalized', 'customer.created']);
    const both = await stripeError(t.stripe.events.list({ type: 'invoice.*', types: ['customer.created'] }));
    expect(both.code).toBe('parameters_exclusive');
    t.emulator.clock.advance(60);
    const later = await t.stripe.customers.create({ name: 'Bob' });
    const recent = await t.stripe.events.list({ created: { gt: later.created - 1 } });
    expect(recent.data.map((e) => e.type)).toEqual(['customer.created']);
  });

  it('follows a cursor with ending_before to the newer events, as an incremental pull does', async () => {
    await t.stripe.customers.create({ name: 'first' });
    const [cursor] = (await t.stripe.events.list({ limit: 1 })).data;
    for (const name of ['a', 'b', 'c']) await t.stripe.customers.create({ name });
    const page = await t.stripe.events.list({ ending_before: cursor!.id, limit: 2 });
    expect(page.data.map((e) => (e.data.object as { name: string }).name)).toEqual(['b', 'a']);
    expect(page.has_more).toBe(true);
    const next = await t.stripe.events.list({ ending_before: page.data[0]!.id, limit: 2 });
    expect(next.data.map((e) => (e.data.object as { name: string }).name)).toEqual(['c']);
    expect(next.has_more).toBe(false);
  });

  it('keeps the last 30 days only', async () => {
    await t.stripe.customers.create({ name: 'old' });
    t.emulator.clock.advance(31 * 86_400);
    expect((await t.stripe.events.list()).data).toHaveLength(0);
    expect((await t.stripe.customers.list()).data).toHaveLength(1);
  });
});
