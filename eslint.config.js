// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const TEST_FILES = ['**/*.test.{ts,tsx}', '**/*.spec.{ts,tsx}'];

/**
 * Files that may import the mock backend (`@/mocks/*`). Everything else must not. The demo
 * tools (src/demo) are loaded only where the mock is, behind main.tsx's mock check.
 */
const MOCK_ALLOWED = [
  'src/mocks/**',
  'src/demo/**',
  'src/main.tsx',
  'src/testing/**',
  // The end-to-end fixtures seed the mock's state before the page starts.
  'e2e/**',
  // Runs the conformance kit against the mock (`npm run test:conformance`).
  'scripts/conformance/against-mock.ts',
  // Records the API reference's examples from the mock (`npm run docs:api`).
  'scripts/api-docs/**',
  'scripts/**/*.test.ts',
];

const MOCK_MESSAGE =
  "The mock backend is imported only by src/mocks, src/main.tsx, src/demo, e2e and scripts; the app's tests reach it through src/testing.";

/** The conformance kit: run against a carrier's own backend, it knows only the contract. */
const CONFORMANCE_KIT = 'scripts/conformance/**/*.ts';

const KIT_MESSAGE =
  'The conformance kit uses only the contract (src/api/contract: openapi.json, sandbox.ts and plain data), never the mock backend.';

/**
 * `no-restricted-imports` pattern groups. Each forbids the alias form (`@/x/...`) and a relative
 * form that climbs out of the current folder into `src/x` (`../../x/...`).
 */
const restricted = {
  mocks: [
    {
      group: ['@/mocks', '@/mocks/*'],
      message: MOCK_MESSAGE,
    },
    {
      regex: '^(\\.\\./)+mocks(/|$)',
      message: MOCK_MESSAGE,
    },
  ],
  // From scripts/conformance, the mock backend is `../../src/mocks/...`.
  mocksFromKit: [
    {
      group: ['@/mocks', '@/mocks/*'],
      message: KIT_MESSAGE,
    },
    {
      regex: '^(\\.\\./)+src/mocks(/|$)',
      message: KIT_MESSAGE,
    },
  ],
};

/** @param {Array<Array<Record<string, string | string[]>>>} groups */
const restrictImports = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.flat() }],
});

/**
 * The layers of src, each importing only those below it (import-x resolves `@/` and relative
 * paths alike, type-only imports included):
 *   app -> features -> checkout -> api -> config, lib, i18n; components -> config, lib, i18n.
 * No feature imports another: what two steps share lives in src/checkout.
 */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** @param {string} target @param {string[]} from @param {string} message */
const zone = (target, from, message) => ({
  target: `./src/${target}`,
  from: from.map((dir) => `./src/${dir}`),
  message,
});

const layerZones = [
  zone(
    'components',
    ['api', 'analytics', 'checkout', 'features', 'app', 'demo'],
    'The UI kit knows no API and no step: pass it plain props.',
  ),
  ...['config', 'lib', 'i18n'].map((layer) =>
    zone(
      layer,
      ['api', 'analytics', 'checkout', 'features', 'app', 'components', 'demo'],
      `src/${layer} imports nothing of the domain.`,
    ),
  ),
  zone(
    'api',
    ['analytics', 'checkout', 'features', 'app', 'components', 'demo'],
    'The API layer imports only the contract, config and lib.',
  ),
  zone(
    'analytics',
    ['checkout', 'features', 'app', 'components', 'demo'],
    'src/analytics knows the events, not the pages: the app reports to it.',
  ),
  zone(
    'checkout',
    ['features', 'app', 'demo'],
    'src/checkout is shared by the steps: it imports no step and not the app.',
  ),
  zone('features', ['app', 'demo'], 'A step does not import the app around it.'),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'No feature imports another: move what two steps share to src/checkout.',
  })),
];

/**
 * Import direction. A later block replaces the rule set by an earlier one for the same file, so
 * each block lists every restriction that applies to it.
 */
const importDirection = [
  {
    name: 'imports/layers',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    name: 'imports/no-mocks',
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    ignores: MOCK_ALLOWED,
    rules: restrictImports(restricted.mocks),
  },
  {
    name: 'imports/conformance-kit',
    files: [CONFORMANCE_KIT],
    ignores: MOCK_ALLOWED,
    rules: restrictImports(restricted.mocksFromKit),
  },
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'coverage/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    'node_modules/',
    'bench/.out/',
    'public/mockServiceWorker.js',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'project/typescript',
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'lib', name: 'Response' }], allowThrowingUnknown: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
      'no-console': 'error',
    },
  },
  {
    name: 'project/javascript-files',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    name: 'project/browser',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'project/node',
    files: [
      '*.{js,mjs,cjs,ts}',
      'scripts/**',
      'e2e/**',
      'src/mocks/server.ts',
      'src/testing/**',
      ...TEST_FILES,
    ],
    languageOptions: { globals: globals.node },
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },
  {
    files: ['src/**/*.test.tsx'],
    extends: [testingLibrary.configs['flat/react']],
  },
  {
    files: ['e2e/**'],
    extends: [playwright.configs['flat/recommended']],
    rules: {
      // Shared checks are named expectSomething(), so a test calling one asserts.
      'playwright/expect-expect': ['warn', { assertFunctionPatterns: ['^expect[A-Z]'] }],
    },
  },

  importDirection,

  {
    name: 'project/scripts-may-log',
    files: ['scripts/**'],
    rules: { 'no-console': 'off' },
  },

  prettier,
]);
