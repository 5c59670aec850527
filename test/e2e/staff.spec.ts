import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { CounterPage } from './pages/counter-page';
import { StaffPage } from './pages/staff-page';

test.describe('staff sign-in by PIN', () => {
  test('a new till runs open until the first manager is set up; then wrong PINs are counted and the 5th locks out', async ({ page }) => {
    const counter = new CounterPage(page);
    const staff = new StaffPage(page);
    await counter.open();
    await expect(page.getByRole('region', { name: 'Open till' })).toHaveText('No staff set up: anyone can use this till. Set up a manager PIN in Staff.');

    await staff.setUpFirstManager('Ana Ruiz', '4821');
    await expect(page.getByRole('region', { name: 'Open till' })).toHaveCount(0);
    await staff.addPerson('Bo Lind', 'staff', '7394');
    await expect(page.getByRole('table', { name: 'People' }).getByRole('row', { name: 'Bo Lind' })).toContainText('Active');

    await staff.signOut();
    await expect(counter.codeField).toHaveCount(0);
    await staff.tryPin('Bo Lind', '1111');
    await expect(staff.signInProblem()).toHaveText('Wrong PIN. 4 more tries before Bo Lind is locked out for 5 minutes.');
    for (let left = 3; left >= 1; left--) {
      await staff.tryPin('Bo Lind', '1111');
      await expect(staff.signInProblem()).toHaveText(`Wrong PIN. ${left === 1 ? '1 more try' : `${left} more tries`} before Bo Lind is locked out for 5 minutes.`);
    }
    await staff.tryPin('Bo Lind', '1111');
    await expect(staff.signInProblem()).toHaveText('Wrong PIN. Too many wrong PINs: Bo Lind is locked out for 5 minutes.');
    await staff.tryPin('Bo Lind', '7394');
    await expect(staff.signInProblem()).toHaveText('Bo Lind is locked out after too many wrong PINs: try again in 5 minutes.');
    await expect(staff.signedIn).toHaveCount(0);

    await staff.signInAs('Ana Ruiz', '4821', 'manager');
    await staff.openScreen('Staff');
    await expect(page.getByRole('table', { name: 'People' }).getByRole('row', { name: 'Bo Lind' })).toContainText(/Locked out \(\d minutes? left\)/);
    await staff.openScreen('Audit log');
    const entries = page.getByRole('table', { name: 'Audit entries' });
    await page.getByRole('textbox', { name: 'Action contains' }).fill('staff.locked_out');
    await expect(entries.getByRole('row')).toHaveCount(2);
    await expect(entries.getByRole('row').nth(1)).toContainText('Bo Lind (');
  });

  test('a staff member cannot open Staff or the Audit log or change the pay-later cap; their sale is theirs in the audit log', async ({ page }) => {
    const counter = new CounterPage(page);
    const staff = new StaffPage(page);
    await counter.open();
    await staff.setUpFirstManager('Ana Ruiz', '4821');
    await staff.addPerson('Bo Lind', 'staff', '7394');
    await staff.signOut();
    await staff.signInAs('Bo Lind', '7394', 'staff');

    await expect(staff.nav.getByRole('link', { name: 'Staff' })).toHaveCount(0);
    await expect(staff.nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    await page.goto('/#/staff');
    await expect(page.getByRole('main', { name: 'Staff' }).getByRole('alert')).toHaveText('Only a manager can manage staff. Bo Lind is signed in as staff.');
    await expect(page.getByRole('form', { name: 'Add a person' })).toHaveCount(0);
    await page.goto('/#/audit');
    await expect(page.getByRole('main', { name: 'Audit log' }).getByRole('alert')).toHaveText('Only a manager can view the audit log. Bo Lind is signed in as staff.');
    await expect(page.getByRole('table', { name: 'Audit entries' })).toHaveCount(0);
    await staff.openScreen('Settings');
    const cap = page.getByRole('textbox', { name: /Pay-later cap/ });
    await expect(cap).toBeDisabled();
    await expect(cap).toHaveAccessibleDescription('Only a manager can change the till’s rules and settings. Bo Lind is signed in as staff.');
    await expect(page.getByRole('textbox', { name: 'Street address' })).toBeDisabled();

    await staff.openScreen('Counter');
    await counter.recordSale({ referrer: 'Dana Whitfield', amount: '45.00', name: 'Staff Sale Sam', email: `sam-${Date.now()}@example.com` });
    await expect(counter.recorded).toBeVisible();
    await staff.signOut();
    await staff.signInAs('Ana Ruiz', '4821', 'manager');
    await staff.openScreen('Audit log');
    await page.getByRole('textbox', { name: 'Action contains' }).fill('redemption.recorded');
    await page.getByRole('textbox', { name: 'Who (name or id) contains' }).fill('bo lind');
    const rows = page.getByRole('table', { name: 'Audit entries' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(/Bo Lind \([0-9a-f-]{36}\)\s*redemption\.recorded/);
    await expect(rows.nth(1)).toContainText('this device');
    await expect(rows.nth(1)).toContainText('online');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('at,actor,device,online,action,details');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/,Bo Lind \([0-9a-f-]{36}\),[0-9a-f-]{36},true,redemption\.recorded,/);
  });

  test('a manager’s pay-later cap is saved and audited under their name', async ({ page }) => {
    const counter = new CounterPage(page);
    const staff = new StaffPage(page);
    await counter.open();
    await staff.setUpFirstManager('Ana Ruiz', '4821');
    await staff.openScreen('Settings');
    await page.getByRole('textbox', { name: /Pay-later cap/ }).fill('20');
    await page.getByRole('main', { name: 'Settings' }).getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('main', { name: 'Settings' }).getByRole('status')).toHaveText('Saved: at most $20.00 may be left to pay later on this device.');
    await staff.openScreen('Audit log');
    const rows = page.getByRole('table', { name: 'Audit entries' }).getByRole('row');
    await expect(rows.nth(1)).toContainText(/Ana Ruiz \([0-9a-f-]{36}\)\s*settings\.pay_later_cap/);
  });
});

test.describe('idle sign-out', () => {
  test('signs the person out after the manager’s idle time, and a reload asks again', async ({ page }) => {
    await page.clock.install();
    const counter = new CounterPage(page);
    const staff = new StaffPage(page);
    await counter.open();
    await staff.setUpFirstManager('Ana Ruiz', '4821');
    const idle = page.getByRole('form', { name: 'Idle sign-out' });
    await expect(idle.getByRole('textbox', { name: 'Sign out after this many idle minutes' })).toHaveValue('15');
    await idle.getByRole('textbox', { name: 'Sign out after this many idle minutes' }).fill('0');
    await idle.getByRole('button', { name: 'Save idle time' }).click();
    await expect(idle.getByRole('alert')).toHaveText('The idle time must be between 1 and 240 minutes.');
    await idle.getByRole('textbox', { name: 'Sign out after this many idle minutes' }).fill('2');
    await idle.getByRole('button', { name: 'Save idle time' }).click();
    await expect(idle.getByRole('status')).toHaveText('Saved: whoever is signed in is signed out after 2 idle minutes.');

    await page.clock.fastForward('01:30');
    await expect(staff.signedIn).toContainText('Signed in as Ana Ruiz');
    await page.clock.fastForward('00:40');
    await expect(staff.signIn).toBeVisible();
    await staff.signInAs('Ana Ruiz', '4821', 'manager');
    await staff.openScreen('Audit log');
    await page.getByRole('textbox', { name: 'Action contains' }).fill('staff.signed_out');
    const rows = page.getByRole('table', { name: 'Audit entries' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('reason: idle');
    await page.reload();
    await expect(staff.signIn).toBeVisible();
  });
});
