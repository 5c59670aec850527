import { mkdtempSync, readFileSync, statSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../shared/api/contract';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/handlers';
import { fileKeyStore } from '../../../electron/services/stripe/file-key-store';
import { environmentStripeKey, stripeAccount } from '../../../electron/services/stripe/stripe-account';
import { useEmulator } from '../stripe-emulator/emulator-fixture';

const fx = useEmulator();
const GOOD_KEY = 'sk_test_51CornerBakeryGoodKey0001';
const SANDBOX = { connection: async () => ({ secretKey: 'sk_test_sandboxemulator', endpoint: { host: fx.emulator.host, port: fx.emulator.port, protocol: 'http' as const } }) };

let dir: string;
let keyFile: string;
let logged: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pos-stripe-key-'));
  keyFile = join(dir, 'stripe-key');
  fx.emulator.setAccount({ displayName: 'Corner Bakery' });
  logged = [];
  for (const level of ['log', 'error', 'warn', 'info'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** The services as a host runs them, with real keys sent to the emulator (the --stripe-api option). */
function host(environmentKey: string | null = null) {
  const account = stripeAccount(fileKeyStore(keyFile), SANDBOX, { environmentKey, apiEndpoint: { host: fx.emulator.host, port: fx.emulator.port, protocol: 'http' } });
  const handlers = createHandlers({ version: '1.0.0', host: 'browser', stripe: account });
  return {
    call: (name: string, args: unknown = {}) => dispatch(handlers, name, args) as Promise<ApiResult<any>>,
    info: async () => ((await dispatch(handlers, 'app:getInfo', {})) as ApiResult<any>),
  };
}

describe('connecting a Stripe account', () => {
  it('verifies a good key with Stripe, then keeps it in a file only its owner can read', async () => {
    const app = host();
    expect(await app.call('stripe:connect', { secretKey: ` ${GOOD_KEY}\n` })).toEqual({
      ok: true,
      value: { mode: 'test', accountId: expect.stringMatching(/^acct_/), accountName: 'Corner Bakery', keySource: 'stored' },
    });
    expect(fx.emulator.store.requests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /v1/account 200']);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyFile, 'utf8')).toContain(GOOD_KEY);
    const info = await app.info();
    expect(info).toEqual({ ok: true, value: { version: '1.0.0', host: 'browser', stripe: { mode: 'test', connected: true, keySource: 'stored', account: { id: expect.stringMatching(/^acct_/), name: 'Corner Bakery' } } } });
    expect(JSON.stringify(info)).not.toContain(GOOD_KEY);
  });

  it('names the account after a restart, even before Stripe is reached again', async () => {
    await host().call('stripe:connect', { secretKey: GOOD_KEY });
    fx.emulator.reset();
    const info = await host().info();
    expect(info.ok && info.value.stripe).toMatchObject({ mode: 'test', account: { name: 'Corner Bakery' } });
    expect(fx.emulator.store.requests()).toEqual([]);
  });

  it('talks to the connected account from then on, with the connected key', async () => {
    const app = host();
    await app.call('stripe:connect', { secretKey: GOOD_KEY });
    const created = await app.call('stripe:createCustomer', { idempotencyKey: 'lead-1', name: 'Ada', email: null, phone: null, metadata: {} });
    expect(created.ok).toBe(true);
    expect(fx.emulator.store.list('customer').map((c) => c.name)).toEqual(['Ada']);
  });

  it('reports a revoked or unknown key in Stripe’s words and stores nothing', async () => {
    fx.emulator.keys.revoke(GOOD_KEY);
    const app = host();
    const result = await app.call('stripe:connect', { secretKey: GOOD_KEY });
    expect(result).toMatchObject({ ok: false, error: { code: 'stripe_refused', message: expect.stringMatching(/^Invalid API Key provided: sk_test_\*+0001$/), stripe: { statusCode: 401 } } });
    expect(existsSync(keyFile)).toBe(false);
    expect(await app.info()).toMatchObject({ ok: true, value: { stripe: { mode: 'sandbox', connected: false } } });
  });

  it('keeps the account already connected when another key is refused', async () => {
    const app = host();
    await app.call('stripe:connect', { secretKey: GOOD_KEY });
    const other = 'sk_test_51SomeoneElsesOldKey9999';
    fx.emulator.keys.revoke(other);
    expect((await app.call('stripe:connect', { secretKey: other })).ok).toBe(false);
    expect(readFileSync(keyFile, 'utf8')).toContain(GOOD_KEY);
  });

  it('reports a restricted key that may not read the account with Stripe’s 403 message, storing nothing', async () => {
    const key = 'rk_test_51RestrictedNoAccount0002';
    fx.emulator.keys.restrict(key, { customers: 'write', invoices: 'write' });
    const result = await host().call('stripe:connect', { secretKey: key });
    expect(result).toMatchObject({ ok: false, error: { code: 'stripe_refused', stripe: { statusCode: 403 } } });
    if (!result.ok) expect(result.error.message).toContain("Having the 'rak_accounts_kyc_basic_read' permission would allow this request to continue.");
    expect(existsSync(keyFile)).toBe(false);
  });

  it('connects a restricted key that may read the account', async () => {
    const key = 'rk_test_51RestrictedWithAccount003';
    fx.emulator.keys.restrict(key, { account: 'read', customers: 'write' });
    expect(await host().call('stripe:connect', { secretKey: key })).toMatchObject({ ok: true, value: { mode: 'test', accountName: 'Corner Bakery' } });
  });

  it.each([
    ['pk_test_51CornerBakeryGoodKey0001', 'That is a publishable key (pk_…): the app needs a secret key (sk_…) or a restricted key (rk_…).'],
    ['sk_test_51Corner', 'The key is too short: it looks cut off. Copy it again from the Stripe Dashboard (Developers → API keys).'],
  ])('refuses the malformed key %s without asking Stripe', async (secretKey, message) => {
    expect(await host().call('stripe:connect', { secretKey })).toEqual({ ok: false, error: { code: 'invalid_stripe_key', message } });
    expect(fx.emulator.store.requests()).toEqual([]);
    expect(existsSync(keyFile)).toBe(false);
  });

  it('disconnects: the key is gone and the app is back in sandbox', async () => {
    const app = host();
    await app.call('stripe:connect', { secretKey: GOOD_KEY });
    expect(await app.call('stripe:disconnect')).toEqual({ ok: true, value: { mode: 'sandbox' } });
    expect(existsSync(keyFile)).toBe(false);
    expect(await app.info()).toMatchObject({ ok: true, value: { stripe: { mode: 'sandbox', connected: false } } });
  });

  it('uses a key from the environment, names its account, and will not connect or disconnect over it', async () => {
    const app = host('sk_test_51FromTheEnvironment00004');
    expect(await app.info()).toMatchObject({ ok: true, value: { stripe: { mode: 'test', connected: true, keySource: 'environment', account: { name: 'Corner Bakery' } } } });
    const refusal = { ok: false, error: { code: 'key_from_environment', message: 'The Stripe key comes from the STRIPE_SECRET_KEY environment variable: change or remove it there and restart the app.' } };
    expect(await app.call('stripe:disconnect')).toEqual(refusal);
    expect(await app.call('stripe:connect', { secretKey: GOOD_KEY })).toEqual(refusal);
    expect(existsSync(keyFile)).toBe(false);
  });

  it('reads STRIPE_SECRET_KEY only when it is a usable key, and says why not otherwise', () => {
    expect(environmentStripeKey(undefined)).toBeNull();
    expect(environmentStripeKey('  ')).toBeNull();
    expect(environmentStripeKey(' sk_live_51FromTheEnvironment00004\n')).toBe('sk_live_51FromTheEnvironment00004');
    expect(() => environmentStripeKey('pk_live_51FromTheEnvironment00004')).toThrow(
      'STRIPE_SECRET_KEY is set but is not a usable Stripe key: That is a publishable key (pk_…): the app needs a secret key (sk_…) or a restricted key (rk_…).',
    );
  });

  it('never writes a key to the log', async () => {
    const app = host();
    fx.emulator.keys.revoke('sk_test_51RevokedAndLogged00005');
    await app.call('stripe:connect', { secretKey: 'sk_test_51RevokedAndLogged00005' });
    await app.call('stripe:connect', { secretKey: GOOD_KEY });
    await app.call('stripe:disconnect');
    expect(logged.join('\n')).not.toMatch(/51RevokedAndLogged|51CornerBakery/);
  });
});
