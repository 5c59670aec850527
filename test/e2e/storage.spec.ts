import { expect, test, type Page } from '@playwright/test';
import { fillStorage, freeStorage, limitQuota, setPersistentStorage } from './browser-storage';
import { storedCounts } from './stored-records';
import { CounterPage } from './pages/counter-page';
import { PhonePage } from './pages/phone-page';

const REFUSED = 'The browser refused persistent storage: under storage pressure it could delete sales that have not synced yet. Install the desktop app or allow storage for this site.';
const UNSUPPORTED = 'This browser cannot keep storage persistent: sales that have not synced could be lost if it clears its data.';

function originOf(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('The e2e config sets baseURL.');
  return new URL(baseURL).origin;
}

function storageWarning(page: Page) {
  return page.getByRole('alert', { name: 'Storage warning' });
}

test.describe('persistent storage', () => {
  test('the browser refuses it: every screen warns that unsynced sales could be deleted', async ({ page, baseURL }) => {
    await setPersistentStorage(page, 'denied', originOf(baseURL));
    const counter = new CounterPage(page);
    await counter.open();
    await expect(storageWarning(page)).toHaveText(REFUSED);
    await new PhonePage(page).open();
    await expect(storageWarning(page)).toHaveText(REFUSED);
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(false);
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'persistent-storage' })).state)).toBe('denied');
  });

  test('the browser grants it: no warning', async ({ page, baseURL }) => {
    await setPersistentStorage(page, 'granted', originOf(baseURL));
    const counter = new CounterPage(page);
    await counter.open();
    await expect.poll(() => page.evaluate(() => navigator.storage.persisted())).toBe(true);
    // long after the app asked (its first sync is done), still no warning
    await counter.waitUntilSynced();
    await expect(storageWarning(page)).toHaveCount(0);
  });

  test('a browser without the Storage API: the till says it cannot keep storage persistent', async ({ page }) => {
    // a browser that has no navigator.storage.persist at all (older WebViews, some kiosks' browsers)
    await page.addInitScript(() => {
      delete (StorageManager.prototype as { persist?: unknown }).persist;
    });
    const counter = new CounterPage(page);
    await counter.open();
    await expect(storageWarning(page)).toHaveText(UNSUPPORTED);
  });
});

/** The tables a sale or phone order writes to, all in one transaction. */
const SALE_TABLES = ['redemptions', 'customers', 'leads', 'outbox', 'audit', 'codes', 'checkouts'] as const;

test('a full disk: the sale and the phone order are refused in plain words, nothing is half-saved, and both work once space is freed', async ({ page, context, baseURL }) => {
  // a small device: 24 MB for this origin, set before the app's first write (Chromium's real quota check)
  await limitQuota(context, page, originOf(baseURL), 24 * 1024 * 1024);
  const counter = new CounterPage(page);
  await counter.open();
  await counter.waitUntilSynced();
  const code = await counter.demoCode('Dana Whitfield');
  const email = `full-disk-${Date.now()}@example.com`;
  await counter.check(code);
  await counter.enterAmount('60.00');
  await counter.enterCustomer({ name: 'Frida Full', email });

  expect(await fillStorage(page)).toBe('QuotaExceededError');
  const before = await storedCounts(page, SALE_TABLES);
  await counter.recordButton.click();
  await expect(counter.problems).toHaveText(
    "The redemption was NOT saved: this device's storage is full. Let the till sync, then free space (close other apps, delete old files) and try again; take the customer's details on paper meanwhile.",
  );
  await expect(counter.recorded).toHaveCount(0);
  expect(await storedCounts(page, SALE_TABLES)).toEqual(before);

  const phone = new PhonePage(page);
  await phone.open();
  await phone.typeCode(code);
  await expect(phone.verdict).toContainText('✓ Valid');
  await phone.amountField.fill('80');
  await phone.enterCaller({ name: 'Phil Phone', email: `full-disk-phone-${Date.now()}@example.com` });
  await phone.caller.getByRole('button', { name: 'Record order for payment at the store' }).click();
  await expect(phone.problems).toHaveText(
    "The order was NOT saved: this device's storage is full. Let the till sync, then free space (close other apps, delete old files) and try again; take the customer's details on paper meanwhile.",
  );
  await expect(phone.recorded).toHaveCount(0);
  expect(await storedCounts(page, SALE_TABLES)).toEqual(before);

  // space freed: the same screens record, without reloading
  await freeStorage(page);
  await phone.caller.getByRole('button', { name: 'Record order for payment at the store' }).click();
  await expect(phone.recorded).toContainText('Order recorded for Phil Phone: $80.00 order');
  await expect(phone.problems).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Counter' }).click();
  await counter.check(code);
  await counter.enterAmount('60.00');
  await counter.enterCustomer({ name: 'Frida Full', email });
  await counter.recordButton.click();
  await expect(counter.recorded).toContainText('Redemption recorded for Frida Full');
  const after = await storedCounts(page, SALE_TABLES);
  expect(after['redemptions']).toBe(before['redemptions']! + 2);
  await counter.waitUntilSynced();
});
