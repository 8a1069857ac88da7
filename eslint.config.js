// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import playwright from 'eslint-plugin-playwright';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
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
  ...TEST_FILES,
];

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
      message:
        'The mock backend is only imported by src/mocks, src/main.tsx, src/testing, e2e and tests.',
    },
    {
      regex: '^(\\.\\./)+mocks(/|$)',
      message:
        'The mock backend is only imported by src/mocks, src/main.tsx, src/testing, e2e and tests.',
    },
  ],
  features: [
    {
      group: ['@/features', '@/features/*'],
      message: 'Import direction: shared code (components, config, api) must not import features.',
    },
    {
      regex: '^(\\.\\./)+features(/|$)',
      message: 'Import direction: shared code (components, config, api) must not import features.',
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
  app: [
    {
      group: ['@/app', '@/app/*'],
      message: 'Import direction: only the app layer imports from src/app.',
    },
    {
      regex: '^(\\.\\./)+app(/|$)',
      message: 'Import direction: only the app layer imports from src/app.',
    },
  ],
};

/** @param {Array<Array<Record<string, string | string[]>>>} groups */
const restrictImports = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.flat() }],
});

/**
 * Import direction (shared -> features -> app). A later block replaces the rule set by an
 * earlier one for the same file, so each block lists every restriction that applies to it.
 */
const SHARED_LAYERS = ['src/components', 'src/config', 'src/api'];
const importDirection = [
  {
    name: 'imports/no-mocks',
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    ignores: MOCK_ALLOWED,
    rules: restrictImports(restricted.mocks),
  },
  {
    name: 'imports/shared-layers',
    files: SHARED_LAYERS.map((dir) => `${dir}/**/*.{ts,tsx}`),
    ignores: MOCK_ALLOWED,
    rules: restrictImports(restricted.mocks, restricted.features, restricted.app),
  },
  {
    name: 'imports/shared-layers-tests',
    files: SHARED_LAYERS.flatMap((dir) => TEST_FILES.map((glob) => `${dir}/${glob}`)),
    rules: restrictImports(restricted.features, restricted.app),
  },
  {
    name: 'imports/features',
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: MOCK_ALLOWED,
    rules: restrictImports(restricted.mocks, restricted.app),
  },
  {
    name: 'imports/features-tests',
    files: TEST_FILES.map((glob) => `src/features/${glob}`),
    rules: restrictImports(restricted.app),
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
