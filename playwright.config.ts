import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/e2e/chromium';

/** E2E_PORT moves both ports, so that two checkouts on one machine can run their tests at once */
const PORT = Number(process.env['E2E_PORT'] ?? 4517);
/** the sandbox's Stripe emulator: tests read what reached "Stripe" with stripe-node */
export const E2E_STRIPE_PORT = PORT + 1;

/** End-to-end tests: the built renderer in Debian's Chromium, served by browser mode. */
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  // the first sync of each test's demo shares the sandbox's 25 requests a second with every other test
  timeout: 120_000,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env['CI'],
  reporter: process.env['CI'] ? 'line' : 'list',
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx tsx scripts/web.ts --static --sandbox --port ${PORT} --stripe-port ${E2E_STRIPE_PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    stdout: 'ignore',
  },
});
