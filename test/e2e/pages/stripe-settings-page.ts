import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Stripe account as a manager sees it. */
export class StripeSettingsPage {
  readonly section: Locator;
  readonly keyField: Locator;
  readonly status: Locator;
  readonly modeBadge: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Stripe account' });
    this.keyField = this.section.getByLabel('Secret key (sk_…) or restricted key (rk_…)');
    this.status = this.section.getByLabel('Stripe connection');
    this.modeBadge = page.getByLabel('Mode');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Settings' }).click();
    await expect(this.section).toBeVisible();
  }

  async connect(key: string): Promise<void> {
    await this.keyField.fill(key);
    await this.section.getByRole('button', { name: /^(Connect|Remove demo data and connect)/ }).click();
  }

  async disconnect(): Promise<void> {
    await this.section.getByRole('button', { name: 'Disconnect' }).click();
  }

  /** The notice on a screen saying what does not work without a connected Stripe account. */
  notice(screen: Locator): Locator {
    return screen.getByLabel('Stripe notice');
  }
}
