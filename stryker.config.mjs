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
    // Which step a customer may open, and the end of a session (sign-out, timeout, kiosk wipe).
    'src/checkout/guards.ts',
    'src/checkout/end-session.ts',
    'src/app/kiosk/wipe-session.ts',
    // The rules of the forms that take an SSN, a date of birth, a code or a number.
    'src/features/credit/credit-schema.ts',
    'src/features/sign-in/sign-in-machine.ts',
    'src/features/sign-in/sign-in-refusals.ts',
    'src/features/sign-in/sign-in-schema.ts',
    'src/features/number/number-schema.ts',
  ],
  // The unit tests of these modules. Each test file costs a second or two of set-up per mutant,
  // so page tests (which walk the app) are left out: a run from scratch takes about 40 minutes.
  testFiles: [
    'src/api/api-error.test.ts',
    'src/api/client*.test.ts',
    'src/api/query-client.test.tsx',
    'src/api/session*.test.ts',
    'src/mocks/backend/*.test.ts',
    'src/checkout/guards.test.ts',
    'src/checkout/end-session.test.tsx',
    'src/app/kiosk/wipe-session.test.ts',
    'src/features/credit/credit-schema.test.ts',
    'src/features/sign-in/sign-in-*.test.ts',
    'src/features/number/number-schema.test.ts',
    'src/features/form-schemas.property.test.ts',
  ],
  // Mutants in code that runs once, as a module loads (constants, tables), are left out: with a
  // test file list, StrykerJS 9.6 switches them on only after the module has loaded, so each
  // would survive whatever the tests say. The sign-in time rules among them are pinned by
  // figures in src/mocks/backend/auth.test.ts instead.
  ignoreStatic: true,
  testRunner: 'vitest',
  // The unit tests' configuration, with one environment shared by the files (see there).
  vitest: { configFile: 'scripts/mutation/vitest.config.ts', related: false },
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
  thresholds: { high: 90, low: 80, break: 94 },
};
