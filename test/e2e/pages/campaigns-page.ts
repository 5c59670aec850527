import { expect, type Locator, type Page } from '@playwright/test';

/** The Campaigns screen as a manager sees it: every control found by its accessible name. */
export class CampaignsPage {
  readonly screen: Locator;
  readonly list: Locator;
  readonly saved: Locator;
  readonly problems: Locator;
  readonly switcher: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('main', { name: 'Campaigns' });
    this.list = page.getByRole('table', { name: 'Campaign list' });
    this.saved = page.getByRole('status', { name: 'Saved' });
    this.problems = page.getByRole('alert', { name: 'Problems' });
    this.switcher = page.getByRole('combobox', { name: 'Campaign' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Campaigns' }).click();
    await expect(this.screen).toBeVisible();
  }

  row(name: string): Locator {
    return this.list.getByRole('row', { name, exact: true });
  }

  form(): Locator {
    return this.page.getByRole('form').filter({ has: this.page.getByRole('button', { name: /Create campaign|Save changes/ }) });
  }

  field(label: string | RegExp): Locator {
    return this.form().getByLabel(label);
  }

  async startNew(): Promise<void> {
    await this.screen.getByRole('button', { name: 'New campaign' }).click();
    await expect(this.page.getByRole('form', { name: 'New campaign' })).toBeVisible();
  }

  /** Fills the fields given, by their labels; other fields keep what they show. */
  async fill(values: Partial<Record<'name' | 'currency' | 'amountOff' | 'percentOff' | 'limit' | 'expiry' | 'minimum' | 'link' | 'prefix', string>>): Promise<void> {
    const form = this.form();
    if (values.name !== undefined) await form.getByRole('textbox', { name: 'Campaign name' }).fill(values.name);
    if (values.currency !== undefined) await form.getByRole('combobox', { name: 'Currency' }).fill(values.currency);
    if (values.amountOff !== undefined) {
      await form.getByRole('radio', { name: 'Amount off' }).check();
      await form.getByRole('textbox', { name: /^Amount off/ }).fill(values.amountOff);
    }
    if (values.percentOff !== undefined) {
      await form.getByRole('radio', { name: 'Percent off' }).check();
      await form.getByRole('textbox', { name: 'Percent off (%)' }).fill(values.percentOff);
    }
    if (values.limit !== undefined) await form.getByRole('textbox', { name: 'Redemption limit per code' }).fill(values.limit);
    if (values.expiry !== undefined) await form.getByLabel('Expiry date').fill(values.expiry);
    if (values.minimum !== undefined) await form.getByRole('textbox', { name: /^Minimum order/ }).fill(values.minimum);
    if (values.link !== undefined) await form.getByLabel('Referral link template (optional)').fill(values.link);
    if (values.prefix !== undefined) await form.getByRole('textbox', { name: 'Code prefix (optional)' }).fill(values.prefix);
  }
}

/** A day as the date field takes it, in this machine's time zone (the browser's too). */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
