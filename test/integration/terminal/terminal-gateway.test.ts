import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxWithReader, type Sandbox } from '../sync/sync-harness';

let sandbox: Sandbox;
let stripe: Stripe;

beforeAll(async () => {
  ({ sandbox, stripe } = await startSandboxWithReader());
});
afterAll(() => sandbox.close());

async function cardPresentIntent(amount = 4500): Promise<string> {
  const intent = await stripe.paymentIntents.create({ amount, currency: 'usd', allowed_payment_method_types: ['card_present'] } as Stripe.PaymentIntentCreateParams);
  return intent.id;
}

describe('the card reader’s way to Stripe', () => {
  it('hands the Terminal SDK a connection token', async () => {
    const token = await sandbox.api['terminal:createConnectionToken']({});
    expect(token.ok && token.value.secret.length).toBeGreaterThan(10);
  });

  it('creates the shop’s Terminal Location once, then finds it by name', async () => {
    const args = { displayName: 'Front counter', address: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US', state: 'IL' } };
    const first = await sandbox.api['terminal:ensureLocation'](args);
    const second = await sandbox.api['terminal:ensureLocation'](args);
    expect(first.ok && second.ok && first.value.locationId === second.value.locationId).toBe(true);
    expect((await stripe.terminal.locations.list()).data.filter((l) => 'display_name' in l && l.display_name === 'Front counter')).toHaveLength(1);
  });

  it('pays with an approved test card', async () => {
    const result = await sandbox.api['terminal:presentTestCard']({ paymentIntentId: await cardPresentIntent(), testCard: 'visa' });
    expect(result).toEqual({ ok: true, value: { status: 'succeeded', cardBrand: 'visa', last4: null, error: null } });
  });

  it.each([
    ['declined', 'card_declined', 'generic_decline'],
    ['insufficient_funds', 'card_declined', 'insufficient_funds'],
    ['expired_card', 'expired_card', 'expired_card'],
    ['processing_error', 'processing_error', 'processing_error'],
  ] as const)('reports a %s card with Stripe’s codes and leaves the payment unpaid', async (testCard, code, declineCode) => {
    const paymentIntentId = await cardPresentIntent();
    const result = await sandbox.api['terminal:presentTestCard']({ paymentIntentId, testCard });
    expect(result.ok && result.value.error).toMatchObject({ code, declineCode });
    expect((await stripe.paymentIntents.retrieve(paymentIntentId)).status).toBe('requires_payment_method');
  });
});
