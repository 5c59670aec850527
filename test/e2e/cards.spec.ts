import { expect, test } from '@playwright/test';
import { layoutSheet } from '../../shared/domain/card-layout';
import { CounterPage } from './pages/counter-page';
import { cropMm, decodeQr, pdfPageSize, pdfText, rasterize } from './pdf-tools';
import { storedCount } from './stored-records';

const MM = 72 / 25.4;

test.describe('referral code cards for an event', () => {
  test('a print batch of business cards on A4: every QR, printed at 150 dpi, decodes to the referral link with its card’s code', async ({ page }, info) => {
    const counter = new CounterPage(page);
    await counter.open();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Cards' }).click();
    const cards = page.getByRole('main', { name: 'Referral cards' });
    const design = cards.getByRole('form', { name: 'Card design' });
    await design.getByRole('textbox', { name: 'Business name on the cards' }).fill('Corner Bakery');
    await design.getByRole('button', { name: 'Save name' }).click();
    await expect(design.getByRole('status')).toHaveText('Cards will show “Corner Bakery”.');

    const run = cards.getByRole('form', { name: 'New print batch' });
    await run.getByRole('radio', { name: /All referrers with a code/ }).check();
    await run.getByRole('textbox', { name: /Event or label/ }).fill('Spring fair');
    const create = run.getByRole('button', { name: /^Create print batch of \d+ cards$/ });
    const count = Number((await create.innerText()).match(/of (\d+) cards/)![1]);
    expect(count).toBeGreaterThan(1);
    await create.click();

    const batch = page.getByRole('main', { name: 'Print batch' });
    await expect(batch.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^Batch \\d+ — Spring fair: ${count} cards$`));
    await expect(batch.getByRole('button', { name: 'Print', exact: true })).toBeEnabled();
    const faces = batch.getByRole('article');
    await expect(faces).toHaveCount(count);
    const printed = await faces.evaluateAll((articles) => articles.map((a) => ({ serial: a.getAttribute('aria-label')!.replace('Card ', ''), code: a.querySelector('[aria-label="Referral code"]')!.textContent!, referrer: a.querySelector('.card-from')!.textContent!.replace('Referred by ', ''), business: a.querySelector('.card-business')!.textContent! })));
    expect(new Set(printed.map((c) => c.business))).toEqual(new Set(['Corner Bakery']));

    const pdfPath = info.outputPath('cards.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    expect(Math.round(pdfPageSize(pdfPath).width / MM)).toBe(210);
    const text = pdfText(pdfPath);
    for (const card of printed) for (const expected of [card.serial, card.code]) expect(text).toContain(expected);
    expect(text).toContain('10% off your first order');
    expect(text).not.toContain('Create print batch');

    const layout = layoutSheet('business_card', 'a4');
    const sheet = rasterize(pdfPath, 1);
    const decoded = layout.positions.slice(0, Math.min(count, layout.perSheet)).map((at) => decodeQr(cropMm(sheet, { ...at, ...layout.card })));
    expect(decoded).toEqual(printed.slice(0, layout.perSheet).map((c) => `https://shop.example/r/${c.code.replaceAll('-', '')}`));

    // the cashier scans a card's QR: the link carries a code the counter knows
    await page.goto('/#/');
    await counter.check(decoded[0]!);
    await expect(counter.verdict).toContainText(printed[0]!.referrer);
  });

  test('voiding a lost batch stops its codes at the counter; the batch can still be viewed but not printed', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await page.goto('/#/cards');
    const cards = page.getByRole('main', { name: 'Referral cards' });
    const run = cards.getByRole('form', { name: 'New print batch' });
    await run.getByRole('searchbox', { name: /Search by name/ }).fill('Priya');
    await run.getByRole('radio', { name: /Everyone matching the search/ }).check();
    await run.getByRole('button', { name: 'Create print batch of 1 cards' }).click();
    const batch = page.getByRole('main', { name: 'Print batch' });
    const serial = (await batch.getByRole('article').getAttribute('aria-label'))!.replace('Card ', '');
    const code = await batch.getByLabel('Referral code').innerText();
    const number = serial.match(/^B(\d+)-/)![1];

    await batch.getByRole('link', { name: 'Back to cards' }).click();
    const batches = cards.getByRole('region', { name: 'Print batches' });
    await batches.getByRole('button', { name: `Void batch ${number}` }).click();
    await batches.getByRole('button', { name: `Yes, void batch ${number}` }).click();
    await expect(batches.getByRole('status')).toHaveText(`Batch ${number} voided: 1 codes no longer work at the counter and are deactivated in Stripe on the next sync.`);
    await expect(batches.getByRole('row', { name: new RegExp(`^${number} `) })).toContainText('Voided');

    await batches.getByRole('link', { name: `View batch ${number}` }).click();
    await expect(batch.getByRole('alert')).toContainText('This batch was voided');
    await expect(batch.getByRole('button', { name: 'Print', exact: true })).toBeDisabled();

    await page.goto('/#/');
    await counter.check(code);
    await expect(counter.verdict).toContainText(/deactivated/i);
  });

  test('A6 flyers on US Letter are turned to fit two a sheet, and their QR codes decode as printed', async ({ page }, info) => {
    const counter = new CounterPage(page);
    await counter.open();
    await page.goto('/#/cards');
    const run = page.getByRole('main', { name: 'Referral cards' }).getByRole('form', { name: 'New print batch' });
    await run.getByRole('combobox', { name: 'Card' }).selectOption({ label: 'A6 flyer (105 × 148 mm)' });
    await run.getByRole('combobox', { name: 'Sheet' }).selectOption({ label: 'US Letter' });
    await expect(run).toContainText('2 per sheet');
    await run.getByRole('button', { name: /^Create print batch/ }).click();
    const batch = page.getByRole('main', { name: 'Print batch' });
    await expect(batch.getByRole('button', { name: 'Print', exact: true })).toBeEnabled();
    const codes = await batch.getByLabel('Referral code').allInnerTexts();
    const pdfPath = info.outputPath('flyers.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    const size = pdfPageSize(pdfPath);
    expect([Math.round(size.width / MM), Math.round(size.height / MM)]).toEqual([216, 279]);
    const layout = layoutSheet('a6_flyer', 'letter');
    expect(layout.rotated).toBe(true);
    const sheet = rasterize(pdfPath, 1);
    const decoded = layout.positions.map((at) => decodeQr(cropMm(sheet, { ...at, ...layout.card })));
    expect(decoded).toEqual(codes.slice(0, 2).map((code) => `https://shop.example/r/${code.replaceAll('-', '')}`));
  });

  test('an event’s staff list from a CSV becomes referrers with codes and one print batch of exactly their cards', async ({ page }) => {
    const counter = new CounterPage(page);
    await counter.open();
    await page.goto('/#/cards');
    const cards = page.getByRole('main', { name: 'Referral cards' });
    await cards.getByRole('form', { name: 'New print batch' }).getByRole('textbox', { name: /Event or label/ }).fill('Spring fair staff');
    const stamp = Date.now();
    const csv = ['name,email', `Ana Fair,ana-${stamp}@example.com`, `Ben Fair,ben-${stamp}@example.com`, 'Cy Fair,not-an-email', `Di Fair,di-${stamp}@example.com`].join('\n');
    const event = cards.getByRole('region', { name: 'New referrers for an event (CSV)' });
    await event.getByLabel(/CSV file/).setInputFiles({ name: 'spring-fair.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(event.getByRole('status', { name: 'Import check' })).toHaveText('4 rows: 3 to import, 1 not imported.');
    await event.getByRole('button', { name: 'Import 3 referrers' }).click();
    const batch = page.getByRole('main', { name: 'Print batch' });
    await expect(batch.getByRole('heading', { level: 2 })).toHaveText(/^Batch \d+ — Spring fair staff: 3 cards$/);
    await expect(batch.locator('.card-from')).toHaveText(['Referred by Ana Fair', 'Referred by Ben Fair', 'Referred by Di Fair']);
    const number = (await batch.getByRole('heading', { level: 2 }).innerText()).match(/^Batch (\d+)/)![1];

    // the performance review narrowed to this event's cards
    await page.goto('/#/performance');
    await page.getByRole('combobox', { name: 'Print batch' }).selectOption({ label: `Batch ${number} — Spring fair staff (3 cards)` });
    await expect(page.getByRole('region', { name: 'Referral codes' }).getByRole('link', { name: /^Check code / })).toHaveCount(3);
  });

  test('a reload in the middle of an event’s staff import: the same file again adds only the rest, makes one print run of everyone in it, and opens that run the next time', async ({ page }) => {
    await page.clock.install();
    const counter = new CounterPage(page);
    await counter.open();
    await page.goto('/#/cards');
    const cards = page.getByRole('main', { name: 'Referral cards' });
    const stamp = Date.now();
    const label = `Harvest fair ${stamp}`;
    const setLabel = () => cards.getByRole('form', { name: 'New print batch' }).getByRole('textbox', { name: /Event or label/ }).fill(label);
    await setLabel();
    const csv = Buffer.from(['name,email', ...Array.from({ length: 1_200 }, (_, i) => `Harvest ${i + 1},harvest-${stamp}-${i + 1}@example.com`)].join('\n'));
    const event = cards.getByRole('region', { name: 'New referrers for an event (CSV)' });
    const chooseFile = () => event.getByLabel(/CSV file/).setInputFiles({ name: 'harvest-staff.csv', mimeType: 'text/csv', buffer: csv });
    await chooseFile();
    await expect(event.getByRole('status', { name: 'Import check' })).toHaveText('1,200 rows: 1,200 to import, 0 not imported.');
    const before = await storedCount(page, 'referrers');
    // time stands still: the import stops after its first chunk of 1,000, and the page is reloaded there
    await page.clock.pauseAt(Date.now() + 60_000);
    await event.getByRole('button', { name: 'Import 1,200 referrers' }).click();
    await expect.poll(() => storedCount(page, 'referrers')).toBe(before + 1_000);
    await page.reload();
    await page.clock.resume();

    await expect(cards).toBeVisible();
    await setLabel();
    await chooseFile();
    await expect(event.getByRole('status', { name: 'Import check' })).toHaveText('1,200 rows: 200 to import, 1,000 not imported.');
    await event.getByRole('button', { name: 'Import 200 referrers' }).click();
    const batch = page.getByRole('main', { name: 'Print batch' });
    await expect(batch.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`^Batch \\d+ — ${label}: 1,200 cards$`), { timeout: 30_000 });
    const number = (await batch.getByRole('heading', { level: 2 }).innerText()).match(/^Batch (\d+)/)![1];
    await expect(batch.locator('.card-from').first()).toHaveText('Referred by Harvest 1');
    await expect(batch.locator('.card-from').last()).toHaveText('Referred by Harvest 1200');
    expect(await storedCount(page, 'referrers')).toBe(before + 1_200);
    // a reload while the run is on screen (its QR codes being prepared, or the print dialog open) keeps the one run
    await page.reload();
    await expect(batch.getByRole('heading', { level: 2 })).toHaveText(`Batch ${number} — ${label}: 1,200 cards`);

    // the same list once more: nobody new, and the run made of it opens instead of a second one
    await page.goto('/#/cards');
    await setLabel();
    await chooseFile();
    await expect(event.getByRole('status', { name: 'Import check' })).toHaveText('1,200 rows: 0 to import, 1,200 not imported.');
    await event.getByRole('button', { name: 'Print the cards of the 1,200 referrers in this file' }).click();
    await expect(batch.getByRole('heading', { level: 2 })).toHaveText(`Batch ${number} — ${label}: 1,200 cards`, { timeout: 30_000 });
    await page.goto('/#/cards');
    await expect(cards.getByRole('region', { name: 'Print batches' }).getByRole('row').filter({ hasText: label })).toHaveCount(1);
    expect(await storedCount(page, 'referrers')).toBe(before + 1_200);
  });
});
