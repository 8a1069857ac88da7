import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import type { PolicyOptions } from './e2e/support/policy';

// Its own port, so a developer's dev server (with mock latency) is never reused by mistake.
const DEV_SERVER_URL = 'http://localhost:5199';
const baseURL = process.env.BASE_URL || DEV_SERVER_URL;
const isCI = Boolean(process.env.CI);
// The runner and the workers it forks must agree on the folder: workers name their parent.
const runnerPid = process.env.TEST_WORKER_INDEX === undefined ? process.pid : process.ppid;
const runId = isCI ? 'ci' : `run-${runnerPid}`;

/**
 * The production and the demo build run e2e/csp.spec.ts under the production headers, each
 * built into node_modules/.cache (never over dist/) and served by scripts/serve-dist.ts on its
 * own port. The production build calls the standalone mock API on another origin, as a real
 * deployment with an API host does. With BASE_URL set, only the dev-server project runs.
 */
const POLICY_SPEC = /\/csp\.spec\.ts$/;
const MOCK_API_PORT = 4282;
const MOCK_API_ORIGIN = `http://localhost:${MOCK_API_PORT}`;
const builds = [
  { project: 'production-build', mode: 'production', port: 4283, apiOrigin: MOCK_API_ORIGIN },
  { project: 'demo-build', mode: 'demo', port: 4284, apiOrigin: undefined },
];
const buildUrl = (port: number) => `http://localhost:${port}`;

const chromiumProject = {
  ...devices['Desktop Chrome'],
  launchOptions: chromiumLaunchOptions,
};

export default defineConfig<PolicyOptions>({
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
    { name: 'chromium', testIgnore: POLICY_SPEC, use: chromiumProject },
    ...(process.env.BASE_URL
      ? []
      : builds.map(({ project, port, apiOrigin }) => ({
          name: project,
          testMatch: POLICY_SPEC,
          use: { ...chromiumProject, baseURL: buildUrl(port), apiOrigin },
        }))),
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : [
        {
          command: 'npm run dev -- --port 5199 --strictPort',
          // No mock latency in tests.
          env: { VITE_MOCK_LATENCY_MS: '0', HMR: 'false' },
          url: DEV_SERVER_URL,
          reuseExistingServer: !isCI,
        },
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
