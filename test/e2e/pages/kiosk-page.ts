import { expect, type Page } from '@playwright/test';
import { CounterPage } from './counter-page';
import { StaffPage } from './staff-page';

export const MANAGER = { name: 'Mo Manager', pin: '4826' };

/** A till with a manager, turned into a kiosk from Settings; returns the demo code of Dana. */
export async function startKiosk(page: Page, options: { idleSeconds?: number; approval?: boolean } = {}): Promise<string> {
  const counter = new CounterPage(page);
  await counter.open();
  const code = await counter.demoCode('Dana Whitfield');
  await new StaffPage(page).setUpFirstManager(MANAGER.name, MANAGER.pin);
  await page.goto('/#/settings');
  const kiosk = page.getByRole('form', { name: 'Kiosk' });
  if (options.idleSeconds !== undefined) await kiosk.getByRole('textbox', { name: /Forget the customer’s entries/ }).fill(String(options.idleSeconds));
  if (options.approval) await kiosk.getByRole('checkbox', { name: /Staff approve a kiosk discount/ }).check();
  await kiosk.getByRole('button', { name: 'Save kiosk settings' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Saved the kiosk settings.');
  await kiosk.getByRole('button', { name: 'Start kiosk mode on this device' }).click();
  await expect(page.getByRole('region', { name: 'Welcome' })).toBeVisible();
  return code;
}

export async function typeOnKeypad(page: Page, code: string): Promise<void> {
  const keypad = page.getByRole('group', { name: 'Keypad' });
  for (const key of code.replaceAll('-', '')) await keypad.getByRole('button', { name: key, exact: true }).click();
}

export async function leaveKiosk(page: Page, pin = MANAGER.pin): Promise<void> {
  await page.getByRole('button', { name: 'Staff' }).click();
  const exit = page.getByRole('region', { name: 'Leave kiosk mode' });
  await exit.getByRole('combobox', { name: 'Your name' }).selectOption({ label: MANAGER.name });
  await exit.getByLabel('PIN').fill(pin);
  await exit.getByRole('button', { name: 'Leave kiosk mode' }).click();
}

