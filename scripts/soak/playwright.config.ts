import { defineConfig, devices } from '@playwright/test';
import { fullChromiumLaunchOptions } from '../../e2e/support/chromium';

/**
 * `npm run soak`: the one test of soak.spec.ts. It starts its own servers (servers.ts), and takes
 * as long as its customers take: no test timeout, but every wait has the ceiling of the
 * end-to-end tests, for a busy 2-core machine.
 */
export default defineConfig({
  testDir: import.meta.dirname,
  testMatch: 'soak.spec.ts',
  timeout: 0,
  expect: { timeout: 15_000 },
  retries: 0,
  outputDir: '../../test-results/soak',
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: fullChromiumLaunchOptions,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    // A trace records every page in the renderer being measured; a screenshot shows a failure.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
