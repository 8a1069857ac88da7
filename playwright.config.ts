import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import type { PolicyOptions } from './e2e/support/policy';

const isCI = Boolean(process.env.CI);
// The runner and the workers it forks must agree on the folder: workers name their parent.
const runnerPid = process.env.TEST_WORKER_INDEX === undefined ? process.pid : process.ppid;
const runId = isCI ? 'ci' : `run-${runnerPid}`;

/**
 * Every spec runs on the demo build (the mock in the page, no latency), and e2e/csp.spec.ts on
 * the production build too, whose API is the standalone mock on another origin, as a real
 * deployment with an API host has. Both are built into node_modules/.cache (never over dist/)
 * and served by scripts/serve-dist.ts with the production headers, so every test runs under
 * the Content Security Policy. With BASE_URL set (say, a dev server), only that URL is tested
 * and no server is started.
 */
const POLICY_SPEC = /\/csp\.spec\.ts$/;
// Two devices, one backend: the demo build's mock lives in each tab, so only the production
// build (whose API is mock:server) can run it.
const HANDOFF_SPEC = /\/handoff\.spec\.ts$/;
const MOCK_API_PORT = 4282;
const MOCK_API_ORIGIN = `http://localhost:${MOCK_API_PORT}`;
const PRODUCTION_BUILD = { mode: 'production', port: 4283, apiOrigin: MOCK_API_ORIGIN };
const DEMO_BUILD = { mode: 'demo', port: 4284, apiOrigin: undefined };
const builds = [PRODUCTION_BUILD, DEMO_BUILD];
const buildUrl = (port: number) => `http://localhost:${port}`;
const baseURL = process.env.BASE_URL || buildUrl(DEMO_BUILD.port);

const chromiumProject = {
  ...devices['Desktop Chrome'],
  launchOptions: chromiumLaunchOptions,
};

export default defineConfig<PolicyOptions>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  // A whole checkout walk on a busy 2-core machine: a ceiling to wait, not a time to beat.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  ...(isCI ? { workers: 2 } : {}),
  // Outside CI several runs may share the checkout: each gets its own folders, so one run's
  // clean-up never deletes another's traces.
  outputDir: `test-results/${runId}`,
  reporter: [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${runId}` }]],
  use: {
    baseURL,
    // Recording a trace costs about a third of a test's time on a 2-core machine; CI keeps no
    // artifacts to read one from, so only local runs record them.
    trace: isCI ? 'off' : 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // A dev server sends no production headers.
      testIgnore: process.env.BASE_URL ? [POLICY_SPEC, HANDOFF_SPEC] : HANDOFF_SPEC,
      use: chromiumProject,
    },
    ...(process.env.BASE_URL
      ? []
      : [
          {
            name: 'production-build',
            testMatch: [POLICY_SPEC, HANDOFF_SPEC],
            // Its specs share one mock:server, and each resets it as it starts: one at a time.
            workers: 1,
            use: {
              ...chromiumProject,
              baseURL: buildUrl(PRODUCTION_BUILD.port),
              apiOrigin: PRODUCTION_BUILD.apiOrigin,
            },
          },
        ]),
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : [
        {
          command: 'npx tsx src/mocks/server.ts',
          env: {
            PORT: String(MOCK_API_PORT),
            CORS_ORIGINS: builds.map(({ port }) => buildUrl(port)).join(','),
          },
          url: `${MOCK_API_ORIGIN}/__mock/orders`,
          reuseExistingServer: !isCI,
        },
        ...builds.map(({ mode, port, apiOrigin }) => {
          const outDir = `node_modules/.cache/e2e-${mode}-build`;
          return {
            command: `npx vite build --mode ${mode} --outDir ${outDir} --emptyOutDir --logLevel warn && npx tsx scripts/serve-dist.ts ${outDir} --mode ${mode}`,
            // serve-dist reads VITE_API_BASE_URL as the build did, for the CSP's connect-src.
            env: {
              PORT: String(port),
              VITE_API_BASE_URL: apiOrigin ?? '',
              VITE_MOCK_LATENCY_MS: '0',
            },
            url: buildUrl(port),
            reuseExistingServer: !isCI,
            // A build comes first: a ceiling to wait on a busy 2-core machine, not a time to beat.
            timeout: 180_000,
          };
        }),
      ],
});
