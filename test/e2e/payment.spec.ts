import { expect, test } from '@playwright/test';
import { CounterPage } from './pages/counter-page';

test.describe('taking payment at the counter', () => {
  test('cash with change due, and the lead qualifies once paid', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '45.00', name: 'Cash Carl', email: `cash-${Date.now()}@example.com` });
    const payment = page.getByRole('region', { name: 'Payment' });
    await expect(payment).toContainText('$40.50 due');
    await expect(payment.getByRole('button', { name: 'Card', exact: true })).toHaveAccessibleDescription(/No card reader is connected: connect one in the Card reader panel/);
    await payment.getByRole('button', { name: 'Cash' }).click();
    const cash = payment.getByRole('textbox', { name: /Cash received/ });
    await cash.fill('40');
    await expect(payment.getByRole('alert')).toContainText('$40.00 is less than the $40.50 due.');
    await expect(payment.getByRole('button', { name: 'Confirm cash payment' })).toBeDisabled();
    await cash.fill('50');
    await expect(payment.getByLabel('Change due')).toHaveText('Change due: $9.50');
    await payment.getByRole('button', { name: 'Confirm cash payment' }).click();
    await expect(payment.getByRole('status', { name: 'Payment result' })).toHaveText('Paid in cash: $50.00 received, change $9.50.');
    await expect(payment.getByLabel('Lead status')).toContainText('Qualified');
    await expect(counter.recent.getByRole('row', { name: /Cash Carl/ })).toContainText('Paid');
  });

  test('offline, the card is unavailable and says why; pay later shows Stripe’s pay page once back online', async ({ page, context }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await counter.waitUntilSynced();
    await context.setOffline(true);
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '30', name: 'Later Lou', email: `later-${Date.now()}@example.com` });
    const payment = page.getByRole('region', { name: 'Payment' });
    await expect(payment.getByRole('button', { name: 'Card', exact: true })).toBeDisabled();
    await expect(payment.getByRole('button', { name: 'Card', exact: true })).toHaveAccessibleDescription(/Stripe Terminal cannot take a card offline/);
    await payment.getByRole('button', { name: 'Pay later' }).click();
    await payment.getByRole('button', { name: 'Record as pay later' }).click();
    await expect(payment).toContainText('once the sale reaches Stripe');
    await context.setOffline(false);
    await expect(payment.getByRole('link', { name: 'open the pay page' })).toBeVisible({ timeout: 45_000 });
    await expect(payment.getByRole('img', { name: 'QR code of the pay page' })).toBeVisible();
    await expect(payment.getByLabel('Lead status')).toContainText('Recorded to pay later');
  });

  test('refunds part of a cash sale, then the rest: the lead is disqualified; an unpaid sale can be voided', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const code = await counter.demoCode('Dana Whitfield');
    await counter.check(code);
    await counter.enterAmount('45.00');
    await counter.enterCustomer({ name: 'Refund Rita', email: `refund-${Date.now()}@example.com` });
    await counter.recordButton.click();
    const payment = page.getByRole('region', { name: 'Payment' });
    await payment.getByRole('button', { name: 'Cash' }).click();
    await payment.getByRole('textbox', { name: /Cash received/ }).fill('40.50');
    await payment.getByRole('button', { name: 'Confirm cash payment' }).click();

    const refund = payment.getByRole('form', { name: 'Refund' });
    await refund.getByRole('textbox', { name: /Refund amount/ }).fill('50');
    await refund.getByRole('button', { name: 'Refund' }).click();
    await expect(refund.getByRole('alert')).toHaveText('At most $40.50 can be refunded on this sale.');
    await refund.getByRole('textbox', { name: /Refund amount/ }).fill('10');
    await refund.getByRole('button', { name: 'Refund' }).click();
    await expect(payment.getByRole('status', { name: 'Payment result' })).toContainText('Refunded $10.00.');
    await expect(counter.recent.getByRole('row', { name: /Refund Rita/ })).toContainText('Partly refunded');
    await expect(payment.getByLabel('Lead status')).toContainText('Qualified');
    await expect(refund.getByRole('textbox', { name: /Refund amount/ })).toHaveValue('30.50');
    await refund.getByRole('button', { name: 'Refund' }).click();
    await expect(counter.recent.getByRole('row', { name: /Refund Rita/ })).toContainText('Refunded');
    await expect(payment.getByLabel('Lead status')).toHaveText('Lead: Disqualified: The sale was refunded in full.');

    await counter.check(code);
    await counter.enterAmount('25');
    await counter.enterCustomer({ name: 'Void Vic', email: `void-${Date.now()}@example.com` });
    await counter.recordButton.click();
    await payment.getByRole('button', { name: 'Void sale' }).click();
    await payment.getByRole('button', { name: 'Yes, void the sale' }).click();
    await expect(payment.getByRole('status', { name: 'Payment result' })).toHaveText('Sale voided. Nothing was charged.');
    await expect(counter.recent.getByRole('row', { name: /Void Vic/ })).toContainText('Voided');
    await counter.recent.getByRole('button', { name: 'Open the sale to Refund Rita' }).click();
    await expect(payment.getByLabel('Lead status')).toContainText('Disqualified');
  });

  test('a manager caps pay later on this device, and the counter says by how much a sale is over', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Settings' }).click();
    const settings = page.getByRole('main', { name: 'Settings' });
    await settings.getByRole('textbox', { name: /Pay-later cap/ }).fill('-5');
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(settings.getByRole('alert')).toHaveText('The pay-later cap cannot be negative.');
    await settings.getByRole('textbox', { name: /Pay-later cap/ }).fill('20');
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(settings.getByRole('status')).toHaveText('Saved: at most $20.00 may be left to pay later on this device.');

    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Counter' }).click();
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '30', name: 'Capped Cal', email: `capped-${Date.now()}@example.com` });
    const payment = page.getByRole('region', { name: 'Payment' });
    await payment.getByRole('button', { name: 'Pay later' }).click();
    await payment.getByRole('button', { name: 'Record as pay later' }).click();
    await expect(payment.getByRole('alert')).toHaveText('Pay later is capped at $20.00 on this device; $0.00 is already outstanding, so at most $20.00 more.');
    await expect(counter.recent.getByRole('row', { name: /Capped Cal/ })).toContainText('Awaiting payment');
  });

  test('a manager enters the shop’s address for card readers; a wrong field is named and nothing is saved', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Settings' }).click();
    const form = page.getByRole('form', { name: 'Shop address for card readers' });
    await form.getByRole('textbox', { name: 'Shop name' }).fill('Front counter');
    await form.getByRole('textbox', { name: 'Street address' }).fill('1 Main St');
    await form.getByRole('textbox', { name: 'City' }).fill('Springfield');
    await form.getByRole('textbox', { name: 'Postal code' }).fill('12345');
    await form.getByRole('textbox', { name: /Country/ }).fill('USA');
    await form.getByRole('button', { name: 'Save address' }).click();
    await expect(form.getByRole('alert')).toHaveText('Country must be a two-letter country code.');
    await page.reload();
    await expect(form.getByRole('textbox', { name: 'Shop name' })).toHaveValue('');

    await form.getByRole('textbox', { name: 'Shop name' }).fill('Front counter');
    await form.getByRole('textbox', { name: 'Street address' }).fill('1 Main St');
    await form.getByRole('textbox', { name: 'City' }).fill('Springfield');
    await form.getByRole('textbox', { name: 'Postal code' }).fill('12345');
    await form.getByRole('textbox', { name: /State or region/ }).fill('IL');
    await form.getByRole('textbox', { name: /Country/ }).fill('us');
    await form.getByRole('button', { name: 'Save address' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved: card readers are registered to Front counter.');
    await page.reload();
    await expect(form.getByRole('textbox', { name: /Country/ })).toHaveValue('US');
    await expect(form.getByRole('textbox', { name: /State or region/ })).toHaveValue('IL');
  });
});
