import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createEmulatorClient } from '../../../electron/stripe-emulator';
import { admin, stripeError, useEmulator } from './emulator-fixture';

const fx = useEmulator();
const RESTRICTED = 'rk_test_51RestrictedKey0123456789';

describe('the emulator answers GET /v1/account as Stripe does', () => {
  it('describes the account the key opens: id, Dashboard display name, business name', async () => {
    fx.emulator.setAccount({ displayName: 'Corner Bakery', businessName: 'Corner Bakery LLC' });
    const account = await fx.stripe.accounts.retrieve(null);
    expect(account).toMatchObject({ object: 'account', id: expect.stringMatching(/^acct_/), settings: { dashboard: { display_name: 'Corner Bakery' } }, business_profile: { name: 'Corner Bakery LLC' } });
  });

  it('can be renamed over the admin endpoint', async () => {
    expect((await admin(fx.emulator, 'POST', '/account', { displayName: 'Gym North' })).status).toBe(200);
    expect((await fx.stripe.accounts.retrieve(null)).settings?.dashboard.display_name).toBe('Gym North');
  });

  it('refuses a revoked key with 401 and Stripe’s message, as for an unknown key', async () => {
    const key = 'sk_test_51RevokedKey0123456789abcd';
    await admin(fx.emulator, 'POST', '/keys', { key, revoked: true });
    const error = await stripeError(createEmulatorClient(fx.emulator, { apiKey: key }).accounts.retrieve(null));
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error.statusCode).toBe(401);
    expect(error.message).toMatch(/^Invalid API Key provided: sk_test_\*+abcd$/);
  });

  it('refuses a live key: the emulator is test mode only', async () => {
    const error = await stripeError(createEmulatorClient(fx.emulator, { apiKey: 'sk_live_51LiveKey0123456789' }).accounts.retrieve(null));
    expect(error.statusCode).toBe(401);
  });

  it('refuses a restricted key without the permission with 403, naming the permission', async () => {
    fx.emulator.keys.restrict(RESTRICTED, { customers: 'write' });
    const restricted = createEmulatorClient(fx.emulator, { apiKey: RESTRICTED });
    const error = await stripeError(restricted.accounts.retrieve(null));
    expect(error).toBeInstanceOf(Stripe.errors.StripePermissionError);
    expect(error.message).toMatch(/^The provided key 'rk_test_\*+6789' does not have the required permissions for this endpoint on account 'acct_\w+'\. Having the 'rak_accounts_kyc_basic_read' permission would allow this request to continue\.$/);
    await expect(restricted.customers.create({ name: 'Allowed' })).resolves.toMatchObject({ name: 'Allowed' });
  });

  it('lets a restricted key read only what it may: GET needs read, POST write', async () => {
    fx.emulator.keys.restrict(RESTRICTED, { account: 'read', coupons: 'read' });
    const restricted = createEmulatorClient(fx.emulator, { apiKey: RESTRICTED });
    await expect(restricted.accounts.retrieve(null)).resolves.toMatchObject({ object: 'account' });
    await expect(restricted.coupons.list()).resolves.toMatchObject({ object: 'list' });
    expect((await stripeError(restricted.coupons.create({ percent_off: 5 }))).statusCode).toBe(403);
  });

  it('forgets revoked keys and names on reset', async () => {
    fx.emulator.keys.revoke('sk_test_emulator');
    fx.emulator.reset();
    expect((await fx.stripe.accounts.retrieve(null)).settings?.dashboard.display_name).toBe('Referral POS sandbox');
  });
});
