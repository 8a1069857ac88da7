import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';

// Its own port, so a developer's dev server (with mock latency) is never reused by mistake.
const DEV_SERVER_URL = 'http://localhost:5199';
const baseURL = process.env.BASE_URL || DEV_SERVER_URL;
const isCI = Boolean(process.env.CI);
// The runner and the workers it forks must agree on the folder: workers name their parent.
const runnerPid = process.env.TEST_WORKER_INDEX === undefined ? process.pid : process.ppid;
const runId = isCI ? 'ci' : `run-${runnerPid}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  // The dev server compiles each step on first use; a whole checkout walk needs more than 30 s
  // on a busy 2-core machine. A ceiling to wait, not a time to beat.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  ...(isCI ? { workers: 2 } : {}),
  // Outside CI several runs may share the checkout: each gets its own folders, so one run's
  // clean-up never deletes another's traces.
  outputDir: `test-results/${runId}`,
  reporter: [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${runId}` }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: 'npm run dev -- --port 5199 --strictPort',
        // No mock latency in tests.
        env: { VITE_MOCK_LATENCY_MS: '0', HMR: 'false' },
        url: DEV_SERVER_URL,
        reuseExistingServer: !isCI,
      },
});
