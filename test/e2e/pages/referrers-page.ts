import { expect, type Locator, type Page } from '@playwright/test';

/** The manager's Referrers screen, every control found by its accessible name. */
export class ReferrersPage {
  readonly screen: Locator;
  readonly addForm: Locator;
  readonly list: Locator;
  readonly search: Locator;
  readonly summary: Locator;
  readonly generateAll: Locator;
  readonly importSection: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('main', { name: 'Referrers' });
    this.addForm = page.getByRole('form', { name: 'Add referrer' });
    this.list = page.getByRole('table', { name: 'Referrers' });
    this.search = page.getByRole('searchbox', { name: 'Search by name, email, phone or code' });
    this.summary = page.getByRole('status', { name: 'List summary' });
    this.generateAll = page.getByRole('region', { name: 'Generate referral codes' });
    this.importSection = page.getByRole('region', { name: 'Import referrers' });
  }

  /** Opens the screen through the navigation, as a manager would. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Referrers' }).click();
    await expect(this.screen).toBeVisible();
  }

  async add(referrer: { name: string; email?: string; phone?: string; generateCode: boolean }): Promise<void> {
    await this.addForm.getByRole('textbox', { name: 'Name' }).fill(referrer.name);
    await this.addForm.getByRole('textbox', { name: 'Email' }).fill(referrer.email ?? '');
    await this.addForm.getByRole('textbox', { name: 'Phone' }).fill(referrer.phone ?? '');
    await this.addForm.getByRole('checkbox', { name: 'Generate referral code' }).setChecked(referrer.generateCode);
    await this.addForm.getByRole('button', { name: 'Add Referrer' }).click();
  }

  row(name: string): Locator {
    return this.list.getByRole('row', { name, exact: true });
  }

  /** The code shown in the Referral Code column of the referrer's row. */
  async codeOf(name: string): Promise<string> {
    return (await this.row(name).locator('code').innerText()).trim();
  }

  async find(text: string): Promise<void> {
    await this.search.fill(text);
    await expect(this.summary).toContainText(`for “${text}”`);
  }

  /** Picks a CSV file made in the test. */
  async chooseCsv(name: string, text: string): Promise<void> {
    await this.importSection.getByLabel(/CSV file/).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }
}
