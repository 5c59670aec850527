import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { admin, stripeError, useEmulator } from './emulator-fixture';

describe('rate limiting', () => {
  const t = useEmulator({ rateLimitPerSecond: 25 });

  it('lets 25 requests a second through and answers the rest 429 rate_limit, without Retry-After', async () => {
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => t.stripe.customers.create({ name: `c${i}` })));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Stripe.errors.StripeError] : []));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(25);
    expect(refused).toHaveLength(5);
    for (const error of refused) {
      expect(error).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
      expect([error.statusCode, error.code, error.rawType]).toEqual([429, 'rate_limit', 'invalid_request_error']);
      expect(error.headers?.['retry-after']).toBeUndefined();
    }
    expect(t.emulator.store.list('customer')).toHaveLength(25);
  });

  it('does not save a 429 under the idempotency key', async () => {
    t.emulator.faults.add({ path: '/v1/customers', times: 1, action: { kind: 'rate_limit', retryAfterSeconds: 2 } });
    const limited = await stripeError(t.stripe.customers.create({ name: 'A' }, { idempotencyKey: 'limited' }));
    expect(limited.headers?.['retry-after']).toBe('2');
    const created = await t.stripe.customers.create({ name: 'A' }, { idempotencyKey: 'limited' });
    expect(created.lastResponse.headers['idempotent-replayed']).toBeUndefined();
  });
});

describe('fault injection', () => {
  const t = useEmulator();

  it('fails the next N matching requests with 500 api_error, then recovers', async () => {
    t.emulator.faults.add({ method: 'POST', path: '/v1/customers', times: 2, action: { kind: 'error' } });
    for (let i = 0; i < 2; i++) {
      const error = await stripeError(t.stripe.customers.create({ name: 'A' }));
      expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
      expect([error.statusCode, error.rawType]).toEqual([500, 'api_error']);
    }
    await t.stripe.customers.create({ name: 'A' });
    expect((await t.stripe.customers.list()).data).toHaveLength(1);
    expect(t.emulator.faults.list()).toEqual([]);
  });

  it('fails a seeded fraction of requests, the same ones on every run', async () => {
    const pattern = async () => {
      t.emulator.reset();
      t.emulator.faults.seed(42);
      t.emulator.faults.add({ path: '/v1/customers', probability: 0.5, action: { kind: 'error', status: 503 } });
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) outcomes.push(await t.stripe.customers.list().then(() => 'ok', (e: Stripe.errors.StripeError) => String(e.statusCode)));
      return outcomes;
    };
    const first = await pattern();
    expect(first.filter((o) => o === '503').length).toBeGreaterThan(3);
    expect(first.filter((o) => o === 'ok').length).toBeGreaterThan(3);
    expect(await pattern()).toEqual(first);
  });

  it('fails the first N requests of every idempotency key, then lets its retry through', async () => {
    t.emulator.faults.add({ method: 'POST', path: '/v1/**', perKey: 2, action: { kind: 'error', status: 503 } });
    for (const key of ['k1', 'k2']) {
      for (let i = 0; i < 2; i++) expect((await stripeError(t.stripe.customers.create({ name: key }, { idempotencyKey: key }))).statusCode).toBe(503);
      await t.stripe.customers.create({ name: key }, { idempotencyKey: key });
    }
    expect(t.emulator.store.list('customer').map((c) => c.name).sort()).toEqual(['k1', 'k2']);
  });

  it('matches rules by method and path pattern', async () => {
    t.emulator.faults.add({ method: 'POST', path: '/v1/invoices/*/finalize', action: { kind: 'error' } });
    const customer = await t.stripe.customers.create({ name: 'A' });
    const draft = await t.stripe.invoices.create({ customer: customer.id });
    await t.stripe.invoices.update(draft.id, { metadata: { a: '1' } });
    expect((await stripeError(t.stripe.invoices.finalizeInvoice(draft.id))).statusCode).toBe(500);
    expect((await t.stripe.invoices.retrieve(draft.id)).status).toBe('draft');
  });

  it('matches a rule by text in the request body, so that parallel tests fault only their own requests', async () => {
    t.emulator.faults.add({ method: 'POST', path: '/v1/customers', bodyIncludes: 'ada+1@example.com', action: { kind: 'error', status: 503 } });
    expect((await stripeError(t.stripe.customers.create({ email: 'ada+1@example.com' }))).statusCode).toBe(503);
    await t.stripe.customers.create({ email: 'bob@example.com' });
    expect(t.emulator.store.list('customer').map((c) => c.email)).toEqual(['bob@example.com']);
  });

  it('answers 200 with a body that is not JSON, after committing the change', async () => {
    t.emulator.faults.add({ path: '/v1/coupons', times: 1, action: { kind: 'malformed' } });
    const error = await stripeError(t.stripe.coupons.create({ percent_off: 20 }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(error.message).toBe('Invalid JSON received from the Stripe API');
    expect(t.emulator.store.list('coupon')).toHaveLength(1);
  });

  it('adds latency', async () => {
    t.emulator.faults.add({ method: 'GET', action: { kind: 'latency', ms: 150 } });
    const started = Date.now();
    await t.stripe.customers.list();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('drops the connection before anything runs: nothing is created and the key stays free', async () => {
    t.emulator.faults.add({ path: '/v1/customers', times: 2, action: { kind: 'drop' } });
    const error = await stripeError(t.stripe.customers.create({ name: 'A' }, { idempotencyKey: 'never' }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(t.emulator.store.list('customer')).toHaveLength(0);
    const created = await t.stripe.customers.create({ name: 'A' }, { idempotencyKey: 'never' });
    expect(created.lastResponse.headers['idempotent-replayed']).toBeUndefined();
  });

  it('is controlled over HTTP too: faults, clock, rate limit, inspection and reset', async () => {
    const added = await admin(t.emulator, 'POST', '/faults', { method: 'GET', path: '/v1/coupons', times: 1, action: { kind: 'error', status: 502 } });
    expect(added.body['ids']).toHaveLength(1);
    expect((await admin(t.emulator, 'GET', '/faults')).body['faults'][0]).toMatchObject({ path: '/v1/coupons', times: 1, hits: 0 });
    expect((await stripeError(t.stripe.coupons.list())).statusCode).toBe(502);
    expect((await admin(t.emulator, 'POST', '/faults', { action: { kind: 'explode' } })).status).toBe(400);
    const customer = await t.stripe.customers.create({ name: 'Ann' });
    const state = await admin(t.emulator, 'GET', '/state/customer');
    expect(state.body['data'].map((c: { id: string }) => c.id)).toEqual([customer.id]);
    const before = t.emulator.clock.now();
    const clock = await admin(t.emulator, 'POST', '/clock', { advanceSeconds: 3_600 });
    expect(clock.body['now']).toBeGreaterThanOrEqual(before + 3_600);
    expect((await admin(t.emulator, 'GET', '/requests')).body['requests'].length).toBeGreaterThan(0);
    await admin(t.emulator, 'POST', '/rate-limit', { perSecond: 1 });
    await t.stripe.customers.list();
    expect((await stripeError(t.stripe.customers.list())).statusCode).toBe(429);
    await admin(t.emulator, 'POST', '/rate-limit', { perSecond: 0 });
    await admin(t.emulator, 'POST', '/reset');
    expect((await t.stripe.customers.list()).data).toHaveLength(0);
  });
});
