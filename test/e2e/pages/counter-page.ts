import { expect, type Locator, type Page } from '@playwright/test';

/** The counter screen as a cashier sees it: every control found by its accessible name. */
export class CounterPage {
  readonly codeField: Locator;
  readonly amountField: Locator;
  readonly verdict: Locator;
  readonly connection: Locator;
  readonly recordButton: Locator;
  readonly problems: Locator;
  readonly recorded: Locator;
  readonly recent: Locator;

  constructor(readonly page: Page) {
    this.codeField = page.getByRole('textbox', { name: 'Referral code' });
    this.amountField = page.getByRole('textbox', { name: /Order amount/ });
    this.verdict = page.getByRole('status', { name: 'Verdict' });
    this.connection = page.getByRole('status', { name: 'Connection' });
    this.recordButton = page.getByRole('button', { name: 'Record redemption' });
    this.problems = page.getByRole('alert', { name: 'Problems' });
    this.recorded = page.getByRole('status', { name: 'Redemption recorded' });
    this.recent = page.getByRole('region', { name: 'Recent redemptions' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.codeField).toBeEnabled();
    await expect(this.page.getByRole('region', { name: 'Demo codes' })).toBeVisible();
  }

  /**
   * Waits until nothing waits to reach Stripe. The sandbox's Stripe allows 25 requests a second, shared
   * by every test running at the time, so the first sync of a demo may take a while.
   */
  async waitUntilSynced(): Promise<void> {
    await expect(this.connection).toContainText('Online · 0 items waiting to sync', { timeout: 45_000 });
  }

  /** The code printed for a demo referrer, as shown in the Demo codes table. */
  async demoCode(referrer: string): Promise<string> {
    return (await this.page.getByRole('button', { name: `Use code of ${referrer}` }).innerText()).trim();
  }

  async check(code: string): Promise<void> {
    await this.codeField.fill(code);
    await this.codeField.press('Enter');
  }

  async enterAmount(amount: string): Promise<void> {
    await this.amountField.fill(amount);
  }

  async enterCustomer(c: { name: string; email?: string; phone?: string; consent?: boolean }): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Customer name' }).fill(c.name);
    if (c.email !== undefined) await this.page.getByRole('textbox', { name: 'Email' }).fill(c.email);
    if (c.phone !== undefined) await this.page.getByRole('textbox', { name: 'Phone' }).fill(c.phone);
    if (c.consent ?? true) await this.page.getByRole('checkbox', { name: /agrees to be contacted/ }).check();
  }

  /** Checks a demo referrer's code, enters the amount and a new customer, and records the sale. */
  async recordSale(sale: { referrer: string; amount: string; name: string; email?: string; phone?: string }): Promise<void> {
    await this.check(await this.demoCode(sale.referrer));
    await this.enterAmount(sale.amount);
    await this.enterCustomer({ name: sale.name, ...(sale.email !== undefined && { email: sale.email }), ...(sale.phone !== undefined && { phone: sale.phone }) });
    await this.recordButton.click();
  }

  async switchCampaign(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Campaign' }).selectOption({ label: name });
  }

  reasons(): Locator {
    return this.verdict.getByRole('list', { name: 'Reasons' }).getByRole('listitem');
  }
}
