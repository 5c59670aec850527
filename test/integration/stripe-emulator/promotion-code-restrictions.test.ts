import { describe, expect, it } from 'vitest';
import { codeFixture, referralSale, stripeError, useEmulator } from './emulator-fixture';

const DAY = 86_400;
const PARAM = 'discounts[0][promotion_code]';

describe('promotion-code restrictions, judged when the code is attached and again at finalization', () => {
  const t = useEmulator();

  it('accepts a valid code and counts the redemption at finalization, not before', async () => {
    const { customer, coupon, code } = await codeFixture(t.stripe, { max_redemptions: 5 });
    const draft = await referralSale(t.stripe, customer.id, code.id, 5_000);
    expect((await t.stripe.promotionCodes.retrieve(code.id)).times_redeemed).toBe(0);
    const invoice = await t.stripe.invoices.finalizeInvoice(draft.id);
    expect(invoice.status).toBe('open');
    expect(invoice.subtotal).toBe(5_000);
    expect(invoice.total).toBe(4_500);
    expect(invoice.total_discount_amounts).toEqual([{ amount: 500, discount: invoice.discounts[0] }]);
    expect((await t.stripe.promotionCodes.retrieve(code.id)).times_redeemed).toBe(1);
    expect((await t.stripe.coupons.retrieve(coupon.id)).times_redeemed).toBe(1);
  });

  it('releases the redemption when the invoice is voided', async () => {
    const { customer, code } = await codeFixture(t.stripe);
    const draft = await referralSale(t.stripe, customer.id, code.id);
    await t.stripe.invoices.finalizeInvoice(draft.id);
    await t.stripe.invoices.voidInvoice(draft.id);
    expect((await t.stripe.promotionCodes.retrieve(code.id)).times_redeemed).toBe(0);
  });

  it('rejects an inactive code when it is attached', async () => {
    const { customer, code } = await codeFixture(t.stripe);
    await t.stripe.promotionCodes.update(code.id, { active: false });
    const error = await stripeError(referralSale(t.stripe, customer.id, code.id));
    expect(error.type).toBe('StripeInvalidRequestError');
    expect(error.statusCode).toBe(400);
    expect(error.param).toBe(PARAM);
    expect(error.code).toBeUndefined();
    expect(error.message).toBe('This promotion code cannot be redeemed because it is inactive.');
  });

  it('rejects an expired code at attachment, and at finalization when it expired in between', async () => {
    const now = t.emulator.clock.now();
    const { customer, code } = await codeFixture(t.stripe, { expires_at: now + DAY });
    const draft = await referralSale(t.stripe, customer.id, code.id);
    t.emulator.clock.advance(DAY + 1);
    const atFinalize = await stripeError(t.stripe.invoices.finalizeInvoice(draft.id));
    expect(atFinalize.statusCode).toBe(400);
    expect(atFinalize.param).toBe(PARAM);
    expect(atFinalize.message).toBe('This promotion code cannot be redeemed because it has expired.');
    const invoice = await t.stripe.invoices.retrieve(draft.id);
    expect(invoice.status).toBe('draft');
    expect(invoice.last_finalization_error?.message).toBe(atFinalize.message);
    const failed = await t.stripe.events.list({ type: 'invoice.finalization_failed' });
    expect(failed.data).toHaveLength(1);
    const atAttach = await stripeError(referralSale(t.stripe, customer.id, code.id));
    expect(atAttach.message).toBe(atFinalize.message);
    expect((await t.stripe.promotionCodes.retrieve(code.id)).times_redeemed).toBe(0);
  });

  it('answers coupon_expired for a code whose coupon is past redeem_by', async () => {
    const now = t.emulator.clock.now();
    const { customer, code } = await codeFixture(t.stripe, {}, { percent_off: 10, redeem_by: now + DAY });
    t.emulator.clock.advance(DAY + 1);
    const error = await stripeError(referralSale(t.stripe, customer.id, code.id));
    expect(error.code).toBe('coupon_expired');
    expect(error.param).toBe(PARAM);
    expect((await t.stripe.promotionCodes.retrieve(code.id)).active).toBe(false);
  });

  it('rejects a code used max_redemptions times, counting only finalized sales', async () => {
    const { code } = await codeFixture(t.stripe, { max_redemptions: 2 });
    const buyers = await Promise.all(['a', 'b', 'c'].map((name) => t.stripe.customers.create({ name })));
    const [first, second, third] = await Promise.all(buyers.map((b) => referralSale(t.stripe, b.id, code.id)));
    await t.stripe.invoices.finalizeInvoice(first!.id);
    await t.stripe.invoices.finalizeInvoice(second!.id);
    const error = await stripeError(t.stripe.invoices.finalizeInvoice(third!.id));
    expect(error.message).toBe('This promotion code cannot be redeemed because it has been used the maximum number of times.');
    expect(error.param).toBe(PARAM);
    expect((await t.stripe.promotionCodes.retrieve(code.id)).times_redeemed).toBe(2);
    const fourth = await t.stripe.customers.create({ name: 'd' });
    expect((await stripeError(referralSale(t.stripe, fourth.id, code.id))).message).toBe(error.message);
  });

  it('rejects a first-time code for a customer with a paid invoice, or only an open unpaid one', async () => {
    const { customer, code } = await codeFixture(t.stripe, { restrictions: { first_time_transaction: true } });
    const unpaid = await referralSale(t.stripe, customer.id, null);
    await t.stripe.invoices.finalizeInvoice(unpaid.id);
    const error = await stripeError(referralSale(t.stripe, customer.id, code.id));
    expect(error.message).toBe('This promotion code cannot be redeemed because the associated customer has prior transactions.');
    expect(error.param).toBe(PARAM);
    await t.stripe.invoices.pay(unpaid.id, { paid_out_of_band: true });
    expect((await stripeError(referralSale(t.stripe, customer.id, code.id))).message).toBe(error.message);
  });

  it('accepts a first-time code for a new customer, and after the only earlier invoice was voided', async () => {
    const { customer, code } = await codeFixture(t.stripe, { restrictions: { first_time_transaction: true } });
    const abandoned = await referralSale(t.stripe, customer.id, null);
    await t.stripe.invoices.finalizeInvoice(abandoned.id);
    await t.stripe.invoices.voidInvoice(abandoned.id);
    const sale = await referralSale(t.stripe, customer.id, code.id);
    expect((await t.stripe.invoices.finalizeInvoice(sale.id)).total).toBe(4_500);
  });

  it('judges the minimum amount on the subtotal before discounts, at finalization', async () => {
    const { customer, code } = await codeFixture(t.stripe, { restrictions: { minimum_amount: 5_000, minimum_amount_currency: 'usd' } });
    const small = await referralSale(t.stripe, customer.id, code.id, 4_999);
    const error = await stripeError(t.stripe.invoices.finalizeInvoice(small.id));
    expect(error.message).toBe('This promotion code cannot be redeemed because the order is below its minimum amount of 50.00 USD.');
    expect(error.param).toBe(PARAM);
    const exact = await referralSale(t.stripe, customer.id, code.id, 5_000);
    expect((await t.stripe.invoices.finalizeInvoice(exact.id)).total).toBe(4_500);
  });

  it('refuses a currency with no minimum defined, and uses currency_options where one is', async () => {
    const { customer, code } = await codeFixture(t.stripe, { restrictions: { minimum_amount: 5_000, minimum_amount_currency: 'usd' } });
    const inEuros = await referralSale(t.stripe, customer.id, code.id, 9_000, 'eur');
    expect((await stripeError(t.stripe.invoices.finalizeInvoice(inEuros.id))).message).toBe(
      'This promotion code cannot be redeemed in EUR because it has no minimum amount for that currency.',
    );
    await t.stripe.promotionCodes.update(code.id, { restrictions: { currency_options: { eur: { minimum_amount: 8_000 } } } });
    expect((await t.stripe.invoices.finalizeInvoice(inEuros.id)).total).toBe(8_100);
  });

  it('rejects a code restricted to another customer', async () => {
    const { customer, coupon } = await codeFixture(t.stripe);
    const owner = await t.stripe.customers.create({ name: 'Owner' });
    const personal = await t.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, code: 'MINE', customer: owner.id });
    const error = await stripeError(referralSale(t.stripe, customer.id, personal.id));
    expect(error.message).toBe('This promotion code cannot be redeemed because it is restricted to a different customer.');
    const ok = await referralSale(t.stripe, owner.id, personal.id);
    expect((await t.stripe.invoices.finalizeInvoice(ok.id)).status).toBe('open');
  });
});
