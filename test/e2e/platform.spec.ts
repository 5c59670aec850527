import { expect, test } from '@playwright/test';

test.describe('browser mode', () => {
  test('the page reaches the background service through the bridge and shows the sandbox', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByLabel('Mode')).toHaveText('Sandbox');
    await expect(page.getByRole('region', { name: 'Demo codes' })).toBeVisible();
  });

  test('the bridge refuses a call that does not carry the page’s token', async ({ page }) => {
    await page.goto('/');
    const status = await page.evaluate(async () => {
      const reply = await fetch('/api/app:getInfo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return reply.status;
    });
    expect(status).toBe(401);
  });

  test('the page may not load scripts from elsewhere (content security policy)', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text());
    });
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });
});
