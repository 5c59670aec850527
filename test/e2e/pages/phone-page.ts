import { expect, type Locator, type Page } from '@playwright/test';

/** The phone screen as a sales rep sees it: every control found by its accessible name. */
export class PhonePage {
  readonly screen: Locator;
  readonly codeField: Locator;
  readonly amountField: Locator;
  readonly verdict: Locator;
  readonly suggestions: Locator;
  readonly readBack: Locator;
  readonly finder: Locator;
  readonly caller: Locator;
  readonly problems: Locator;
  readonly recorded: Locator;
  readonly paymentLink: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByRole('main', { name: 'Phone' });
    this.codeField = this.screen.getByRole('textbox', { name: 'Referral code' });
    this.amountField = this.screen.getByRole('textbox', { name: /Order amount/ });
    this.verdict = this.screen.getByRole('status', { name: 'Verdict' });
    this.suggestions = this.screen.getByRole('listbox', { name: 'Did you mean' });
    this.readBack = this.screen.getByRole('region', { name: 'Read-back' });
    this.finder = this.screen.getByRole('region', { name: 'Find the referrer' });
    this.caller = this.screen.getByRole('form', { name: 'Caller' });
    this.problems = this.screen.getByRole('alert', { name: 'Problems' });
    this.recorded = this.screen.getByRole('status', { name: 'Order recorded' });
    this.paymentLink = this.screen.getByRole('region', { name: 'Payment link' });
  }

  /** From any screen, through the navigation, as a rep would. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Phone' }).click();
    await expect(this.codeField).toBeEnabled();
    await expect(this.codeField).toBeFocused();
  }

  /** Types the code as read aloud and presses Enter. */
  async typeCode(code: string): Promise<void> {
    await this.codeField.fill(code);
    await this.codeField.press('Enter');
  }

  async enterCaller(c: { name: string; email?: string; phone?: string; note?: string; agreed?: boolean }): Promise<void> {
    await this.caller.getByRole('textbox', { name: 'Caller name' }).fill(c.name);
    if (c.email !== undefined) await this.caller.getByRole('textbox', { name: 'Email' }).fill(c.email);
    if (c.phone !== undefined) await this.caller.getByRole('textbox', { name: 'Phone' }).fill(c.phone);
    if (c.note !== undefined) await this.caller.getByRole('textbox', { name: 'Note' }).fill(c.note);
    if (c.agreed ?? true) await this.caller.getByRole('checkbox', { name: 'Caller agreed verbally' }).check();
  }

  sendLinkButton(): Locator {
    return this.caller.getByRole('button', { name: 'Send payment link' });
  }
}
