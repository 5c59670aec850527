import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The Performance screen as a manager sees it: every control found by its accessible name. */
export class PerformancePage {
  readonly screen: Locator;
  readonly numbers: Locator;
  readonly coupon: Locator;
  readonly chart: Locator;
  readonly codes: Locator;
  readonly range: Locator;
  readonly from: Locator;
  readonly to: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('main', { name: 'Performance' });
    this.numbers = this.screen.getByRole('region', { name: 'Numbers' });
    this.coupon = this.screen.getByRole('region', { name: 'Stripe coupon' });
    this.chart = this.screen.getByRole('region', { name: 'Redemptions and qualified leads over time' });
    this.codes = this.screen.getByRole('region', { name: 'Referral codes' });
    this.range = this.screen.getByRole('form', { name: 'Date range' });
    this.from = this.range.getByLabel('From');
    this.to = this.range.getByLabel('To');
  }

  /** Opens the screen from the navigation, as a manager would. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Performance' }).click();
    await expect(this.numbers).toBeVisible();
  }

  /** A headline number, e.g. "Leads from referral codes", as shown. */
  number(name: string): Locator {
    return this.numbers.getByLabel(name, { exact: true });
  }

  async count(name: string): Promise<number> {
    return Number(await this.number(name).innerText());
  }

  codeRow(code: string): Locator {
    return this.codes.getByRole('row', { name: new RegExp(code) });
  }

  async applyRange(from: string, to: string): Promise<void> {
    await this.from.fill(from);
    await this.to.fill(to);
    await this.range.getByRole('button', { name: 'Apply' }).click();
  }

  /** Clicks an export button and returns the file's name and text. */
  async download(button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.screen.getByRole('button', { name: button }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
