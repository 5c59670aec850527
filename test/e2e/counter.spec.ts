import { expect, test } from '@playwright/test';
import { checkCharacter } from '../../shared/domain/check-character';
import { CounterPage } from './pages/counter-page';
import { UsbKeyboard } from './pages/usb-keyboard';

test.describe('the counter', () => {
  test('redeems a valid code and the sale is still there after a reload', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const code = await counter.demoCode('Dana Whitfield');
    await counter.check(code.toLowerCase());
    await expect(counter.verdict).toContainText('✓ Valid');
    await expect(counter.verdict).toContainText('Referred by Dana Whitfield');
    await expect(counter.verdict).toContainText('10% off');
    await expect(counter.verdict).toContainText('5 of 5 uses left');

    await counter.enterAmount('45.00');
    await expect(counter.verdict).toContainText('Discount on this order: $4.50');
    await counter.enterCustomer({ name: 'Jane Doe', email: 'jane@example.com' });
    await counter.recordButton.click();
    await expect(counter.recorded).toContainText('Redemption recorded for Jane Doe: $45.00 order, $4.50 off');
    await counter.waitUntilSynced();

    await page.reload();
    await expect(counter.recent.getByRole('row', { name: /Jane Doe/ })).toContainText('Awaiting payment');
    await counter.check(code);
    await expect(counter.verdict).toContainText('4 of 5 uses left');
  });

  test('shows the exact reason for each code that cannot be used', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const cases: [string, RegExp][] = [
      ['Sam Ortega', /Used 5 of 5 times/],
      ['Priya Natarajan', /Expired on \d{1,2} \w{3} \d{4}/],
      ['Lee Chen', /deactivated/],
      ['Jo Park', /belongs to the “Demo — Gym buddies” campaign/],
    ];
    for (const [referrer, reason] of cases) {
      await counter.check(await counter.demoCode(referrer));
      await expect(counter.verdict).toContainText('✗ Not valid');
      await expect(counter.reasons()).toContainText([reason]);
    }
  });

  test('refuses an order below the minimum and a returning customer, with the amount and the rule', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await counter.check(await counter.demoCode('Dana Whitfield'));
    await counter.enterAmount('19.99');
    await expect(counter.reasons()).toContainText(['Order is below the minimum of $20.00.']);
    await counter.enterAmount('25');
    await counter.enterCustomer({ name: 'Alex', email: 'ALEX@example.com' });
    await expect(counter.reasons()).toContainText([/Not a first-time customer/]);
    await expect(counter.recordButton).toBeDisabled();
  });

  test('says a well-formed code is unknown, and suggests the intended code for a typo', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const unknownBody = 'ZZZZZZZZ';
    await counter.check(unknownBody + checkCharacter(unknownBody));
    await expect(counter.reasons()).toContainText(['Unknown referral code.']);

    const code = (await counter.demoCode('Dana Whitfield')).replaceAll('-', '');
    const i = [...code].findIndex((c, k) => k > 0 && c !== code[k - 1]) - 1;
    const swapped = code.slice(0, i) + code[i + 1]! + code[i]! + code.slice(i + 2);
    await counter.check(swapped);
    await expect(counter.verdict).toContainText('This code has a typo');
    await counter.verdict.getByRole('button', { name: /Dana Whitfield/ }).click();
    await expect(counter.verdict).toContainText('✓ Valid');
  });

  test('catches a barcode scan typed into another field, and leaves that field as it was', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const code = await counter.demoCode('Dana Whitfield');
    const name = page.getByRole('textbox', { name: 'Customer name' });
    await name.click();
    const keyboard = new UsbKeyboard(page);
    await keyboard.type('Jo', 150);
    await keyboard.type(code.replaceAll('-', ''), 4, 400);
    await keyboard.enter(4);
    await expect(counter.verdict).toContainText('Referred by Dana Whitfield');
    await expect(name).toHaveValue('Jo');
    await expect(counter.codeField).toHaveValue(code.replaceAll('-', ''));
  });

  test('leaves a cashier typing a name and pressing Enter alone', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const name = page.getByRole('textbox', { name: 'Customer name' });
    await name.click();
    const keyboard = new UsbKeyboard(page);
    await keyboard.type('Jonathan', 110);
    await keyboard.enter(150);
    await expect(name).toHaveValue('Jonathan');
    await expect(counter.codeField).toHaveValue('');
    await expect(counter.verdict).toContainText('Scan or type a referral code.');
  });

  test('records a redemption while the browser is offline', async ({ page, context }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await counter.waitUntilSynced();
    await context.setOffline(true);
    await expect(counter.connection).toContainText('Offline');
    await counter.check(await counter.demoCode('Dana Whitfield'));
    await counter.enterAmount('30');
    await counter.enterCustomer({ name: 'Offline Olga', phone: '+1 555 010 2000' });
    await counter.recordButton.click();
    await expect(counter.recorded).toContainText('Redemption recorded for Offline Olga');
    await expect(counter.connection).toContainText('Offline · 2 items waiting to sync');
    await context.setOffline(false);
    await counter.waitUntilSynced();
    await page.reload();
    await expect(counter.recent.getByRole('row', { name: /Offline Olga/ })).toContainText('$3.00');
  });

  test('answers pasted junk with a clear message and records nothing', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await counter.waitUntilSynced();
    const junk: [string, RegExp][] = [
      ['x'.repeat(5000), /at most 500 characters/],
      ['\u0000\u0001\u0002K7QM', /unreadable characters/],
      ['https://evil.example/r/K7QMX4PDR', /web link, not a referral code/],
      ['DANA#10', /only contain letters, digits and dashes|“#”/],
    ];
    for (const [text, message] of junk) {
      await counter.check(text);
      await expect(counter.verdict).toContainText(message);
      await expect(counter.recordButton).toBeDisabled();
    }
    await expect(counter.connection).toContainText('Online · 0 items waiting to sync');
  });

  test('removes the demo data on request, and it stays removed after a reload', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const code = await counter.demoCode('Dana Whitfield');
    const banner = page.getByRole('region', { name: 'Demo data' });
    await banner.getByRole('button', { name: 'Remove demo data' }).click();
    await banner.getByRole('button', { name: 'Yes, remove demo data' }).click();
    await expect(banner).toBeHidden();
    await expect(page.getByRole('region', { name: 'Demo codes' })).toBeHidden();
    await expect(page.getByRole('status', { name: 'No campaign' })).toContainText('There is no campaign yet');
    await page.reload();
    await expect(page.getByRole('status', { name: 'No campaign' })).toBeVisible();
    await expect(banner).toBeHidden();
    await expect(counter.codeField).toBeDisabled();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  });
});
