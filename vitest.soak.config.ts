import { defineConfig } from 'vitest/config';

/** Long runs (a day offline, thousands of sales): `npm run test:soak`; CI runs them smaller. */
export default defineConfig({
  test: {
    include: ['test/soak/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/integration/indexeddb-setup.ts'],
    testTimeout: 1_800_000,
  },
});
