import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { codeFixture, referralSale, stripeError, useEmulator } from './emulator-fixture';

describe('Terminal and card-present PaymentIntents', () => {
  const t = useEmulator();

  it('issues connection tokens and keeps locations', async () => {
    const location = await t.stripe.terminal.locations.create({ display_name: 'Front desk', address: { country: 'US', line1: '1 Main St', city: 'Springfield', postal_code: '12345', state: 'IL' } });
    expect(location).toMatchObject({ object: 'terminal.location', display_name: 'Front desk', livemode: false });
    expect(location.id).toMatch(/^tml_/);
    expect(((await t.stripe.terminal.locations.retrieve(location.id)) as Stripe.Terminal.Location).address.city).toBe('Springfield');
    expect((await t.stripe.terminal.locations.list()).data.map((l) => l.id)).toEqual([location.id]);
    const token = await t.stripe.terminal.connectionTokens.create({ location: location.id });
    expect(token.object).toBe('terminal.connection_token');
    expect(token.secret).toMatch(/^pst_test_/);
    expect((await stripeError(t.stripe.terminal.connectionTokens.create({ location: 'tml_nope' }))).param).toBe('location');
    expect((await stripeError(t.stripe.terminal.locations.create({ address: { country: 'US' } } as Stripe.Terminal.LocationCreateParams))).code).toBe('parameter_missing');
  });

  it('runs a card_present payment with manual capture: confirm, capture, then refuses to cancel', async () => {
    const pi = await t.stripe.paymentIntents.create({ amount: 2_500, currency: 'usd', allowed_payment_method_types: ['card_present'], capture_method: 'manual' });
    expect(pi).toMatchObject({ status: 'requires_payment_method', payment_method_types: ['card_present'], allowed_payment_method_types: ['card_present'], automatic_payment_methods: null });
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`));
    const confirmed = await t.stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
    expect([confirmed.status, confirmed.amount_capturable]).toEqual(['requires_capture', 2_500]);
    const captured = await t.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 2_000 });
    expect([captured.status, captured.amount_received]).toEqual(['succeeded', 2_000]);
    const error = await stripeError(t.stripe.paymentIntents.cancel(pi.id));
    expect([error.code, error.statusCode]).toEqual(['payment_intent_unexpected_state', 400]);
  });

  it('declines with a 402 card_error carrying the decline code and the PaymentIntent', async () => {
    const pi = await t.stripe.paymentIntents.create({ amount: 2_500, currency: 'usd', allowed_payment_method_types: ['card_present'] });
    const error = await stripeError(t.stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_chargeDeclinedInsufficientFunds' }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect([error.statusCode, error.code, error.decline_code]).toEqual([402, 'card_declined', 'insufficient_funds']);
    expect((error.raw as { payment_intent?: { id: string } }).payment_intent?.id).toBe(pi.id);
    const after = await t.stripe.paymentIntents.retrieve(pi.id);
    expect([after.status, after.last_payment_error?.decline_code]).toEqual(['requires_payment_method', 'insufficient_funds']);
    expect((await t.stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' })).status).toBe('succeeded');
  });

  it('refunds a succeeded payment in parts, never beyond what was received', async () => {
    const pi = await t.stripe.paymentIntents.create({ amount: 3_000, currency: 'usd', allowed_payment_method_types: ['card_present'], payment_method: 'pm_card_visa', confirm: true });
    const partial = await t.stripe.refunds.create({ payment_intent: pi.id, amount: 1_000, reason: 'requested_by_customer' });
    expect(partial).toMatchObject({ object: 'refund', amount: 1_000, status: 'succeeded', payment_intent: pi.id, charge: pi.latest_charge });
    expect((await t.stripe.refunds.create({ payment_intent: pi.id })).amount).toBe(2_000);
    expect((await stripeError(t.stripe.refunds.create({ payment_intent: pi.id, amount: 1 }))).code).toBe('charge_already_refunded');
    const unpaid = await t.stripe.paymentIntents.create({ amount: 3_000, currency: 'usd', allowed_payment_method_types: ['card_present'] });
    expect((await stripeError(t.stripe.refunds.create({ payment_intent: unpaid.id }))).param).toBe('payment_intent');
  });

  it('refuses amounts below the minimum charge', async () => {
    const error = await stripeError(t.stripe.paymentIntents.create({ amount: 49, currency: 'usd', allowed_payment_method_types: ['card_present'] }));
    expect([error.code, error.param]).toEqual(['amount_too_small', 'amount']);
  });
});

describe('paying invoices', () => {
  const t = useEmulator();

  it('records cash with paid_out_of_band', async () => {
    const { customer, code } = await codeFixture(t.stripe);
    const draft = await referralSale(t.stripe, customer.id, code.id, 3_000);
    await t.stripe.invoices.finalizeInvoice(draft.id);
    const paid = await t.stripe.invoices.pay(draft.id, { paid_out_of_band: true });
    expect(paid).toMatchObject({ status: 'paid', amount_paid: 2_700, amount_remaining: 0, amount_paid_off_stripe: 2_700 });
    expect(paid.status_transitions.paid_at).not.toBeNull();
    expect((await stripeError(t.stripe.invoices.pay(draft.id, { paid_out_of_band: true }))).message).toBe('Invoice is already paid.');
  });

  it('credits an attached card_present PaymentIntent once it succeeds', async () => {
    const { customer, code } = await codeFixture(t.stripe);
    const draft = await referralSale(t.stripe, customer.id, code.id, 3_000);
    const invoice = await t.stripe.invoices.finalizeInvoice(draft.id);
    const pi = await t.stripe.paymentIntents.create({ amount: invoice.amount_due, currency: 'usd', customer: customer.id, allowed_payment_method_types: ['card_present'] });
    const attached = await t.stripe.invoices.attachPayment(invoice.id, { payment_intent: pi.id, expand: ['payments'] });
    expect(attached.status).toBe('open');
    expect(attached.payments?.data.map((p) => [p.is_default, p.status])).toEqual([[false, 'open'], [true, 'open']]);
    await t.stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_mastercard' });
    const paid = await t.stripe.invoices.retrieve(invoice.id, { expand: ['payments'] });
    expect([paid.status, paid.amount_paid, paid.amount_paid_off_stripe]).toEqual(['paid', 2_700, 0]);
    expect(paid.payments?.data.map((p) => [p.is_default, p.status, p.amount_paid])).toEqual([[false, 'paid', 2_700], [true, 'canceled', null]]);
    const types = (await t.stripe.events.list({ types: ['invoice.paid', 'invoice_payment.paid'] })).data.map((e) => e.type);
    expect(types).toEqual(['invoice.paid', 'invoice_payment.paid']);
  });

  it('credits an already succeeded PaymentIntent at once', async () => {
    const customer = await t.stripe.customers.create({ name: 'Ann' });
    const draft = await referralSale(t.stripe, customer.id, null, 1_000);
    const invoice = await t.stripe.invoices.finalizeInvoice(draft.id);
    const pi = await t.stripe.paymentIntents.create({ amount: 1_000, currency: 'usd', allowed_payment_method_types: ['card_present'], payment_method: 'pm_card_visa', confirm: true });
    expect(pi.status).toBe('succeeded');
    expect((await t.stripe.invoices.attachPayment(invoice.id, { payment_intent: pi.id })).status).toBe('paid');
  });

  it('pays with a payment method, and counts a declined attempt', async () => {
    const customer = await t.stripe.customers.create({ name: 'Ann' });
    const draft = await referralSale(t.stripe, customer.id, null, 1_000);
    const declined = await stripeError(t.stripe.invoices.pay(draft.id, { payment_method: 'pm_card_chargeDeclined' }));
    expect([declined.statusCode, declined.code, declined.decline_code]).toEqual([402, 'card_declined', 'generic_decline']);
    const open = await t.stripe.invoices.retrieve(draft.id);
    expect([open.status, open.attempt_count, open.attempted]).toEqual(['open', 1, true]);
    expect((await t.stripe.invoices.pay(draft.id, { payment_method: 'pm_card_visa' })).status).toBe('paid');
  });

  it('marks a zero-total invoice paid at finalization without counting its discount when nothing was taken off', async () => {
    const { customer, coupon, code } = await codeFixture(t.stripe, {}, { amount_off: 2_000, currency: 'usd' });
    const draft = await referralSale(t.stripe, customer.id, code.id, 1_500);
    const invoice = await t.stripe.invoices.finalizeInvoice(draft.id);
    expect([invoice.subtotal, invoice.total, invoice.amount_due, invoice.status]).toEqual([1_500, 0, 0, 'paid']);
    expect((await t.stripe.coupons.retrieve(coupon.id)).times_redeemed).toBe(1);
    const empty = await t.stripe.invoices.create({ customer: customer.id, discounts: [{ coupon: coupon.id }] });
    expect((await t.stripe.invoices.finalizeInvoice(empty.id)).status).toBe('paid');
    expect((await t.stripe.coupons.retrieve(coupon.id)).times_redeemed).toBe(1);
  });

  it('rounds percent-off half up once per invoice and leaves negative items undiscounted', async () => {
    const { customer, code } = await codeFixture(t.stripe, {}, { percent_off: 12.5 });
    const draft = await referralSale(t.stripe, customer.id, code.id, 999);
    await t.stripe.invoiceItems.create({ customer: customer.id, invoice: draft.id, amount: -100, currency: 'usd', description: 'Manual discount' });
    const invoice = await t.stripe.invoices.finalizeInvoice(draft.id);
    expect(invoice.subtotal).toBe(899);
    expect(invoice.total_discount_amounts?.[0]?.amount).toBe(125);
    expect(invoice.total).toBe(774);
    expect(invoice.lines.data.map((l) => [l.amount, l.discountable, l.discount_amounts?.[0]?.amount ?? 0])).toEqual([[999, true, 125], [-100, false, 0]]);
  });

  it('takes nothing off with a coupon limited to products, and does not count it', async () => {
    const { customer, coupon, code } = await codeFixture(t.stripe, {}, { percent_off: 50, applies_to: { products: ['prod_membership'] } });
    const invoice = await t.stripe.invoices.finalizeInvoice((await referralSale(t.stripe, customer.id, code.id, 2_000)).id);
    expect([invoice.total, invoice.total_discount_amounts?.[0]?.amount]).toEqual([2_000, 0]);
    expect((await t.stripe.coupons.retrieve(coupon.id)).times_redeemed).toBe(0);
  });

  it('carries an amount due below the minimum charge to the customer balance and marks the invoice paid', async () => {
    const customer = await t.stripe.customers.create({ name: 'Ann' });
    const tiny = await referralSale(t.stripe, customer.id, null, 30);
    const invoice = await t.stripe.invoices.finalizeInvoice(tiny.id);
    expect([invoice.total, invoice.amount_due, invoice.status, invoice.ending_balance]).toEqual([30, 0, 'paid', 30]);
    expect((await t.stripe.customers.retrieve(customer.id) as Stripe.Customer).balance).toBe(30);
    const next = await referralSale(t.stripe, customer.id, null, 1_000);
    expect((await t.stripe.invoices.finalizeInvoice(next.id)).amount_due).toBe(1_030);
  });
});

describe('Checkout Sessions and Payment Links', () => {
  const t = useEmulator();
  const lineItems = [{ price_data: { currency: 'usd', product_data: { name: 'Gym month' }, unit_amount: 4_000 }, quantity: 2 }];

  it('applies a preset promotion code and counts it when the session completes', async () => {
    const { customer, code } = await codeFixture(t.stripe);
    const session = await t.stripe.checkout.sessions.create({ mode: 'payment', customer: customer.id, line_items: lineItems, discounts: [{ promotion_code: code.id }], success_url: 'https://example.com/ok', expand: ['line_items'] });
    expect(session.id).toMatch(/^cs_test_/);
    expect([session.amount_subtotal, session.amount_total, session.total_details?.amount_discount]).toEqual([8_000, 7_200, 800]);
    expect(session.discounts).toEqual([{ coupon: code.promotion.coupon, promotion_code: code.id }]);
    expect(session.url).toBe(`${t.emulator.url}/c/pay/${session.id}`);
    expect(session.line_items?.data[0]).toMatchObject({ description: 'Gym month', quantity: 2, amount_subtotal: 8_000, amount_discount: 800 });
    expect((await t.stripe.promotionCodes.retrieve(code.id)).times_redeemed).toBe(0);
    t.emulator.completeCheckoutSession(session.id);
    const done = await t.stripe.checkout.sessions.retrieve(session.id);
    expect([done.status, done.payment_status]).toEqual(['complete', 'paid']);
    expect((await t.stripe.promotionCodes.retrieve(code.id)).times_redeemed).toBe(1);
  });

  it('judges a first-time code at session creation', async () => {
    const { customer, code } = await codeFixture(t.stripe, { restrictions: { first_time_transaction: true } });
    const earlier = await referralSale(t.stripe, customer.id, null);
    await t.stripe.invoices.finalizeInvoice(earlier.id);
    const error = await stripeError(t.stripe.checkout.sessions.create({ mode: 'payment', customer: customer.id, line_items: lineItems, discounts: [{ promotion_code: code.id }] }));
    expect([error.statusCode, error.param, error.message]).toEqual([400, 'discounts[0][promotion_code]', 'This promotion code cannot be redeemed because the associated customer has prior transactions.']);
  });

  it('refuses discounts together with allow_promotion_codes', async () => {
    const { code } = await codeFixture(t.stripe);
    const error = await stripeError(t.stripe.checkout.sessions.create({ mode: 'payment', line_items: lineItems, discounts: [{ promotion_code: code.id }], allow_promotion_codes: true }));
    expect(error.code).toBe('parameters_exclusive');
  });

  it('creates payment links with allow_promotion_codes but no preset discount', async () => {
    const link = await t.stripe.paymentLinks.create({ line_items: [{ price_data: { currency: 'usd', product_data: { name: 'Visit' }, unit_amount: 5_000 }, quantity: 1 }], allow_promotion_codes: true });
    expect(link).toMatchObject({ object: 'payment_link', active: true, allow_promotion_codes: true, currency: 'usd' });
    expect(link.url).toBe(`${t.emulator.url}/plink/${link.id}`);
    expect((await t.stripe.paymentLinks.retrieve(link.id)).id).toBe(link.id);
    const withDiscount = await stripeError(t.stripe.paymentLinks.create({ line_items: [{ price_data: { currency: 'usd', product_data: { name: 'Visit' }, unit_amount: 5_000 }, quantity: 1 }], discounts: [{ promotion_code: 'promo_x' }] } as Stripe.PaymentLinkCreateParams));
    expect([withDiscount.code, withDiscount.param]).toEqual(['parameter_unknown', 'discounts']);
    const page = await fetch(link.url);
    expect([page.status, (await page.text()).includes(link.id)]).toEqual([200, true]);
  });
});

describe('invoice lines', () => {
  const t = useEmulator();

  it('adds lines to a draft, pulls in pending items only when asked, and lists every line', async () => {
    const customer = await t.stripe.customers.create({ name: 'Ann' });
    const pending = await t.stripe.invoiceItems.create({ customer: customer.id, amount: 700, currency: 'usd', description: 'Earlier visit' });
    const excluded = await t.stripe.invoices.create({ customer: customer.id, currency: 'usd' });
    expect(excluded.lines.data).toHaveLength(0);
    const draft = await t.stripe.invoices.addLines(excluded.id, {
      lines: [
        { amount: 1_000, description: 'Order' },
        { price_data: { currency: 'usd', product_data: { name: 'Towel' }, unit_amount: 250 }, quantity: 2 },
        { invoice_item: pending.id },
      ],
      invoice_metadata: { sale: 's-1' },
    });
    expect(draft.subtotal).toBe(2_200);
    expect(draft.metadata).toEqual({ sale: 's-1' });
    const lines = await t.stripe.invoices.listLineItems(draft.id);
    expect(lines.data.map((l) => [l.description, l.amount])).toEqual([['Earlier visit', 700], ['Order', 1_000], ['Towel', 500]]);
    await t.stripe.invoices.finalizeInvoice(draft.id);
    const closed = await stripeError(t.stripe.invoices.addLines(draft.id, { lines: [{ amount: 1 }] }));
    expect(closed.code).toBe('invoice_not_editable');
    const other = await t.stripe.invoiceItems.create({ customer: customer.id, amount: 300, currency: 'usd' });
    const included = await t.stripe.invoices.create({ customer: customer.id, currency: 'usd', pending_invoice_items_behavior: 'include' });
    expect(included.lines.data.map((l) => l.parent?.invoice_item_details?.invoice_item)).toEqual([other.id]);
  });
});
