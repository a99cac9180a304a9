// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Architecture boundaries (see CONVENTIONS.md): imports flow one way,
 *   app → features → {store, ui, storage} → domain,
 * features reach storage only through the store, and the command line tool
 * (src/cli) uses the domain only. import-x/no-restricted-paths checks the
 * file each import resolves to — static, type-only and dynamic `import()` —
 * so how far a relative path climbs does not matter.
 * tests/lint/boundaries.test.ts plants a violation of each rule.
 */

const MSG = {
  domain: 'src/domain is pure TypeScript: no React, no store, no browser API',
  features: 'features do not import each other; compose them in src/app',
  featuresToApp: 'src/app composes features; a feature never imports src/app',
  featuresToStorage: 'features reach storage through src/store (src/store/storage-view.ts re-exports what they read)',
  ui: 'src/ui is presentational and has no store access: take data and callbacks as props',
  upward:
    'imports flow one way: app → features → {store, ui, storage} → domain; pass what you need down instead',
  cli: 'src/cli is Node code around the domain: it imports src/domain and node: modules only',
  testing: 'testing/ folders hold builders for tests: the app and the tool never import them',
  storage:
    'Only src/storage touches browser storage: use RecordStore from src/storage/record-store.ts (opened with openRecordStore in src/storage/indexeddb-record-store.ts)',
};

/** `src/<layer>` for each layer named. */
const layers = (/** @type {string[]} */ ...names) => names.map((name) => `src/${name}`);

/** Packages src/domain may not import, even as types (paths they resolve to). */
const UI_PACKAGES = ['react', 'react-dom', 'zustand', '@xyflow'].map((name) => `node_modules/${name}`);

/** Every feature folder: each gets a zone that forbids the others. */
const FEATURES = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * @typedef {{ target: string | string[]; from: string | string[]; except?: string[]; message: string }} Zone
 * @type {Zone[]}
 */
const ZONES = [
  { target: 'src/domain', from: [...layers('store', 'features', 'ui', 'app', 'storage', 'cli'), 'src/main.tsx'], message: MSG.domain },
  { target: 'src/domain', from: UI_PACKAGES, message: MSG.domain },
  { target: 'src/storage', from: layers('store', 'features', 'ui', 'app', 'cli'), message: MSG.upward },
  { target: 'src/store', from: layers('features', 'ui', 'app', 'cli'), message: MSG.upward },
  { target: 'src/ui', from: layers('store'), message: MSG.ui },
  { target: 'src/ui', from: layers('features', 'app', 'storage', 'cli'), message: MSG.upward },
  { target: 'src/features', from: layers('app'), message: MSG.featuresToApp },
  { target: 'src/features', from: layers('cli'), message: MSG.upward },
  ...FEATURES.map((name) => ({
    target: `src/features/${name}`,
    from: 'src/features',
    except: [`./${name}`],
    message: MSG.features,
  })),
  { target: 'src/cli', from: 'src', except: ['./domain', './cli'], message: MSG.cli },
];

/** Features reach storage through the store; their tests may still seed a database directly. */
const FEATURES_NOT_STORAGE = { target: 'src/features', from: 'src/storage', message: MSG.featuresToStorage };

/** Test builders live in testing/ folders; only tests (and other builders) import them. */
const NOT_TESTING = { target: 'src', from: 'src/**/testing/**', message: MSG.testing };

/** Tests and test builders, which the zones that keep test code out of the app do not cover. */
const TEST_CODE = ['src/**/*.test.{ts,tsx}', 'src/**/*.test-d.ts', 'src/**/testing/**'];

/** @returns {import('eslint').Linter.RuleEntry} */
const restrictedPaths = (/** @type {Zone[]} */ zones) => ['error', { basePath: import.meta.dirname, zones }];

const STORAGE_GLOBALS = ['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
  name,
  message: MSG.storage,
}));
const STORAGE_PROPERTIES = ['window', 'globalThis', 'self'].flatMap((object) =>
  ['localStorage', 'sessionStorage', 'indexedDB'].map((property) => ({
    object,
    property,
    message: MSG.storage,
  })),
);
/** Browser globals that src/domain may not touch (on top of the storage ones). */
const DOMAIN_BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'history', 'fetch'].map(
  (name) => ({ name, message: MSG.domain }),
);

export default defineConfig(
  // tests/fixtures/*.mjs: one-off generators of committed fixture data, run by hand, not shipped.
  globalIgnores(['dist', 'dist-*', 'tests/fixtures/*.mjs', 'coverage', 'node_modules', 'test-results', 'playwright-report']),

  {
    name: 'forkpoint/base',
    files: ['**/*.{js,mjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    name: 'forkpoint/browser',
    files: ['src/**/*.{ts,tsx}', 'tests/setup/**/*.ts'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },

  {
    name: 'forkpoint/node',
    files: ['*.{js,mjs,ts}', 'scripts/**/*.mjs', 'bin/**/*.mjs', 'tests/e2e/**/*.ts', 'tests/cli/**/*.ts', 'src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },

  {
    // npm run bench: Node code that also hands functions to the page.
    name: 'forkpoint/bench',
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  {
    name: 'forkpoint/boundaries',
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-restricted-paths': restrictedPaths(ZONES) },
  },

  {
    // Each later block repeats the zones: a rule's options in a later block replace the earlier ones.
    name: 'forkpoint/boundaries/no-test-code',
    files: ['src/**/*.{ts,tsx}'],
    ignores: TEST_CODE,
    rules: { 'import-x/no-restricted-paths': restrictedPaths([...ZONES, NOT_TESTING]) },
  },

  {
    name: 'forkpoint/boundaries/features-not-storage',
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: TEST_CODE,
    rules: { 'import-x/no-restricted-paths': restrictedPaths([...ZONES, NOT_TESTING, FEATURES_NOT_STORAGE]) },
  },

  {
    name: 'forkpoint/storage-only-in-src-storage',
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-globals': ['error', ...STORAGE_GLOBALS],
      'no-restricted-properties': ['error', ...STORAGE_PROPERTIES],
    },
  },

  {
    name: 'forkpoint/domain-has-no-browser',
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...STORAGE_GLOBALS, ...DOMAIN_BROWSER_GLOBALS],
    },
  },
);
