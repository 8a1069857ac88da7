/**
 * Mutation testing, `npm run test:mutation` (not part of `npm test`). StrykerJS changes the code
 * listed in `mutate` one small way at a time (`>=` for `>`, a condition always true, a string
 * emptied, a line removed) and runs the unit tests that cover each change. A change that no test
 * notices is a bug the suite would let through. The last run's score, per file, is in
 * bench/mutation.md; `thresholds.break` is that score rounded down, so it can only rise.
 * Options: node_modules/@stryker-mutator/core/schema/stryker-schema.json.
 */
export default {
  // The part of the app whose bugs cost money or data: a wrong call, a lost or leaked session,
  // an error taken for success, an order placed twice, sign-in rules that lock out too little.
  mutate: [
    // The API client and the session.
    'src/api/client.ts',
    'src/api/session.ts',
    'src/api/api-error.ts',
    // The mock's order and sign-in rules, which the app's tests and the conformance kit rely on.
    'src/mocks/backend/auth.ts',
    'src/mocks/backend/orders.ts',
    'src/mocks/backend/order-model.ts',
    // To come: the step guards, the kiosk wipe, and the credit, sign-in and number form logic.
  ],
  // The unit tests of these modules. Each test file costs a second or two of set-up per mutant,
  // so page tests and the mock's HTTP and scenario tests are left out: a run takes minutes.
  testFiles: [
    'src/api/api-error.test.ts',
    'src/api/client.test.ts',
    'src/api/client.property.test.ts',
    'src/api/query-client.test.tsx',
    'src/api/session.test.ts',
    'src/mocks/backend/*.test.ts',
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'vite.config.ts', related: false },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Reuses the last run's results for mutants whose code and tests did not change.
  incremental: true,
  incrementalFile: 'bench/.out/mutation/incremental.json',
  tempDirName: 'bench/.out/stryker-tmp',
  ignorePatterns: [
    '/dist',
    '/dist-api',
    '/coverage',
    '/test-results',
    '/playwright-report',
    '/blob-report',
    '/bench/.out',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'bench/.out/mutation/index.html' },
  jsonReporter: { fileName: 'bench/.out/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, reportTests: false },
  thresholds: { high: 90, low: 80, break: 0 },
};
