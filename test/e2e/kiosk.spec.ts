import { expect, test, type Page } from '@playwright/test';
import { CounterPage } from './pages/counter-page';
import { leaveKiosk, MANAGER, startKiosk, typeOnKeypad } from './pages/kiosk-page';
import { StaffPage } from './pages/staff-page';

test.describe('the customer kiosk', () => {
  test('a customer enters a code on the keypad, sees the offer with the referrer’s first name only, checks in, and the counter rings the sale up', async ({ page }) => {
    const code = await startKiosk(page);
    await expect(page.getByRole('navigation', { name: 'Screens' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Start' }).click();
    await typeOnKeypad(page, code);
    await expect(page.getByRole('textbox', { name: 'Referral code' })).toHaveValue(code.replaceAll('-', ''));
    await page.getByRole('button', { name: 'Check my code' }).click();
    const verdict = page.getByRole('region', { name: 'Your code' });
    await expect(verdict.getByRole('status')).toHaveText('Your code works!');
    await expect(verdict).toContainText('10% off your first order');
    await expect(verdict).toContainText('Referred by Dana');
    await expect(page.locator('body')).not.toContainText('Whitfield');
    await verdict.getByRole('button', { name: 'Continue' }).click();

    const details = page.getByRole('region', { name: 'Your details' });
    await details.getByRole('button', { name: 'Save my details' }).click();
    await expect(details.getByRole('alert', { name: 'Problems' })).toContainText('Enter your name.');
    await expect(details.getByRole('alert', { name: 'Problems' })).toContainText('Please tick the box to agree');
    await details.getByRole('textbox', { name: 'Your name' }).fill('Kim Kiosk');
    await details.getByRole('textbox', { name: 'Email' }).fill(`kim-${Date.now()}@example.com`);
    await details.getByRole('button', { name: 'Read the privacy notice' }).click();
    await expect(page.getByRole('region', { name: 'Privacy notice' })).toContainText('referral program');
    await page.getByRole('button', { name: 'Back to your details' }).click();
    await expect(details.getByRole('textbox', { name: 'Your name' })).toHaveValue('Kim Kiosk');
    await details.getByRole('checkbox', { name: /I agree/ }).check();
    await details.getByRole('button', { name: 'Save my details' }).click();
    await expect(page.getByRole('region', { name: 'Checked in' }).getByRole('status')).toHaveText('Thank you, Kim!');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('region', { name: 'Welcome' })).toBeVisible();

    await leaveKiosk(page);
    await expect(new StaffPage(page).signedIn).toContainText(`Signed in as ${MANAGER.name} (manager)`);
    await page.goto('/#/');
    const checkIns = page.getByRole('region', { name: 'Kiosk check-ins' });
    await checkIns.getByRole('button', { name: 'Ring up Kim Kiosk' }).click();
    const counter = new CounterPage(page);
    await expect(counter.verdict).toContainText('Dana');
    await counter.enterAmount('30');
    await counter.recordButton.click();
    await expect(counter.recorded).toContainText('Redemption recorded for Kim Kiosk');
    await expect(checkIns).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Payment' }).getByLabel('Lead status')).toContainText('Pending');
  });

  test('after the idle time the kiosk forgets what was typed, and the back button cannot bring it back', async ({ page }) => {
    await page.clock.install();
    const code = await startKiosk(page, { idleSeconds: 20 });
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('textbox', { name: 'Referral code' }).fill(code);
    await page.getByRole('button', { name: 'Check my code' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Idle Ida');
    await page.clock.fastForward(21_000);
    await expect(page.getByRole('region', { name: 'Welcome' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('region', { name: 'Welcome' })).toBeVisible();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('textbox', { name: 'Referral code' })).toHaveValue('');
    await expect(page.locator('body')).not.toContainText('Idle Ida');
  });

  test('blocks reload, close, devtools and zoom shortcuts and the context menu', async ({ page }) => {
    await startKiosk(page);
    await page.evaluate(() => {
      (window as unknown as { blocked: string[] }).blocked = [];
      // on window, after the kiosk's own listener: it stops the event from reaching the page
      window.addEventListener('keydown', (e) => e.defaultPrevented && (window as unknown as { blocked: string[] }).blocked.push(e.key), true);
      window.addEventListener('contextmenu', (e) => e.defaultPrevented && (window as unknown as { blocked: string[] }).blocked.push('contextmenu'));
    });
    for (const keys of ['F5', 'Control+r', 'Control+w', 'F12', 'Control+Shift+I', 'Control+=', 'Control+-', 'Alt+ArrowLeft']) await page.keyboard.press(keys);
    await page.mouse.click(200, 200, { button: 'right' });
    const blocked = await page.evaluate(() => (window as unknown as { blocked: string[] }).blocked);
    expect(blocked).toEqual(['F5', 'r', 'w', 'F12', 'I', '=', '-', 'ArrowLeft', 'contextmenu']);
    await page.keyboard.press('a');
    expect(await page.evaluate(() => (window as unknown as { blocked: string[] }).blocked.length)).toBe(blocked.length);
    await page.evaluate(() => (location.hash = '#/settings'));
    await expect(page.getByRole('region', { name: 'Welcome' })).toBeVisible();
    await expect(page).toHaveURL(/#\/kiosk$/);
  });

  test('leaving kiosk mode needs a staff PIN; a wrong one keeps the kiosk locked', async ({ page }) => {
    await startKiosk(page);
    await leaveKiosk(page, '9999');
    await expect(page.getByRole('region', { name: 'Leave kiosk mode' }).getByRole('alert')).toContainText('Wrong PIN');
    await page.getByRole('button', { name: 'Back to the kiosk' }).click();
    await expect(page.getByRole('region', { name: 'Welcome' })).toBeVisible();
    await leaveKiosk(page);
    await expect(page.getByRole('region', { name: 'Welcome' })).toHaveCount(0);
    await expect(new StaffPage(page).signedIn).toContainText(`Signed in as ${MANAGER.name} (manager)`);
  });

  test('after five wrong codes in a minute even a right code is refused for a while, with no hint', async ({ page }) => {
    const code = await startKiosk(page);
    await page.getByRole('button', { name: 'Start' }).click();
    const field = page.getByRole('textbox', { name: 'Referral code' });
    for (const wrong of ['AAAA-AAAA-A', 'ZZZZZZZZZ', 'NOPE99', 'K7QM-X4PD-K', 'HELLO']) {
      await field.fill(wrong);
      await page.getByRole('button', { name: 'Check my code' }).click();
      await expect(page.getByRole('alert')).toHaveText('We couldn’t find that code. Check it and try again.');
    }
    await field.fill(code);
    await page.getByRole('button', { name: 'Check my code' }).click();
    await expect(page.getByRole('alert')).toHaveText('Too many codes were tried. Please wait a minute, or ask a member of staff.');
  });

  test('a staff PIN approves a kiosk discount at the counter when the manager requires it', async ({ page }) => {
    const code = await startKiosk(page, { approval: true });
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('textbox', { name: 'Referral code' }).fill(code);
    await page.getByRole('button', { name: 'Check my code' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Abby Approve');
    await page.getByRole('textbox', { name: 'Phone' }).fill('+1 415 555 0142');
    await page.getByRole('checkbox', { name: /I agree/ }).check();
    await page.getByRole('button', { name: 'Save my details' }).click();
    await expect(page.getByRole('region', { name: 'Checked in' })).toContainText('once staff approve it');
    await leaveKiosk(page);
    await page.goto('/#/');
    await page.getByRole('button', { name: 'Ring up Abby Approve' }).click();
    const approve = page.getByRole('form', { name: 'Approve the kiosk discount for Abby Approve' });
    await approve.getByRole('combobox', { name: 'Staff member' }).selectOption({ label: MANAGER.name });
    await approve.getByLabel('PIN').fill('1111');
    await approve.getByRole('button', { name: 'Approve' }).click();
    await expect(approve.getByRole('alert')).toContainText(/PIN/);
    await approve.getByLabel('PIN').fill(MANAGER.pin);
    await approve.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue('Abby Approve');
  });

  test('no address, reload or back button reaches the till’s screens or anyone’s data from the kiosk', async ({ page }) => {
    await startKiosk(page);
    const lead = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('referral-pos');
          open.onsuccess = () => {
            const read = open.result.transaction('leads').objectStore('leads').getAllKeys();
            read.onsuccess = () => resolve(String(read.result[0]));
          };
        }),
    );
    for (const hash of ['#/', '#/sync', '#/settings', '#/audit', '#/staff', '#/referrers', '#/performance', `#/diagnostics/lead/${lead}`, '#/phone', '#/uploads', '#/cards', '#/campaigns']) {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('region', { name: 'Welcome' })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Screens' })).toHaveCount(0);
      const text = await page.locator('body').innerText();
      for (const private_ of ['Demo buyer', 'Alex Returning', 'Whitfield', '@demo.example', 'Sign in']) expect(text, `${hash} shows ${private_}`).not.toContain(private_);
    }
  });
});
