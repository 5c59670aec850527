import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { CounterPage } from './pages/counter-page';
import { PerformancePage } from './pages/performance-page';

/** The day after a YYYY-MM-DD day (calendar arithmetic, no time zone involved). */
function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

async function payCash(page: Page, amount: string): Promise<void> {
  const payment = page.getByRole('region', { name: 'Payment' });
  await payment.getByRole('button', { name: 'Cash' }).click();
  await payment.getByRole('textbox', { name: /Cash received/ }).fill(amount);
  await payment.getByRole('button', { name: 'Confirm cash payment' }).click();
  await expect(payment.getByLabel('Lead status')).toContainText('Qualified');
}

test.describe('reviewing referral code performance', () => {
  test('the numbers change after a sale is recorded and paid at the counter', async ({ page, context }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const code = await counter.demoCode('Dana Whitfield');
    const performance = new PerformancePage(page);
    await performance.open();
    await expect(performance.screen.getByRole('heading', { name: 'Performance of “Demo — Friends of the shop”' })).toBeVisible();
    // the demo: five referrers of the shop, each with a code; seven past sales, none paid
    await expect(performance.number('Referrers with a referral code')).toHaveText('5 of 5 (100%)');
    await expect(performance.number('Leads from referral codes')).toHaveText('7');
    await expect(performance.number('Qualified leads')).toHaveText('0');
    await expect(performance.number('Redemptions')).toHaveText('7');
    await expect(performance.coupon).toContainText('10% off');
    await expect(performance.coupon).toContainText('USD');
    await expect(performance.codeRow(code)).toContainText('Dana Whitfield');
    const usesBefore = Number(await performance.codeRow(code).getByRole('cell').nth(1).innerText());

    // a manager watches the report in a second window while the cashier sells
    const managerWindow = await context.newPage();
    await managerWindow.goto('/#/performance');
    const watched = new PerformancePage(managerWindow);
    await expect(watched.number('Qualified leads')).toHaveText('0');

    await page.getByRole('link', { name: 'Counter' }).click();
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '45.00', name: 'Perf Paula', email: `perf-${Date.now()}@example.com` });
    await payCash(page, '40.50');
    await expect(watched.number('Qualified leads')).toHaveText('1');
    await expect(watched.number('Redemptions')).toHaveText('8');

    await performance.open();
    await expect(performance.number('Leads from referral codes')).toHaveText('8');
    await expect(performance.number('Qualified leads')).toHaveText('1');
    await expect(performance.number('Redemptions')).toHaveText('8');
    await expect(performance.codeRow(code).getByRole('cell').nth(1)).toHaveText(String(usesBefore + 1));
    const today = await performance.to.inputValue();
    await expect(performance.chart.getByRole('img')).toHaveAccessibleName(/8 redemptions and 1 qualified leads in all/);
    await performance.chart.getByText('Daily numbers as a table').click();
    await expect(performance.chart.getByRole('row', { name: new RegExp(`^${today}`) })).toContainText('1');
    // once the sandbox's Stripe has the coupon, its id is shown
    await expect(performance.coupon).not.toContainText('Not in Stripe yet', { timeout: 45_000 });
  });

  test('the date range filters every number, and a wrong range says what is wrong', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const performance = new PerformancePage(page);
    await performance.open();
    const today = await performance.to.inputValue();
    await expect(performance.number('Leads from referral codes')).toHaveText('7');

    await performance.applyRange(today, nextDay(today));
    await expect(performance.number('Leads from referral codes')).toHaveText('0');
    await expect(performance.number('Redemptions')).toHaveText('0');
    await expect(performance.chart.getByRole('img')).toHaveAccessibleName(`Redemptions and qualified leads per day from ${today} to ${nextDay(today)}: 0 redemptions and 0 qualified leads in all.`);

    await performance.applyRange(nextDay(today), today);
    await expect(performance.range.getByRole('alert')).toHaveText('The last day is before the first day.');
    await expect(performance.to).toHaveAttribute('aria-invalid', 'true');
    await performance.applyRange('', today);
    await expect(performance.range.getByRole('alert')).toHaveText('Enter the first day of the range.');
    await performance.applyRange('2020-01-01', today);
    await expect(performance.range.getByRole('alert')).toContainText('choose at most 366');
    // the report kept the last good range
    await expect(performance.number('Leads from referral codes')).toHaveText('0');
  });

  test('exports the codes table and the daily numbers as CSV', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const dana = await counter.demoCode('Dana Whitfield');
    const performance = new PerformancePage(page);
    await performance.open();

    const codes = await performance.download('Export codes as CSV');
    expect(codes.name).toMatch(/^demo-friends-of-the-shop-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-codes\.csv$/);
    const rows = Papa.parse<Record<string, string>>(codes.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]!)).toEqual(['Code', 'Referrer', 'Uses', 'Uses in range', 'Limit', 'Expires', 'Status', 'In Stripe', 'Generated']);
    expect(rows.map((r) => r['Referrer']).sort()).toEqual(['Dana Whitfield', 'Lee Chen', 'Marco Rossi', 'Priya Natarajan', 'Sam Ortega']);
    expect(rows.find((r) => r['Code'] === dana)).toMatchObject({ Referrer: 'Dana Whitfield', Limit: '5', Status: 'Active' });
    expect(rows.find((r) => r['Referrer'] === 'Sam Ortega')).toMatchObject({ Uses: '5', Status: 'Used up' });
    expect(rows.find((r) => r['Referrer'] === 'Lee Chen')).toMatchObject({ Status: 'Deactivated' });

    const daily = await performance.download('Export daily numbers as CSV');
    const days = Papa.parse<string[]>(daily.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(days[0]).toEqual(['Day', 'Redemptions', 'Qualified leads']);
    expect(days).toHaveLength(31);
    expect(days.slice(1).reduce((n, row) => n + Number(row[1]), 0)).toBe(7);
  });
});

test.describe('diagnostics', () => {
  test('an unpaid sale’s lead fails the checklist with its fixes, reached from “Why?” at the counter', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '30.00', name: 'Unpaid Una', email: `unpaid-${Date.now()}@example.com` });
    await expect(counter.recorded).toContainText('Unpaid Una');
    await counter.recent.getByRole('link', { name: 'Why is Unpaid Una not qualified?' }).click();

    const screen = page.getByRole('main', { name: 'Diagnostics' });
    const checklist = screen.getByRole('list', { name: 'Checklist' });
    await expect(screen.getByLabel('Lead status')).toContainText('Pending');
    const stripe = checklist.getByRole('listitem', { name: 'Fail: Stripe is still connected.' });
    await expect(stripe).toContainText('This device runs in the sandbox');
    await expect(checklist.getByRole('listitem', { name: 'Pass: Qualify when referral code is used is enabled.' })).toBeVisible();
    await expect(checklist.getByRole('listitem', { name: 'Pass: The code used at checkout was generated for this campaign.' })).toBeVisible();
    const paid = checklist.getByRole('listitem', { name: 'Fail: The sale with the referral code was paid.' });
    await expect(paid).toContainText('Fix: Take the payment');

    // once the sale is paid, the same checklist passes that item
    await paid.getByRole('link', { name: 'Go to Counter' }).click();
    await counter.recent.getByRole('button', { name: 'Open the sale to Unpaid Una' }).click();
    await payCash(page, '27.00');
    await expect(counter.recent.getByRole('link', { name: 'Why is Unpaid Una not qualified?' })).toHaveCount(0);
    await page.goBack();
    await expect(checklist.getByRole('listitem', { name: 'Pass: The sale with the referral code was paid.' })).toBeVisible();

    await stripe.getByRole('link', { name: 'Go to Settings' }).click();
    await expect(page.getByRole('main', { name: 'Settings' })).toBeVisible();
  });

  test('a used-up code fails its checklist, reached from the performance table', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    const sam = await counter.demoCode('Sam Ortega');
    const performance = new PerformancePage(page);
    await performance.open();
    await performance.codeRow(sam).getByRole('link', { name: `Check code ${sam}` }).click();
    const checklist = page.getByRole('main', { name: 'Diagnostics' }).getByRole('list', { name: 'Checklist' });
    const rules = checklist.getByRole('listitem', { name: 'Fail: The referral code meets its expiration date and redemption limit today.' });
    await expect(rules).toContainText('Used 5 of 5 times');
    await expect(rules.getByRole('link', { name: 'Go to Campaigns' })).toHaveAttribute('href', '#/campaigns');
    await expect(checklist.getByRole('listitem', { name: 'Pass: The referral code is active.' })).toBeVisible();
  });
});
