import { expect, type Locator, type Page } from '@playwright/test';

/** Signing in and the Staff and Audit log screens, as a manager or a staff member sees them. */
export class StaffPage {
  readonly signIn: Locator;
  readonly signedIn: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.signIn = page.getByRole('form', { name: 'Sign in' });
    this.signedIn = page.getByRole('status', { name: 'Signed in' });
    this.nav = page.getByRole('navigation', { name: 'Screens' });
  }

  /** On an open till: the banner's way to Staff, then the first manager, who is signed in at once. */
  async setUpFirstManager(name: string, pin: string): Promise<void> {
    await this.page.getByRole('region', { name: 'Open till' }).getByRole('link', { name: 'Staff' }).click();
    const form = this.page.getByRole('form', { name: 'Set up the first manager' });
    await form.getByRole('textbox', { name: 'Manager’s name' }).fill(name);
    await form.getByLabel('PIN (4 to 8 digits)').fill(pin);
    await form.getByLabel('Same PIN again').fill(pin);
    await form.getByRole('button', { name: 'Set up manager' }).click();
    await expect(this.signedIn).toContainText(`Signed in as ${name} (manager)`);
  }

  async addPerson(name: string, role: 'staff' | 'manager', pin: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a person' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('combobox', { name: 'Role' }).selectOption(role);
    await form.getByLabel('PIN (4 to 8 digits)').fill(pin);
    await form.getByLabel('Same PIN again').fill(pin);
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect(form.getByRole('status')).toHaveText(`Added ${name} as ${role}: they can sign in with their PIN.`);
  }

  async signOut(): Promise<void> {
    await this.signedIn.getByRole('button', { name: 'Sign out' }).click();
    await expect(this.signIn).toBeVisible();
  }

  /** Tries a PIN; returns nothing, the caller checks the outcome. */
  async tryPin(name: string, pin: string): Promise<void> {
    await this.signIn.getByRole('combobox', { name: 'Your name' }).selectOption({ label: name });
    await this.signIn.getByLabel('PIN').fill(pin);
    await this.signIn.getByRole('button', { name: 'Sign in' }).click();
  }

  async signInAs(name: string, pin: string, role: 'staff' | 'manager'): Promise<void> {
    await this.tryPin(name, pin);
    await expect(this.signedIn).toContainText(`Signed in as ${name} (${role})`);
  }

  signInProblem(): Locator {
    return this.signIn.getByRole('alert');
  }

  async openScreen(name: 'Staff' | 'Audit log' | 'Settings' | 'Counter'): Promise<void> {
    await this.nav.getByRole('link', { name, exact: true }).click();
  }
}
