// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Architecture boundaries (see CONVENTIONS.md): imports flow one way,
 *   app → features → {store, ui, storage} → domain.
 * They are enforced with no-restricted-imports on relative paths. A relative
 * path says how far it climbs, so for every folder depth we build the regex
 * that leaves the file's layer and lands in a forbidden one.
 */

const LAYERS = ['domain', 'storage', 'store', 'features', 'ui', 'app'];
const MAX_DEPTH = 6;

const MSG = {
  domain: 'src/domain is pure TypeScript: no React, no store, no browser API',
  features: 'features do not import each other; compose them in src/app',
  featuresToApp: 'src/app composes features; a feature never imports src/app',
  ui: 'src/ui is presentational and has no store access: take data and callbacks as props',
  upward:
    'imports flow one way: app → features → {store, ui, storage} → domain; pass what you need down instead',
  storage:
    'Only src/storage touches browser storage: use RecordStore from src/storage/record-store.ts (opened with openRecordStore in src/storage/indexeddb-record-store.ts)',
};

/** @type {Record<string, { to: string[]; message: string }[]>} layer → forbidden target layers */
const FORBIDDEN = {
  domain: [{ to: ['store', 'features', 'ui', 'app', 'storage'], message: MSG.domain }],
  storage: [{ to: ['store', 'features', 'ui', 'app'], message: MSG.upward }],
  store: [{ to: ['features', 'ui', 'app'], message: MSG.upward }],
  ui: [
    { to: ['store'], message: MSG.ui },
    { to: ['features', 'app', 'storage'], message: MSG.upward },
  ],
  features: [{ to: ['app'], message: MSG.featuresToApp }],
  app: [],
};

/** Packages src/domain may not import, even as types. */
const DOMAIN_PACKAGES = /^(react|react-dom|zustand|dexie|idb|@xyflow\/[^/]+)(\/.*)?$/;

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

/** `(\.\./){n}` as a regex source. */
const up = (/** @type {number} */ n) => (n === 0 ? '\\./' : `(\\.\\./){${n}}`);

/**
 * no-restricted-imports for the files of one layer that sit `depth` folders
 * below src/ (depth 1 = src/<layer>/file.ts).
 * @param {string} layer
 * @param {number} depth
 * @returns {import('eslint').Linter.Config}
 */
function boundaryConfig(layer, depth) {
  const patterns = (FORBIDDEN[layer] ?? []).map(({ to, message }) => ({
    regex: `^${up(depth)}(${to.join('|')})(/|$)`,
    message,
  }));
  if (layer === 'domain') patterns.push({ regex: DOMAIN_PACKAGES.source, message: MSG.domain });
  // From src/features/<x>/…, climbing to src/features/ and down again is another feature.
  if (layer === 'features' && depth >= 2) {
    patterns.push({ regex: `^${up(depth - 1)}(?!\\.\\./)[^/]+`, message: MSG.features });
  }
  const dirs = '*/'.repeat(depth - 1);
  return {
    name: `forkpoint/boundaries/${layer}/depth-${depth}`,
    files: [`src/${layer}/${dirs}*.{ts,tsx}`],
    rules: patterns.length ? { 'no-restricted-imports': ['error', { patterns }] } : {},
  };
}

const boundaries = LAYERS.flatMap((layer) =>
  Array.from({ length: MAX_DEPTH }, (_, i) => boundaryConfig(layer, i + 1)),
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

  ...boundaries,

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
