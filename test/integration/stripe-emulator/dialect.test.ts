import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createEmulatorClient } from '../../../electron/stripe-emulator';
import { rawRequest, stripeError, useEmulator } from './emulator-fixture';

describe("Stripe's REST dialect", () => {
  const t = useEmulator();

  it('round-trips nested form parameters, metadata with reserved characters and expansions', async () => {
    const metadata = { 'referrer id': 'r-1&2=3', brackets: 'a[0]=b', unicode: 'Zoë – 50 %' };
    const coupon = await t.stripe.coupons.create({ amount_off: 500, currency: 'EUR', name: 'Five off', metadata });
    const code = await t.stripe.promotionCodes.create(
      {
        promotion: { type: 'coupon', coupon: coupon.id },
        code: 'Zoe-5',
        max_redemptions: 3,
        restrictions: { first_time_transaction: true, minimum_amount: 2_000, minimum_amount_currency: 'eur', currency_options: { usd: { minimum_amount: 2_500 } } },
        metadata,
        expand: ['promotion.coupon'],
      },
    );
    expect(code.metadata).toEqual(metadata);
    expect(code.restrictions).toEqual({
      currency_options: { usd: { minimum_amount: 2_500 } },
      first_time_transaction: true,
      minimum_amount: 2_000,
      minimum_amount_currency: 'eur',
    });
    const expanded = code.promotion.coupon as Stripe.Coupon;
    expect(expanded.object).toBe('coupon');
    expect(expanded.currency).toBe('eur');
    expect(expanded.metadata).toEqual(metadata);
    expect((await t.stripe.promotionCodes.retrieve(code.id)).promotion.coupon).toBe(coupon.id);
  });

  it('refuses metadata keys with square brackets instead of dropping them', async () => {
    const error = await stripeError(t.stripe.customers.create({ metadata: { 'a[b]': 'c' } }));
    expect([error.statusCode, error.param]).toEqual([400, 'metadata[a[b]]']);
    expect((await t.stripe.customers.list()).data).toHaveLength(0);
  });

  it('decodes `list[]=` appends and unsets metadata keys with empty values', async () => {
    const created = await rawRequest(t.emulator, 'POST', '/v1/customers', 'name=Ann&preferred_locales[]=fr&preferred_locales[]=en&metadata[a]=1&metadata[b]=2');
    expect(created.status).toBe(200);
    const customer = created.json();
    expect(customer['preferred_locales']).toEqual(['fr', 'en']);
    const updated = await t.stripe.customers.update(customer['id'], { metadata: { a: '' } });
    expect(updated.metadata).toEqual({ b: '2' });
    expect((await t.stripe.customers.update(customer['id'], { metadata: '' })).metadata).toEqual({});
  });

  it('answers Stripe objects with their object, created, livemode and a Request-Id header', async () => {
    const customer = await t.stripe.customers.create({ email: 'a@example.com' });
    expect(customer).toMatchObject({ object: 'customer', livemode: false, email: 'a@example.com', balance: 0 });
    expect(customer.id).toMatch(/^cus_[A-Za-z0-9]{14}$/);
    expect(Math.abs(customer.created - Date.now() / 1000)).toBeLessThan(5);
    expect(customer.lastResponse.requestId).toMatch(/^req_/);
  });

  it('refuses unknown parameters, nested ones too, with parameter_unknown', async () => {
    const error = await stripeError(t.stripe.customers.create({ name: 'x', nickname: 'y' } as Stripe.CustomerCreateParams));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect([error.code, error.param, error.message]).toEqual(['parameter_unknown', 'nickname', 'Received unknown parameter: nickname']);
    const { coupon } = await t.stripe.coupons.create({ percent_off: 5 }).then((c) => ({ coupon: c }));
    const nested = await stripeError(t.stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: coupon.id }, restrictions: { max: 1 } as never }));
    expect(nested.param).toBe('restrictions[max]');
  });

  it('refuses the pre-clover top-level coupon on promotion codes as unknown', async () => {
    const coupon = await t.stripe.coupons.create({ percent_off: 5 });
    const error = await stripeError(t.stripe.promotionCodes.create({ coupon: coupon.id } as unknown as Stripe.PromotionCodeCreateParams));
    expect([error.code, error.param]).toEqual(['parameter_unknown', 'coupon']);
  });

  it('reports missing and malformed parameters like Stripe', async () => {
    const missing = await stripeError(t.stripe.paymentIntents.create({ currency: 'usd' } as Stripe.PaymentIntentCreateParams));
    expect([missing.code, missing.param, missing.message]).toEqual(['parameter_missing', 'amount', 'Missing required param: amount.']);
    const bad = await rawRequest(t.emulator, 'POST', '/v1/payment_intents', 'amount=12x&currency=usd');
    expect(bad.status).toBe(400);
    expect(bad.json()['error']).toMatchObject({ type: 'invalid_request_error', code: 'parameter_invalid_integer', param: 'amount', message: 'Invalid integer: 12x' });
    const empty = await stripeError(t.stripe.coupons.create({ percent_off: 5, name: '' }));
    expect([empty.code, empty.param]).toEqual(['parameter_invalid_empty', 'name']);
  });

  it('answers resource_missing: 404 for an id in the URL, 400 for one given as a parameter', async () => {
    const byUrl = await stripeError(t.stripe.customers.retrieve('cus_missing'));
    expect([byUrl.statusCode, byUrl.code, byUrl.param, byUrl.message]).toEqual([404, 'resource_missing', 'id', "No such customer: 'cus_missing'"]);
    const byParam = await stripeError(t.stripe.invoices.create({ customer: 'cus_missing' }));
    expect([byParam.statusCode, byParam.code, byParam.param]).toEqual([400, 'resource_missing', 'customer']);
  });

  it('rejects requests without a key or with a key that is not a test key (401)', async () => {
    const none = await rawRequest(t.emulator, 'GET', '/v1/customers', undefined, { Authorization: '' });
    expect(none.status).toBe(401);
    expect(none.json()['error']['message']).toMatch(/^You did not provide an API key/);
    const live = createEmulatorClient(t.emulator, { apiKey: 'sk_live_not_here' });
    const error = await stripeError(live.customers.list());
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error.statusCode).toBe(401);
    expect(t.emulator.store.requests().filter((r) => r.status === 401)).toHaveLength(2);
  });

  it('answers an unrecognized URL with 404', async () => {
    const response = await rawRequest(t.emulator, 'POST', '/v1/no_such_things', 'a=1');
    expect(response.status).toBe(404);
    expect(response.json()['error']['message']).toMatch(/^Unrecognized request URL \(POST: \/v1\/no_such_things\)/);
  });

  it('refuses payment_method_types on PaymentIntents and Checkout Sessions (endive)', async () => {
    const error = await stripeError(t.stripe.paymentIntents.create({ amount: 1_000, currency: 'usd', payment_method_types: ['card_present'] } as Stripe.PaymentIntentCreateParams));
    expect([error.statusCode, error.code, error.param]).toEqual([400, 'payment_method_types_no_longer_supported', 'payment_method_types']);
  });

  it('removes the fields gone since basil from invoices and carries the pinned API version in events', async () => {
    const customer = await t.stripe.customers.create({ name: 'x' });
    const invoice = await t.stripe.invoices.create({ customer: customer.id });
    for (const gone of ['paid', 'discount', 'payment_intent', 'charge', 'subscription']) expect(invoice).not.toHaveProperty(gone);
    expect(invoice.hosted_invoice_url).toBeNull();
    const [event] = (await t.stripe.events.list({ type: 'invoice.created' })).data;
    expect(event?.api_version).toBe('2026-10-28.endive');
    expect(event?.request?.id).toBe(invoice.lastResponse.requestId);
  });
});
