import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { stripeError, useEmulator } from './emulator-fixture';

describe('coupons and promotion codes', () => {
  const t = useEmulator();
  const couponFor = (params: Stripe.CouponCreateParams = { percent_off: 10 }) => t.stripe.coupons.create(params);
  const codeOn = (coupon: string, extra: Partial<Stripe.PromotionCodeCreateParams> = {}) =>
    t.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon }, ...extra });

  it('creates coupons as Stripe shapes them, with a custom id when given', async () => {
    const coupon = await couponFor({ id: 'SPRING', amount_off: 500, currency: 'usd', name: 'Spring', max_redemptions: 100 });
    expect(coupon).toMatchObject({ id: 'SPRING', object: 'coupon', amount_off: 500, currency: 'usd', percent_off: null, duration: 'once', times_redeemed: 0, valid: true });
    expect((await stripeError(couponFor({ id: 'SPRING', percent_off: 5 }))).code).toBe('resource_already_exists');
    expect((await stripeError(couponFor({ percent_off: 5, amount_off: 5, currency: 'usd' }))).statusCode).toBe(400);
    expect((await stripeError(couponFor({ percent_off: 120 }))).param).toBe('percent_off');
    expect((await stripeError(couponFor({ amount_off: 500 }))).param).toBe('currency');
    expect((await stripeError(couponFor({ percent_off: 5, redeem_by: t.emulator.clock.now() + 6 * 366 * 86_400 }))).param).toBe('redeem_by');
  });

  it('generates a code when none is given and keeps the one given', async () => {
    const coupon = await couponFor();
    const generated = await codeOn(coupon.id);
    expect(generated.code).toMatch(/^[A-Z0-9]{8}$/);
    const given = await codeOn(coupon.id, { code: 'Ann-2026' });
    expect(given).toMatchObject({ object: 'promotion_code', code: 'Ann-2026', active: true, times_redeemed: 0, customer: null, expires_at: null, max_redemptions: null });
    expect(given.id).toMatch(/^promo_/);
    expect((await stripeError(codeOn(coupon.id, { code: 'ANN 2026' }))).param).toBe('code');
  });

  it('keeps active codes unique regardless of case, per customer scope', async () => {
    const coupon = await couponFor();
    const [ann, bob] = await Promise.all([t.stripe.customers.create({ name: 'Ann' }), t.stripe.customers.create({ name: 'Bob' })]);
    await codeOn(coupon.id, { code: 'VIP', customer: ann.id });
    await codeOn(coupon.id, { code: 'vip', customer: bob.id });
    expect((await stripeError(codeOn(coupon.id, { code: 'Vip', customer: ann.id }))).code).toBe('resource_already_exists');
    expect((await stripeError(codeOn(coupon.id, { code: 'VIP' }))).param).toBe('code');
    const open = await codeOn(coupon.id, { code: 'OPEN' });
    expect((await stripeError(codeOn(coupon.id, { code: 'open', customer: ann.id }))).param).toBe('code');
    await t.stripe.promotionCodes.update(open.id, { active: false });
    expect((await codeOn(coupon.id, { code: 'open' })).active).toBe(true);
    expect((await stripeError(t.stripe.promotionCodes.update(open.id, { active: true }))).param).toBe('code');
  });

  it("holds codes to their coupon's limits", async () => {
    const now = t.emulator.clock.now();
    const coupon = await couponFor({ percent_off: 10, max_redemptions: 10, redeem_by: now + 86_400 });
    expect((await stripeError(codeOn(coupon.id, { max_redemptions: 11 }))).param).toBe('max_redemptions');
    expect((await stripeError(codeOn(coupon.id, { expires_at: now + 2 * 86_400 }))).param).toBe('expires_at');
    expect((await stripeError(codeOn(coupon.id, { expires_at: now - 1 }))).param).toBe('expires_at');
    expect((await stripeError(codeOn('NO_SUCH_COUPON'))).param).toBe('promotion[coupon]');
    const minimumAlone = await stripeError(codeOn(coupon.id, { restrictions: { minimum_amount: 1_000 } }));
    expect(minimumAlone.param).toBe('restrictions[minimum_amount_currency]');
  });

  it('updates only active, metadata and currency options', async () => {
    const coupon = await couponFor();
    const code = await codeOn(coupon.id, { code: 'EDIT', metadata: { referrer: 'r1' } });
    const updated = await t.stripe.promotionCodes.update(code.id, { active: false, metadata: { campaign: 'c1' } });
    expect([updated.active, updated.metadata]).toEqual([false, { referrer: 'r1', campaign: 'c1' }]);
    const refused = await stripeError(t.stripe.promotionCodes.update(code.id, { max_redemptions: 3 } as Stripe.PromotionCodeUpdateParams));
    expect([refused.code, refused.param]).toEqual(['parameter_unknown', 'max_redemptions']);
  });

  it('reads as inactive once its coupon is no longer valid, and cannot be reactivated then', async () => {
    const coupon = await couponFor({ percent_off: 10, redeem_by: t.emulator.clock.now() + 60 });
    const code = await codeOn(coupon.id, { code: 'SOON' });
    await t.stripe.promotionCodes.update(code.id, { active: false });
    t.emulator.clock.advance(61);
    expect((await t.stripe.coupons.retrieve(coupon.id)).valid).toBe(false);
    const error = await stripeError(t.stripe.promotionCodes.update(code.id, { active: true }));
    expect(error.message).toMatch(/^This promotion code cannot be reactivated/);
    const deleted = await couponFor();
    const orphan = await codeOn(deleted.id, { code: 'ORPHAN' });
    await t.stripe.coupons.del(deleted.id);
    expect((await t.stripe.promotionCodes.retrieve(orphan.id)).active).toBe(false);
  });

  it('lists by code (case-insensitive), coupon, customer and active', async () => {
    const [first, second] = await Promise.all([couponFor(), couponFor({ percent_off: 20 })]);
    const ann = await t.stripe.customers.create({ name: 'Ann' });
    const a = await codeOn(first!.id, { code: 'ALPHA' });
    const b = await codeOn(second!.id, { code: 'BETA', customer: ann.id });
    await t.stripe.promotionCodes.update(b.id, { active: false });
    const ids = async (params: Stripe.PromotionCodeListParams) => (await t.stripe.promotionCodes.list(params)).data.map((c) => c.id);
    expect(await ids({ code: 'alpha' })).toEqual([a.id]);
    expect(await ids({ coupon: second!.id })).toEqual([b.id]);
    expect(await ids({ customer: ann.id })).toEqual([b.id]);
    expect(await ids({ active: true })).toEqual([a.id]);
    expect(await ids({ active: false })).toEqual([b.id]);
  });
});
