import { expect, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';

/** The Uploads screen as a manager sees it: every control found by its accessible name. */
export class UploadsPage {
  readonly form: Locator;
  readonly report: Locator;
  readonly result: Locator;
  readonly earlier: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('region', { name: 'Converted customers file' });
    this.report = page.getByRole('region', { name: 'Upload report' });
    this.result = this.report.getByRole('status', { name: 'Upload result' });
    this.earlier = page.getByRole('region', { name: 'Earlier uploads' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Uploads' }).click();
    await expect(this.page.getByRole('main', { name: 'Uploads' })).toBeVisible();
  }

  /** Picks what names the referral, chooses the file (given as its text) and runs the upload. */
  async upload(file: { name: string; text: string; keyKind: 'Customer email' | 'Referral code' | 'Stripe promotion code or coupon id' }): Promise<void> {
    await this.form.getByRole('radio', { name: file.keyKind }).check();
    await this.form.getByLabel('Converted customers file (CSV)').setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.text) });
    await this.form.getByRole('checkbox', { name: 'The new customers in this file agreed to be contacted by us' }).check();
    await this.form.getByRole('button', { name: 'Upload converted customers' }).click();
    await expect(this.result).toBeVisible({ timeout: 30_000 });
  }

  /** The report's row for a row number of the file. */
  reportRow(row: number): Locator {
    return this.report.getByRole('table', { name: 'Rows' }).getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(row), exact: true }) });
  }

  /** Clicks a button that downloads a CSV and returns its rows as objects (header → cell). */
  async downloadCsv(button: Locator): Promise<Record<string, string>[]> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
    return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  }
}
