import { expect, test, type Page } from '@playwright/test';
import { phoneticGroups } from '../../shared/domain/phonetic';
import { CounterPage } from './pages/counter-page';
import { PhonePage } from './pages/phone-page';
import { read, stripe } from './sandbox-stripe';

/** The demo's Dana Whitfield and her code, as printed, from the counter's demo table. */
async function danasCode(page: Page, options: { synced: boolean }): Promise<string> {
  const counter = new CounterPage(page);
  await counter.open();
  if (options.synced) await counter.waitUntilSynced();
  return counter.demoCode('Dana Whitfield');
}

/** The code with two neighbouring characters of its first group swapped: what a caller's slip sounds like. */
function swapped(code: string): string {
  const chars = [...code];
  const at = chars.findIndex((c, i) => i < 3 && c !== chars[i + 1]);
  [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  return chars.join('');
}

/** Leads as this device stored them (there is no lead list on screen yet). */
async function storedLeads(page: Page): Promise<{ name: string; source: string; consent: { method: string }; note: string | null }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('referral-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('leads').objectStore('leads').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

function sessionIdOf(url: string): string {
  return new URL(url).pathname.split('/').at(-1)!;
}

test('a code read aloud with a slip offers the right code with the referrer’s first name, then reads it back', async ({ page }) => {
  const code = await danasCode(page, { synced: false });
  const phone = new PhonePage(page);
  await phone.open();

  await phone.typeCode(swapped(code));
  await expect(phone.verdict).toContainText('This code has a typo');
  await expect(phone.suggestions).toBeFocused();
  await expect(phone.suggestions.getByRole('option', { name: `${code}, referred by Dana?` })).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(phone.verdict).toContainText('✓ Valid');
  await expect(phone.verdict).toContainText('Referred by Dana Whitfield');
  await expect(phone.codeField).toHaveValue(code);
  await expect(phone.readBack).toContainText(`Read back to the caller: ${code}`);
  const groups = phoneticGroups(code);
  await expect(phone.readBack.getByRole('listitem')).toHaveText(groups.map((g) => g.join(', ')));
  expect(groups[0]!.every((word) => /^[0-9] [a-z]+$|^[A-Z] as in [A-Z][a-z-]+$/.test(word))).toBe(true);
  await expect(phone.amountField).toBeFocused();
});

test('a caller without the code: the referrer is found by name and the order recorded for the store, with verbal consent and a note', async ({ page }) => {
  const code = await danasCode(page, { synced: false });
  const phone = new PhonePage(page);
  await phone.open();

  await page.keyboard.press('Alt+KeyF');
  await expect(phone.finder.getByRole('searchbox', { name: 'Find the referrer' })).toBeFocused();
  await page.keyboard.type('whitf');
  const dana = phone.finder.getByRole('list', { name: 'Referrers found' }).getByRole('listitem', { name: 'Dana Whitfield' });
  await expect(dana).toContainText('dana@demo.example');
  await dana.getByRole('button', { name: `Use code ${code} of Dana Whitfield` }).click();
  await expect(phone.verdict).toContainText('✓ Valid');
  await expect(phone.amountField).toBeFocused();

  await page.keyboard.type('80');
  await page.keyboard.press('Enter');
  await expect(phone.caller.getByRole('textbox', { name: 'Caller name' })).toBeFocused();
  const email = `phone-store-${Date.now()}@example.com`;
  await phone.enterCaller({ name: 'Vera Verbal', email, note: 'Wants the blue model; calls back Friday', agreed: false });
  await phone.caller.getByRole('textbox', { name: 'Caller name' }).press('Enter');
  await expect(phone.problems).toContainText('tick “Caller agreed verbally”');
  await expect(phone.recorded).toHaveCount(0);

  await phone.caller.getByRole('checkbox', { name: 'Caller agreed verbally' }).check();
  await phone.caller.getByRole('textbox', { name: 'Email' }).press('Enter');
  await expect(phone.recorded).toContainText(`Order recorded for Vera Verbal: $80.00 order, $8.00 off with ${code}. Awaiting payment at the store.`);
  const lead = (await storedLeads(page)).find((l) => l.name === 'Vera Verbal');
  expect(lead).toMatchObject({ source: 'phone', consent: { method: 'verbal' }, note: 'Wants the blue model; calls back Friday' });
});

test('a payment link is made in Stripe with the referral code and the shop’s page, shown as address and QR code, and copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const code = await danasCode(page, { synced: true });
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Settings' }).click();
  const pages = page.getByRole('form', { name: 'Payment link pages' });
  await pages.getByRole('textbox', { name: /After payment/ }).fill('shop.example/thanks');
  await pages.getByRole('button', { name: 'Save pages' }).click();
  await expect(pages.getByRole('alert')).toHaveText('“shop.example/thanks” is not a web address: start it with https://');
  await pages.getByRole('textbox', { name: /After payment/ }).fill('https://shop.example/thanks');
  await pages.getByRole('button', { name: 'Save pages' }).click();
  await expect(pages.getByRole('status')).toHaveText('Saved: new payment links use these pages.');
  const phone = new PhonePage(page);
  await phone.open();
  await phone.typeCode(code);
  await phone.amountField.fill('80');
  const email = `phone-link-${Date.now()}@example.com`;
  await phone.enterCaller({ name: 'Lina Link', email, note: 'Pays tonight' });
  await phone.sendLinkButton().click();

  await expect(phone.recorded).toContainText(`Lead recorded for Lina Link with ${code}`);
  const address = phone.paymentLink.getByRole('link', { name: 'Payment link address' });
  await expect(address).toBeVisible({ timeout: 45_000 });
  await expect(phone.paymentLink.getByRole('img', { name: 'QR code of the payment link' })).toBeVisible();
  const url = (await address.textContent())!;
  await phone.paymentLink.getByRole('button', { name: 'Copy link' }).click();
  await expect(phone.paymentLink.getByRole('status')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const session = await read(() => stripe.checkout.sessions.retrieve(sessionIdOf(url)));
  const [promotionCode] = (await read(() => stripe.promotionCodes.list({ code: code.replaceAll('-', '') }))).data;
  expect(session).toMatchObject({
    url,
    mode: 'payment',
    status: 'open',
    customer_email: email,
    amount_subtotal: 8000,
    amount_total: 7200,
    discounts: [{ promotion_code: promotionCode!.id }],
    success_url: 'https://shop.example/thanks',
    // no back page set: the site of the campaign's referral link (the demo's https://shop.example/r/{code})
    cancel_url: 'https://shop.example',
  });
  expect(session.metadata).toMatchObject({ referral_code: code.replaceAll('-', '') });
});

test('offline, the payment link is queued, the rep is told, and it appears once the till is back online', async ({ page, context }) => {
  const code = await danasCode(page, { synced: true });
  const phone = new PhonePage(page);
  await phone.open();
  await context.setOffline(true);
  await phone.typeCode(code);
  await phone.amountField.fill('50');
  const email = `phone-offline-${Date.now()}@example.com`;
  await phone.enterCaller({ name: 'Otto Offline', email });
  await phone.caller.getByRole('textbox', { name: 'Caller name' }).press('Control+Enter');

  await expect(phone.paymentLink.getByRole('status')).toHaveText('Queued: the link is created when the till is back online.');
  expect((await read(() => stripe.customers.list({ email }))).data).toHaveLength(0);

  await context.setOffline(false);
  const address = phone.paymentLink.getByRole('link', { name: 'Payment link address' });
  await expect(address).toBeVisible({ timeout: 45_000 });
  const sessionId = sessionIdOf((await address.textContent())!);
  const session = await read(() => stripe.checkout.sessions.retrieve(sessionId));
  expect(session).toMatchObject({ customer_email: email, amount_subtotal: 5000, amount_total: 4500, status: 'open' });
});

test('a payment link Stripe refuses is explained to the rep and waits as a conflict on the Sync status screen', async ({ page }) => {
  const code = await danasCode(page, { synced: true });
  // the code is retired in Stripe (another till, the dashboard); this device has not heard yet
  const [promotionCode] = (await read(() => stripe.promotionCodes.list({ code: code.replaceAll('-', '') }))).data;
  await read(() => stripe.promotionCodes.update(promotionCode!.id, { active: false }));
  try {
    const phone = new PhonePage(page);
    await phone.open();
    await phone.typeCode(code);
    await phone.amountField.fill('60');
    await phone.enterCaller({ name: 'Rita Refused', email: `phone-refused-${Date.now()}@example.com` });
    await phone.sendLinkButton().click();

    await expect(phone.paymentLink.getByRole('alert')).toContainText('Stripe refused the payment link:', { timeout: 45_000 });
    await expect(phone.paymentLink.getByRole('link', { name: 'Payment link address' })).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Sync status' }).click();
    const conflict = page.getByRole('listitem', { name: /^Conflict: Payment link for Rita Refused, \$60\.00 with / });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('button', { name: 'Send again' })).toBeVisible();
    await expect(conflict.getByRole('button', { name: 'Cancel the payment link' })).toBeVisible();
  } finally {
    await read(() => stripe.promotionCodes.update(promotionCode!.id, { active: true }));
  }
});
