import { expect, test } from '@playwright/test';
import { CampaignsPage, localDay } from './pages/campaigns-page';
import { CounterPage } from './pages/counter-page';
import { ReferrersPage } from './pages/referrers-page';
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

  test('a reload in the middle of a large upload: the screen says where it stopped, and the same file again finishes it without doubling a lead', async ({ page }) => {
    await page.clock.install();
    const counter = new CounterPage(page);
    await counter.open();
    const stamp = Date.now();
    const campaigns = new CampaignsPage(page);
    await campaigns.open();
    await campaigns.startNew();
    await campaigns.fill({ name: `Fair ${stamp}`, currency: 'usd', percentOff: '10' });
    await campaigns.form().getByRole('button', { name: 'Create campaign' }).click();
    await expect(campaigns.saved).toContainText(`Campaign “Fair ${stamp}” created and made active.`);
    await expect(campaigns.switcher.locator('option:checked')).toHaveText(`Fair ${stamp}`);
    const referrers = new ReferrersPage(page);
    await referrers.open();
    await referrers.add({ name: 'Fay Fair', email: `fay-${stamp}@example.com`, generateCode: true });
    await expect(referrers.row('Fay Fair').locator('code')).toHaveText(/\S/);
    const code = await referrers.codeOf('Fay Fair');

    const rows = Array.from({ length: 6_000 }, (_, i) => `${code},Buyer ${i},fair-${stamp}-${i}@example.com,30.00,${localDay(Date.now())}`);
    const text = ['Referral code,Name,Email,Amount,Order date', ...rows].join('\n');
    const uploads = new UploadsPage(page);
    await uploads.open();
    await uploads.form.getByRole('radio', { name: 'Referral code' }).check();
    await uploads.form.getByLabel('Converted customers file (CSV)').setInputFiles({ name: 'fair-sales.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await uploads.form.getByRole('checkbox', { name: 'The new customers in this file agreed to be contacted by us' }).check();
    // time stands still: the upload stops after its first chunk of 5,000 rows, and the page is reloaded there
    await page.clock.pauseAt(Date.now() + 60_000);
    await uploads.form.getByRole('button', { name: 'Upload converted customers' }).click();
    await expect(uploads.form.getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute('value', '5000');
    await page.reload();
    await page.clock.resume();

    await uploads.open();
    const unfinished = uploads.form.getByRole('list', { name: 'Unfinished uploads' }).getByRole('alert');
    await expect(unfinished).toHaveText(/^The upload of “fair-sales\.csv” stopped after 5,000 of 6,000 rows: the app was closed or reloaded while it ran\./);
    await uploads.upload({ name: 'fair-sales.csv', text, keyKind: 'Referral code' });
    await expect(uploads.result).toHaveText('6,000 rows uploaded. New lead, qualified: 1,000 · Unchanged: 5,000');
    await expect(unfinished).toHaveCount(0);

    const leads = await uploads.downloadCsv(page.getByRole('button', { name: 'Export leads' }));
    const fair = leads.filter((l) => l['Email']?.startsWith(`fair-${stamp}-`));
    expect(fair).toHaveLength(6_000);
    expect(new Set(fair.map((l) => l['Email'])).size).toBe(6_000);
  });
});
