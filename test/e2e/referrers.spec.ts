import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CounterPage } from './pages/counter-page';
import { ReferrersPage } from './pages/referrers-page';
import { read, stripe } from './sandbox-stripe';
import { storedCount } from './stored-records';

async function openReferrers(page: Page): Promise<{ counter: CounterPage; referrers: ReferrersPage }> {
  const counter = new CounterPage(page);
  await counter.open();
  const referrers = new ReferrersPage(page);
  await referrers.open();
  return { counter, referrers };
}

async function checkAtCounter(page: Page, counter: CounterPage, code: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Counter' }).click();
  await counter.check(code);
}

test('a referrer added with a code is found by search and accepted at the counter, and refused once deactivated', async ({ page }) => {
  const { counter, referrers } = await openReferrers(page);
  await expect(referrers.screen).toContainText('Adding, importing or syncing referrers never emails anyone.');

  // bad input is refused field by field, and nothing is added
  await referrers.add({ name: '', email: 'nina@', generateCode: true });
  await expect(referrers.addForm.getByRole('alert')).toHaveText(["Enter the referrer's name.", '“nina@” is not a complete email address.']);
  // the demo's Dana already refers with this email
  await referrers.add({ name: 'Dana Again', email: 'DANA@demo.example', generateCode: true });
  await expect(referrers.addForm.getByRole('alert')).toHaveText('Dana Whitfield (dana@demo.example) already refers for this campaign with this email address.');

  await referrers.add({ name: 'Nina Novak', email: 'nina@example.com', phone: '+1 555 010 7777', generateCode: true });
  await expect(referrers.addForm.getByRole('status')).toContainText(/Added Nina Novak with referral code [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/);
  await referrers.find('novak');
  await expect(referrers.list.getByRole('row')).toHaveCount(2);
  const code = await referrers.codeOf('Nina Novak');
  for (const text of ['nina@example', '555 010 7777', code.slice(0, 7)]) {
    await referrers.find(text);
    await expect(referrers.row('Nina Novak')).toBeVisible();
  }

  await checkAtCounter(page, counter, code);
  await expect(counter.verdict).toContainText('✓ Valid');
  await expect(counter.verdict).toContainText('Referred by Nina Novak');

  await referrers.open();
  await referrers.find('Nina');
  await referrers.row('Nina Novak').getByRole('button', { name: 'Deactivate Nina Novak' }).click();
  await referrers.dialog('Deactivate Nina Novak?').getByRole('button', { name: 'Deactivate referrer' }).click();
  await expect(referrers.row('Nina Novak')).toContainText('Deactivated');
  await checkAtCounter(page, counter, code);
  await expect(counter.verdict).toContainText('✗ Not valid');
  await expect(counter.reasons()).toContainText([/deactivated/]);
});

test('replacing a code: the old one is refused at the counter, the new one works; an edit is checked like an add', async ({ page }) => {
  const { counter, referrers } = await openReferrers(page);
  await referrers.find('Dana');
  const old = await referrers.codeOf('Dana Whitfield');
  await referrers.row('Dana Whitfield').getByRole('button', { name: 'Replace code of Dana Whitfield' }).click();
  await referrers.dialog('Replace the code of Dana Whitfield?').getByRole('button', { name: 'Replace code' }).click();
  await expect(referrers.row('Dana Whitfield')).toContainText(`Deactivated: ${old}`);
  const fresh = await referrers.codeOf('Dana Whitfield');
  expect(fresh).not.toBe(old);
  await checkAtCounter(page, counter, old);
  await expect(counter.reasons()).toContainText([/deactivated/]);
  await counter.check(fresh);
  await expect(counter.verdict).toContainText('Referred by Dana Whitfield');

  // editing checks like adding: Sam's email is taken
  await referrers.open();
  await referrers.find('Dana');
  await referrers.row('Dana Whitfield').getByRole('button', { name: 'Edit Dana Whitfield' }).click();
  const form = page.getByRole('form', { name: 'Edit Dana Whitfield' });
  await form.getByRole('textbox', { name: 'Email' }).fill('sam@demo.example');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toHaveText('Sam Ortega (sam@demo.example) already refers for this campaign with this email address.');
  await form.getByRole('textbox', { name: 'Name' }).fill('Dana Whitfield-Smith');
  await form.getByRole('textbox', { name: 'Email' }).fill('dana.ws@example.com');
  await form.getByRole('button', { name: 'Save' }).click();
  await referrers.find('dana.ws@');
  await expect(referrers.row('Dana Whitfield-Smith')).toContainText(fresh);
});

test('a CSV import maps the columns, previews, and reports a bad row and duplicates by row number', async ({ page }) => {
  const { referrers } = await openReferrers(page);
  const csv = ['Full name,E-mail,Mobile', 'Olga Ortiz,olga@example.com,', 'No Contact,,', 'Olga Twin,OLGA@example.com,', 'Sam Again,sam@demo.example,', 'Pete Phone,,+44 20 7946 0001'].join('\n');
  await referrers.chooseCsv('referrers.csv', csv);
  const section = referrers.importSection;
  await expect(section.getByRole('combobox', { name: 'Name column' })).toHaveValue('0');
  await expect(section.getByRole('combobox', { name: 'Phone column' })).toHaveValue('2');
  await expect(section.getByRole('table', { name: 'Preview' }).getByRole('row')).toHaveCount(6);
  await expect(section.getByRole('status', { name: 'Import check' })).toHaveText('5 rows: 2 to import, 3 not imported.');
  await expect(section.getByRole('list', { name: 'Rows not imported' }).getByRole('listitem')).toHaveText([
    "Row 3: Enter the referrer's email or phone number (at least one).",
    'Row 4: Same email address as row 2.',
    'Row 5: Sam Ortega (sam@demo.example) already refers for this campaign with this email address.',
  ]);
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Download the rows not imported (CSV)' }).click()]);
  const report = await readFile((await download.path())!, 'utf8');
  expect(report.split('\r\n')).toEqual([
    'row,problem,reason',
    "3,invalid,Enter the referrer's email or phone number (at least one).",
    '4,duplicate in the file,Same email address as row 2.',
    '5,already a referrer,Sam Ortega (sam@demo.example) already refers for this campaign with this email address.',
  ]);
  await section.getByRole('checkbox', { name: 'Generate referral codes for the imported referrers' }).check();
  await section.getByRole('button', { name: 'Import 2 referrers' }).click();
  await expect(section.getByRole('status', { name: 'Import result' })).toHaveText('Imported 2 referrers with 2 referral codes; 3 rows not imported.');
  await referrers.find('Olga');
  await expect(referrers.list.getByRole('row')).toHaveCount(2);
  await expect(referrers.row('Olga Ortiz')).toContainText('CSV import');
  await expect(referrers.row('Olga Ortiz').locator('code')).toHaveText(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/);
});

test('generates codes for 1,000 imported referrers with a confirmation, a progress bar, a cancel and a resume', async ({ page }) => {
  await page.clock.install();
  const { counter, referrers } = await openReferrers(page);
  const rows = Array.from({ length: 1_000 }, (_, i) => `Bulk Referrer ${i + 1},bulk${i + 1}@example.com`);
  await referrers.chooseCsv('bulk.csv', ['name,email', ...rows].join('\n'));
  await referrers.importSection.getByRole('checkbox', { name: 'Generate referral codes for the imported referrers' }).setChecked(false);
  await referrers.importSection.getByRole('button', { name: 'Import 1,000 referrers' }).click();
  await expect(referrers.importSection.getByRole('status', { name: 'Import result' })).toHaveText('Imported 1,000 referrers; 0 rows not imported.');
  // one referrer's code by hand, from the Referral Code column
  await referrers.find('Bulk Referrer 1000');
  await referrers.row('Bulk Referrer 1000').getByRole('button', { name: 'Generate' }).click();
  await expect(referrers.row('Bulk Referrer 1000').locator('code')).toHaveText(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/);

  await referrers.generateAll.getByRole('button', { name: 'Generate referral codes' }).click();
  // 999 imported, and the demo's Lee Chen, whose only code was deactivated
  const dialog = referrers.dialog('Generate referral codes');
  await expect(dialog).toContainText('Generate referral codes for 1,000 referrers without one?');
  // time stands still: the job stops between its first and second chunk until the clock runs again
  await page.clock.pauseAt(Date.now() + 60_000);
  await dialog.getByRole('button', { name: 'Generate' }).click();
  const progress = referrers.generateAll.getByRole('progressbar', { name: 'Referral codes generated' });
  await expect(progress).toHaveAttribute('max', '1000');
  // a busy machine may finish a chunk more before the cancel lands: any chunk boundary short of the end
  await expect(progress).toHaveAttribute('value', /^(250|500|750)$/);
  await referrers.generateAll.getByRole('button', { name: 'Cancel generation' }).click();
  await page.clock.resume();
  const status = referrers.generateAll.getByRole('status', { name: 'Generation progress' });
  await expect(status).toHaveText(/^Stopped at (250|500|750) of 1,000\. Resume to carry on where it stopped\.$/);
  const stoppedAt = (await status.innerText()).match(/Stopped at (\d+)/)![1];

  // a reload keeps the job where it stopped
  await page.reload();
  await expect(status).toHaveText(`Stopped at ${stoppedAt} of 1,000. Resume to carry on where it stopped.`);
  await referrers.generateAll.getByRole('button', { name: 'Resume generation' }).click();
  await expect(status).toHaveText('Done: 1,000 of 1,000 referrers handled.');
  await expect(progress).toHaveAttribute('value', '1000');

  await referrers.search.fill('');
  await referrers.generateAll.getByRole('button', { name: 'Generate referral codes' }).click();
  await expect(referrers.generateAll.getByRole('status').filter({ hasText: 'Every active referrer' })).toHaveText('Every active referrer of this campaign has a referral code.');
  await referrers.find('Bulk Referrer 999');
  const code = await referrers.codeOf('Bulk Referrer 999');
  await checkAtCounter(page, counter, code);
  await expect(counter.verdict).toContainText('Referred by Bulk Referrer 999');
});

test('a reload while codes are being generated: the job is found stopped where it was, and resuming it gives every referrer exactly one code', async ({ page }) => {
  await page.clock.install();
  const { referrers } = await openReferrers(page);
  const stamp = Date.now();
  const rows = Array.from({ length: 600 }, (_, i) => `Reload Referrer ${i + 1},reload-${stamp}-${i + 1}@example.com`);
  await referrers.chooseCsv('reload.csv', ['name,email', ...rows].join('\n'));
  await referrers.importSection.getByRole('checkbox', { name: 'Generate referral codes for the imported referrers' }).setChecked(false);
  await referrers.importSection.getByRole('button', { name: 'Import 600 referrers' }).click();
  await expect(referrers.importSection.getByRole('status', { name: 'Import result' })).toHaveText('Imported 600 referrers; 0 rows not imported.');
  const codesBefore = await storedCount(page, 'codes');

  await referrers.generateAll.getByRole('button', { name: 'Generate referral codes' }).click();
  const dialog = referrers.dialog('Generate referral codes');
  await expect(dialog).toContainText(/Generate referral codes for (600|601) referrers without one\?/);
  // time stands still: the job stops between two chunks, and the page is reloaded there, not cancelled
  await page.clock.pauseAt(Date.now() + 60_000);
  await dialog.getByRole('button', { name: 'Generate' }).click();
  const progress = referrers.generateAll.getByRole('progressbar', { name: 'Referral codes generated' });
  await expect(progress).toHaveAttribute('value', /^(250|500)$/);
  const stoppedAt = await progress.getAttribute('value');
  await page.reload();
  await page.clock.resume();

  const status = referrers.generateAll.getByRole('status', { name: 'Generation progress' });
  await expect(status).toHaveText(new RegExp(`^Stopped at ${stoppedAt} of (600|601)\\. Resume to carry on where it stopped\\.$`));
  expect(await storedCount(page, 'codes')).toBe(codesBefore + Number(stoppedAt));
  await referrers.generateAll.getByRole('button', { name: 'Resume generation' }).click();
  await expect(status).toHaveText(/^Done: (600|601) of (600|601) referrers handled\.$/);
  const generated = (await status.innerText()).match(/^Done: (\d+)/)![1];
  expect(await storedCount(page, 'codes')).toBe(codesBefore + Number(generated));
  await referrers.find(`reload-${stamp}-600@`);
  await expect(referrers.row('Reload Referrer 600').locator('code')).toHaveCount(1);
});

/**
 * Runs the Stripe customer sync to its end. The sandbox's Stripe is shared by every test running: a
 * sync that meets its rate limit stops and says so, and the manager resumes it, as here.
 */
async function syncToTheEnd(section: Locator, pattern: RegExp): Promise<void> {
  await section.getByRole('button', { name: 'Sync referrers from Stripe' }).click();
  const result = section.getByRole('status', { name: 'Stripe sync result' }).filter({ hasText: pattern });
  const resume = section.getByRole('button', { name: 'Resume sync' });
  const stopped = section.getByRole('alert').filter({ hasText: 'Request rate limit exceeded' });
  for (let attempt = 0; attempt < 10; attempt++) {
    // "Resume sync" also shows for a moment while a sync starts: only a stop with Stripe's words is resumed
    await expect(result.or(stopped)).toBeVisible({ timeout: 60_000 });
    if (await result.isVisible()) return;
    await resume.click();
  }
  await expect(result).toBeVisible();
}

test('referrers are synced from the Stripe account’s customers, each once', async ({ page }) => {
  // the sandbox's Stripe, as any Stripe integration would write to it (waiting out its rate limit)
  const tag = `${Date.now()}`;
  await read(() => stripe.customers.create({ name: `Stripe Sally ${tag}`, email: `sally-${tag}@example.com` }));
  await read(() => stripe.customers.create({ name: `Stripe Tom ${tag}`, phone: '+1 555 010 4242' }));
  const { referrers } = await openReferrers(page);
  const section = page.getByRole('region', { name: 'Sync referrers from Stripe' });
  await expect(section).toContainText('Adding, importing or syncing referrers never emails anyone.');
  await syncToTheEnd(section, /Synced \d+ Stripe customers: \d+ added/);
  await referrers.find(tag);
  await expect(referrers.list.getByRole('row')).toHaveCount(3);
  await expect(referrers.row(`Stripe Sally ${tag}`)).toContainText('Stripe');
  await expect(referrers.row(`Stripe Tom ${tag}`)).toContainText('+1 555 010 4242');

  // a second sync finds them linked already (other tests' new customers may be added meanwhile)
  await syncToTheEnd(section, /Synced \d+ Stripe customers/);
  await referrers.find(`Stripe Sally ${tag}`);
  await expect(referrers.list.getByRole('row')).toHaveCount(2);
});
