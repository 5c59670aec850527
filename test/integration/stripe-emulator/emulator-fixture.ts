import Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createEmulatorClient, startStripeEmulator, type RunningEmulator, type StripeEmulatorOptions } from '../../../electron/stripe-emulator';

export interface EmulatorFixture {
  emulator: RunningEmulator;
  stripe: Stripe;
}

/**
 * One emulator per test file, reset before each test, driven only through stripe-node over HTTP
 * (and the emulator's fault and inspection controls). The rate limiter is off unless asked for.
 */
export function useEmulator(options: StripeEmulatorOptions = {}): EmulatorFixture {
  const fixture = {} as EmulatorFixture;
  beforeAll(async () => {
    fixture.emulator = await startStripeEmulator({ rateLimitPerSecond: 0, ...options });
    fixture.stripe = createEmulatorClient(fixture.emulator, { timeout: 3_000 });
  });
  beforeEach(() => fixture.emulator.reset());
  afterAll(async () => fixture.emulator?.close());
  return fixture;
}

/** The Stripe error a call fails with (and a test failure if it succeeds). */
export async function stripeError(call: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) return error;
    throw error;
  }
  throw new Error('expected the Stripe call to fail, but it succeeded');
}

/** A raw HTTP call in Stripe's dialect, for what stripe-node never sends. */
export async function rawRequest(emulator: RunningEmulator, method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { Authorization: 'Bearer sk_test_raw', 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    ...(body !== undefined && { body }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as Record<string, any> };
}

export async function admin(emulator: RunningEmulator, method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulator.url}/__admin${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** A customer, a 10%-off coupon and an open promotion code with the given rules. */
export async function codeFixture(stripe: Stripe, restrictions: Partial<Stripe.PromotionCodeCreateParams> = {}, coupon: Stripe.CouponCreateParams = { percent_off: 10 }) {
  const customer = await stripe.customers.create({ name: 'Lead', email: 'lead@example.com' });
  const created = await stripe.coupons.create({ duration: 'once', ...coupon });
  const code = await stripe.promotionCodes.create({ promotion: { type: 'coupon', coupon: created.id }, code: 'FRIEND-1', ...restrictions });
  return { customer, coupon: created, code };
}

/** A referral sale as the app records it: a draft with the code, the order as an item, finalized. */
export async function referralSale(stripe: Stripe, customer: string, promotionCode: string | null, amount = 5_000, currency = 'usd') {
  const draft = await stripe.invoices.create({
    customer,
    currency,
    collection_method: 'charge_automatically',
    auto_advance: false,
    pending_invoice_items_behavior: 'exclude',
    ...(promotionCode && { discounts: [{ promotion_code: promotionCode }] }),
  });
  await stripe.invoiceItems.create({ customer, invoice: draft.id, amount, currency, description: 'Order' });
  return draft;
}
