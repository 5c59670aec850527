import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { startStripeEmulator, type RunningEmulator } from '../../electron/stripe-emulator';
import { CounterPage } from './pages/counter-page';
import { StripeSettingsPage } from './pages/stripe-settings-page';

/**
 * Its own browser mode (the shared one has no --stripe-api): a sandbox like every e2e host, plus a
 * second emulator standing in for api.stripe.com, where the manager's sk_test_ key is sent.
 */
const BASE = Number(process.env['E2E_PORT'] ?? 4517);
const WEB_PORT = BASE + 2;
const SANDBOX_PORT = BASE + 3;
const STRIPE_PORT = BASE + 4;
const GOOD_KEY = 'sk_test_51CornerBakeryE2eKey00001';
const REVOKED_KEY = 'sk_test_51OldRolledKeyE2e0000002';

let stripe: RunningEmulator;
let web: ChildProcess;
/** everything browser mode printed: the key must never be in it */
const serverOutput: string[] = [];

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${WEB_PORT}/` });

test.beforeAll(async () => {
  stripe = await startStripeEmulator({ port: STRIPE_PORT, rateLimitPerSecond: 0 });
  stripe.setAccount({ displayName: 'Corner Bakery' });
  stripe.keys.revoke(REVOKED_KEY);
  web = spawn('npx', ['tsx', 'scripts/web.ts', '--static', '--sandbox', '--port', String(WEB_PORT), '--stripe-port', String(SANDBOX_PORT), '--stripe-api', `http://127.0.0.1:${STRIPE_PORT}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group, so that stopping it stops tsx's node child too
    detached: true,
    env: { ...process.env, STRIPE_SECRET_KEY: '' },
  });
  web.stdout?.on('data', (chunk: Buffer) => serverOutput.push(chunk.toString()));
  web.stderr?.on('data', (chunk: Buffer) => serverOutput.push(chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    web.once('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
    web.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('http://127.0.0.1:') && resolve());
  });
});

test.afterAll(async () => {
  if (web?.pid) process.kill(-web.pid, 'SIGTERM');
  await stripe?.close();
});

async function auditActions(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('referral-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('audit').objectStore('audit').getAll();
          read.onsuccess = () => resolve((read.result as { action: string; details: unknown }[]).map((e) => `${e.action} ${JSON.stringify(e.details)}`));
        };
      }),
  );
}

/** A device setting as the store holds it (IndexedDB, read without the app's code). */
async function setting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('referral-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('settings').objectStore('settings').get(key);
          read.onsuccess = () => resolve((read.result as { value: unknown } | undefined)?.value);
        };
      }),
    key,
  );
}

test('a manager connects a Stripe test account with a secret key, sees it named everywhere, and disconnects', async ({ page }) => {
  const counter = new CounterPage(page);
  const settings = new StripeSettingsPage(page);
  const nav = page.getByRole('navigation', { name: 'Screens' });
  await counter.open();
  await expect(settings.modeBadge).toHaveText('Sandbox');
  await expect(settings.notice(page.getByRole('main', { name: 'Counter' }))).toContainText(
    'No real Stripe account: codes are checked and sales recorded against the local emulator; checkout redemption and tracking in your Stripe account stop until a key is connected.',
  );

  // the sandbox's Events cursor, which means nothing in another account
  await expect.poll(() => setting(page, 'sync.stripeEventsCursor'), { timeout: 30_000 }).toMatch(/^evt_/);
  await settings.open();
  await expect(settings.section).toContainText('The demo data is removed first: it must not reach your Stripe account.');
  await settings.connect('pk_test_51CornerBakeryE2eKey00001');
  await expect(settings.section.getByRole('alert')).toHaveText('That is a publishable key (pk_…): the app needs a secret key (sk_…) or a restricted key (rk_…).');
  await expect(page.getByRole('region', { name: 'Demo data' })).toBeVisible();
  await settings.connect(REVOKED_KEY);
  await expect(settings.section.getByRole('alert')).toHaveText(/^Stripe refused the key: Invalid API Key provided: sk_test_\*+0002 Nothing was stored\. The demo data was removed\.$/);
  await expect(settings.modeBadge).toHaveText('Sandbox');
  await expect(page.getByRole('region', { name: 'Demo data' })).toHaveCount(0);

  await settings.connect(GOOD_KEY);
  await expect(settings.section.getByRole('status')).toHaveText('Connected to Corner Bakery in test mode.');
  await expect(settings.status).toContainText('Stripe test mode — Corner Bakery (acct_');
  await expect(settings.status).toContainText('kept in a file on this computer that only your user account can read');
  await expect(settings.modeBadge).toHaveText('Stripe test mode · Corner Bakery');
  await expect(settings.keyField).toHaveValue('');
  await expect(settings.notice(settings.section)).toHaveCount(0);
  // the page never holds the key once it is sent
  expect(await page.content()).not.toContain('51CornerBakeryE2eKey');
  expect(await setting(page, 'sync.stripeEventsCursor')).toBeUndefined();
  // nothing of the demo reached the connected account
  expect(stripe.store.list('customer')).toEqual([]);
  expect(stripe.store.list('coupon')).toEqual([]);

  // the counter's reader followed without a reload: Stripe Terminal now, which needs the shop's address
  await nav.getByRole('link', { name: 'Counter' }).click();
  const readerPanel = page.getByRole('region', { name: 'Card reader', exact: true });
  await expect(readerPanel).toContainText('Stripe registers card readers to the shop’s address.');
  await expect(settings.notice(page.getByRole('main', { name: 'Counter' }))).toHaveCount(0);

  await page.reload();
  await expect(settings.modeBadge).toHaveText('Stripe test mode · Corner Bakery');
  await settings.open();

  await settings.disconnect();
  await expect(settings.section.getByRole('status')).toHaveText('Disconnected: the key is deleted from this device, and the app is back in sandbox mode.');
  await expect(settings.modeBadge).toHaveText('Sandbox');
  await expect(settings.status).toHaveText('Sandbox: no Stripe account is connected.');
  await expect(settings.notice(settings.section)).toContainText('No real Stripe account');
  await nav.getByRole('link', { name: 'Counter' }).click();
  await expect(readerPanel).not.toContainText('Stripe registers card readers to the shop’s address.');
  await expect(page.getByRole('region', { name: 'Simulated card reader' })).toBeVisible();
  await expect(settings.notice(page.getByRole('main', { name: 'Counter' }))).toContainText('No real Stripe account');

  const audit = await auditActions(page);
  expect(audit.filter((line) => line.startsWith('stripe.'))).toEqual([
    expect.stringMatching(/^stripe\.connect_refused \{"code":"stripe_refused","statusCode":401,/),
    expect.stringMatching(/^stripe\.connect \{"mode":"test","accountId":"acct_\w+","accountName":"Corner Bakery","demoRemoved":false\}$/),
    expect.stringMatching(/^stripe\.disconnect \{"mode":"test","accountId":"acct_\w+"\}$/),
  ]);
  expect(audit.join('\n')).not.toContain('51CornerBakeryE2eKey');
  expect(audit.join('\n')).not.toContain('51OldRolledKeyE2e');
});

test('when Stripe refuses the stored key, sync stops and the sync status and counter say nothing reaches Stripe until a key is connected again', async ({ page }) => {
  const counter = new CounterPage(page);
  const settings = new StripeSettingsPage(page);
  const nav = page.getByRole('navigation', { name: 'Screens' });
  await counter.open();
  await settings.open();
  const key = 'sk_test_51KeyRevokedLaterE2e00003';
  await settings.connect(key);
  await expect(settings.modeBadge).toHaveText('Stripe test mode · Corner Bakery');
  stripe.keys.revoke(key);

  await nav.getByRole('link', { name: 'Sync status' }).click();
  const syncScreen = page.getByRole('main', { name: 'Sync status' });
  await syncScreen.getByRole('button', { name: 'Sync now' }).click();
  const refused = /^Stripe refused the stored key: nothing reaches Stripe .* until a manager connects a key again in Settings\./;
  await expect(settings.notice(syncScreen)).toHaveText(refused);
  await expect(syncScreen.getByText('Stopped: Stripe refused the API key.')).toBeVisible();
  await nav.getByRole('link', { name: 'Counter' }).click();
  await expect(settings.notice(page.getByRole('main', { name: 'Counter' }))).toHaveText(refused);

  await settings.open();
  await settings.connect(GOOD_KEY);
  await expect(settings.modeBadge).toHaveText('Stripe test mode · Corner Bakery');
  await nav.getByRole('link', { name: 'Sync status' }).click();
  await expect(settings.notice(syncScreen)).toHaveCount(0);
  await settings.open();
  await settings.disconnect();
  await expect(settings.modeBadge).toHaveText('Sandbox');
});

/** Every object store of the app's IndexedDB, and the page's other storage, as JSON. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('referral-pos');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => resolve(open.result);
    });
    const stores: Record<string, unknown[]> = {};
    for (const name of Array.from(idb.objectStoreNames)) {
      stores[name] = await new Promise<unknown[]>((resolve) => {
        const read = idb.transaction(name).objectStore(name).getAll();
        read.onsuccess = () => resolve(read.result as unknown[]);
      });
    }
    idb.close();
    const globals = Object.getOwnPropertyNames(window).map((name) => {
      try {
        const value = (window as unknown as Record<string, unknown>)[name];
        return typeof value === 'string' ? value : typeof value === 'object' && value !== null && !(value instanceof Node) ? JSON.stringify(value) : '';
      } catch {
        return '';
      }
    });
    return JSON.stringify({ stores, local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie, globals, html: document.documentElement.outerHTML });
  });
}

test('the secret key is never in the page, its storage, the API answers, the exports or the server’s output', async ({ page }) => {
  const KEY = 'sk_test_51LeakHuntE2eSecret000004';
  const answers: string[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/api/')) void response.text().then((text) => answers.push(text), () => undefined);
  });
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  const counter = new CounterPage(page);
  const settings = new StripeSettingsPage(page);
  await counter.open();
  await settings.open();
  await settings.connect(KEY);
  await expect(settings.modeBadge).toHaveText('Stripe test mode · Corner Bakery');
  // a full round: a reload, the sync status, the audit log export
  await page.reload();
  await expect(settings.modeBadge).toHaveText('Stripe test mode · Corner Bakery');
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Sync status' }).click();
  await page.getByRole('main', { name: 'Sync status' }).getByRole('button', { name: 'Sync now' }).click();
  await page.goto(new URL('#/audit', page.url()).href);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export CSV/ }).click();
  const auditCsv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(auditCsv).toContain('stripe.connect');

  const secret = KEY.slice('sk_test_'.length);
  const places = { stored: await everythingStored(page), answers: answers.join('\n'), console: consoleLines.join('\n'), auditCsv, server: serverOutput.join('') };
  for (const [where, text] of Object.entries(places)) expect(text.includes(secret), `the key was found in ${where}`).toBe(false);

  await settings.open();
  await settings.disconnect();
  await expect(settings.modeBadge).toHaveText('Sandbox');
});
