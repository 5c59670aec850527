import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createEmulatorClient } from '../../../electron/stripe-emulator';
import { stripeError, useEmulator } from './emulator-fixture';

describe('idempotency keys', () => {
  const t = useEmulator();
  const customers = () => t.emulator.store.list('customer');

  it('replays the first response to the same key and parameters, marked Idempotent-Replayed', async () => {
    const first = await t.stripe.customers.create({ name: 'Ann' }, { idempotencyKey: 'lead-1' });
    const again = await t.stripe.customers.create({ name: 'Ann' }, { idempotencyKey: 'lead-1' });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect(again.lastResponse.headers['original-request']).toBe(first.lastResponse.requestId);
    expect(first.lastResponse.headers['idempotent-replayed']).toBeUndefined();
    expect(customers()).toHaveLength(1);
    expect((await t.stripe.events.list({ type: 'customer.created' })).data[0]?.request).toEqual({ id: first.lastResponse.requestId, idempotency_key: 'lead-1' });
  });

  it('refuses the same key with other parameters or on another endpoint (idempotency_error)', async () => {
    await t.stripe.customers.create({ name: 'Ann' }, { idempotencyKey: 'k' });
    const otherParams = await stripeError(t.stripe.customers.create({ name: 'Bob' }, { idempotencyKey: 'k' }));
    expect(otherParams).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect([otherParams.statusCode, otherParams.rawType]).toEqual([400, 'idempotency_error']);
    expect(otherParams.message).toMatch(/same parameters they were first used with/);
    const otherEndpoint = await stripeError(t.stripe.coupons.create({ percent_off: 5 }, { idempotencyKey: 'k' }));
    expect(otherEndpoint).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(otherEndpoint.message).toMatch(/same endpoint/);
    expect(customers()).toHaveLength(1);
    expect(t.emulator.store.list('coupon')).toHaveLength(0);
  });

  it('does not save parameter-validation failures: a corrected retry with the key runs', async () => {
    await stripeError(t.stripe.customers.create({ name: 'Ann', nick: 'A' } as Stripe.CustomerCreateParams, { idempotencyKey: 'fix-me' }));
    const created = await t.stripe.customers.create({ name: 'Ann' }, { idempotencyKey: 'fix-me' });
    expect(created.lastResponse.headers['idempotent-replayed']).toBeUndefined();
    expect(customers()).toHaveLength(1);
  });

  it('saves refusals made while executing: the retry gets the same refusal', async () => {
    const first = await stripeError(t.stripe.invoices.finalizeInvoice('in_missing', {}, { idempotencyKey: 'fin' }));
    const again = await stripeError(t.stripe.invoices.finalizeInvoice('in_missing', {}, { idempotencyKey: 'fin' }));
    expect(again.message).toBe(first.message);
    expect(again.headers?.['idempotent-replayed']).toBe('true');
  });

  it('answers 409 idempotency_key_in_use while the first request with the key is still running', async () => {
    t.emulator.faults.add({ method: 'POST', path: '/v1/customers', times: 1, action: { kind: 'latency', ms: 300 } });
    const slow = t.stripe.customers.create({ name: 'Ann' }, { idempotencyKey: 'busy' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const conflict = await stripeError(t.stripe.customers.create({ name: 'Ann' }, { idempotencyKey: 'busy' }));
    expect([conflict.statusCode, conflict.code, conflict.rawType]).toEqual([409, 'idempotency_key_in_use', 'idempotency_error']);
    const created = await slow;
    expect((await t.stripe.customers.create({ name: 'Ann' }, { idempotencyKey: 'busy' })).id).toBe(created.id);
    expect(customers()).toHaveLength(1);
  });

  it('replays a saved 500 to the same key; an unsaved one lets the retry run', async () => {
    t.emulator.faults.add({ path: '/v1/customers', times: 1, action: { kind: 'error', replayable: true } });
    const first = await stripeError(t.stripe.customers.create({ name: 'A' }, { idempotencyKey: 'saved-500' }));
    const again = await stripeError(t.stripe.customers.create({ name: 'A' }, { idempotencyKey: 'saved-500' }));
    expect([first.statusCode, again.statusCode, again.rawType]).toEqual([500, 500, 'api_error']);
    t.emulator.faults.add({ path: '/v1/customers', times: 1, action: { kind: 'error' } });
    await stripeError(t.stripe.customers.create({ name: 'B' }, { idempotencyKey: 'lost-500' }));
    await t.stripe.customers.create({ name: 'B' }, { idempotencyKey: 'lost-500' });
    expect(customers().map((c) => c.name)).toEqual(['B']);
  });

  it('commits, then drops the connection: stripe-node retries the closed connection once with the same key and gets the replay', async () => {
    t.emulator.faults.add({ method: 'POST', path: '/v1/customers', times: 1, action: { kind: 'drop', commit: true } });
    const customer = await t.stripe.customers.create({ name: 'Ann' }, { idempotencyKey: 'dropped' });
    expect(customers().map((c) => c.id)).toEqual([customer.id]);
    const seen = t.emulator.store.requests().filter((r) => r.idempotencyKey === 'dropped');
    expect(seen.map((r) => [r.status, r.replayed])).toEqual([[null, false], [200, true]]);
  });

  it('commits, then drops twice: the caller sees a connection error, and its own retry with the key yields the one object', async () => {
    t.emulator.faults.add({ method: 'POST', path: '/v1/invoiceitems', times: 2, action: { kind: 'drop', commit: true } });
    const customer = await t.stripe.customers.create({ name: 'Ann' });
    const params = { customer: customer.id, amount: 1_200, currency: 'usd' };
    const lost = await stripeError(t.stripe.invoiceItems.create(params, { idempotencyKey: 'item-1' }));
    expect(lost).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    const item = await t.stripe.invoiceItems.create(params, { idempotencyKey: 'item-1' });
    expect(t.emulator.store.list('invoiceitem').map((i) => i.id)).toEqual([item.id]);
  });

  it('commits, then holds the request open past the client timeout: the retry replays', async () => {
    const impatient = createEmulatorClient(t.emulator, { timeout: 200 });
    t.emulator.faults.add({ method: 'POST', path: '/v1/coupons', times: 1, action: { kind: 'timeout', commit: true } });
    const timedOut = await stripeError(impatient.coupons.create({ percent_off: 15 }, { idempotencyKey: 'slow-coupon' }));
    expect(timedOut).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    const coupon = await impatient.coupons.create({ percent_off: 15 }, { idempotencyKey: 'slow-coupon' });
    expect(t.emulator.store.list('coupon').map((c) => c.id)).toEqual([coupon.id]);
  });

  it('runs a held request that never committed anew on retry', async () => {
    const impatient = createEmulatorClient(t.emulator, { timeout: 200 });
    t.emulator.faults.add({ method: 'POST', path: '/v1/coupons', times: 1, action: { kind: 'timeout' } });
    await stripeError(impatient.coupons.create({ percent_off: 15 }, { idempotencyKey: 'never-ran' }));
    expect(t.emulator.store.list('coupon')).toHaveLength(0);
    const coupon = await impatient.coupons.create({ percent_off: 15 }, { idempotencyKey: 'never-ran' });
    expect(coupon.lastResponse.headers['idempotent-replayed']).toBeUndefined();
  });

  it('keeps keys 24 hours, then runs a reused key anew', async () => {
    await t.stripe.customers.create({ name: 'Ann' }, { idempotencyKey: 'old' });
    t.emulator.clock.advance(24 * 3600);
    await t.stripe.customers.create({ name: 'Bob' }, { idempotencyKey: 'old' });
    expect(customers().map((c) => c.name)).toEqual(['Bob', 'Ann']);
  });
});
