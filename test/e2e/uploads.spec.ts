import { expect, test } from '@playwright/test';
import { CounterPage } from './pages/counter-page';
import { UploadsPage } from './pages/uploads-page';

test.describe('uploading converted customers later', () => {
  test('upload a converted-customers file twice: the second time nothing changes and the report says so', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const dana = await counter.demoCode('Dana Whitfield');
    const sam = await counter.demoCode('Sam Ortega');
    const uploads = new UploadsPage(page);
    await uploads.open();
    const text = [
      'Referral code,Name,Email,Amount,Order date',
      `${dana},Olive Offline,olive@example.com,45.00,2026-01-15`,
      `${dana},Bad Email,not-an-email,45.00,2026-01-15`,
      `${dana},Small Order,small@example.com,10.00,2026-01-15`,
      `${sam},Late Comer,late@example.com,45.00,2026-01-15`,
      `${dana},Pat Phone,pat@example.com,30,2026-01-16 10:30`,
    ].join('\n');
    await uploads.upload({ name: 'shop-sales.csv', text, keyKind: 'Referral code' });
    await expect(uploads.result).toHaveText('5 rows uploaded. New lead, qualified: 2 · Rejected: 2 · Unreadable row: 1');
    await expect(uploads.reportRow(2)).toContainText('New lead, qualified');
    await expect(uploads.reportRow(2)).toContainText("New lead for Dana Whitfield's code, qualified.");
    await expect(uploads.reportRow(3)).toContainText('“not-an-email” is not a complete email address.');
    await expect(uploads.reportRow(4)).toContainText('Order is below the minimum of $20.00.');
    await expect(uploads.reportRow(5)).toContainText('Used 5 of 5 times');
    await expect(uploads.earlier.getByRole('row', { name: /shop-sales\.csv/ })).toContainText('created 2');

    await uploads.upload({ name: 'shop-sales.csv', text, keyKind: 'Referral code' });
    await expect(uploads.result).toContainText('Nothing changed: this file was already uploaded on');
    await expect(uploads.result).toContainText('Unchanged: 5');
    await expect(uploads.reportRow(2)).toContainText('Unchanged');
    await expect(uploads.earlier.getByRole('table', { name: 'Uploads' }).getByRole('row')).toHaveCount(2);

    const leads = await uploads.downloadCsv(page.getByRole('button', { name: 'Export leads' }));
    expect(leads.filter((l) => l['Source'] === 'upload').map((l) => l['Email'])).toEqual(['olive@example.com', 'pat@example.com']);
  });

  test('a row already applied by another file is unchanged; a lead captured at the counter is qualified by its email', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const dana = await counter.demoCode('Dana Whitfield');
    const email = `counter-${Date.now()}@example.com`;
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '45.00', name: 'Counter Cleo', email });
    await expect(counter.recorded).toBeVisible();
    const uploads = new UploadsPage(page);
    await uploads.open();
    await uploads.upload({ name: 'monday.csv', text: `email\n${email}\n`, keyKind: 'Customer email' });
    await expect(uploads.reportRow(2)).toContainText('The lead captured at the counter is qualified.');
    await uploads.upload({ name: 'tuesday.csv', text: `email,code\n${email.toUpperCase()},${dana}\n`, keyKind: 'Customer email' });
    await expect(uploads.reportRow(2)).toContainText('Unchanged');
    await expect(uploads.reportRow(2)).toContainText('Already qualified: Converted customer uploaded in “monday.csv” (row 2).');
  });

  test('export leads: a name typed as a formula comes out as text', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const dana = await counter.demoCode('Dana Whitfield');
    const uploads = new UploadsPage(page);
    await uploads.open();
    const formula = '=HYPERLINK("http://evil.example","click")';
    await uploads.upload({ name: 'formula.csv', text: `code,name,email,amount\n${dana},"${formula.replaceAll('"', '""')}",formula@example.com,45\n`, keyKind: 'Referral code' });
    await expect(uploads.reportRow(2)).toContainText('New lead, qualified');
    const leads = await uploads.downloadCsv(page.getByRole('button', { name: 'Export leads' }));
    const lead = leads.find((l) => l['Email'] === 'formula@example.com');
    expect(lead).toMatchObject({ Name: `'${formula}`, Status: 'qualified', Source: 'upload', Referrer: 'Dana Whitfield', 'Referral code': dana });
    expect(lead?.['Reason']).toBe('Converted customer uploaded in “formula.csv” (row 2).');
    const report = await uploads.downloadCsv(uploads.report.getByRole('button', { name: 'Download report (CSV)' }));
    expect(report[0]).toMatchObject({ Row: '2', Outcome: 'New lead, qualified', Customer: `'${formula}` });
  });
});
