import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The architecture rules of eslint.config.js, seen failing. Each case is a file that is never
 * written: ESLint lints the text as if it lived at that path, so the repository's config applies
 * (and the imports resolve against the real files around it) while a lint run going on at the
 * same time never sees it. Only the boundary rules run, without type information, which keeps
 * this to a second or two.
 */

const BOUNDARY_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-globals', 'no-restricted-properties']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: new URL('../..', import.meta.url).pathname,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId),
  });
});

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

const ZONE = 'import-x/no-restricted-paths';

describe('the linter refuses each boundary violation', () => {
  it.each([
    ['domain → store (static)', 'src/domain/probe.ts', "import { useSessionStore } from '../store/session-store';\nexport const store = useSessionStore;", 'src/domain is pure'],
    ['domain → feature (dynamic import)', 'src/domain/export/probe.ts', "export const load = () => import('../../features/map/decision-map');", 'src/domain is pure'],
    ['domain → react (type only)', 'src/domain/probe.ts', "import type { ReactNode } from 'react';\nexport type N = ReactNode;", 'src/domain is pure'],
    ['domain → storage', 'src/domain/record/probe.ts', "export { DB_NAME } from '../../storage/schema';", 'src/domain is pure'],
    ['storage → store', 'src/storage/probe.ts', "export { useRecordsStore } from '../store/records';", 'imports flow one way'],
    ['store → feature', 'src/store/probe.ts', "export { choiceLabel } from '../features/wizard/choices';", 'imports flow one way'],
    ['ui → store', 'src/ui/probe.tsx', "export { useSessionStore } from '../store/session-store';", 'no store access'],
    ['ui → storage', 'src/ui/probe.tsx', "export { DB_NAME } from '../storage/schema';", 'imports flow one way'],
    ['feature → storage', 'src/features/library/probe.tsx', "export { describeFailure } from '../../storage/storage-errors';", 'through src/store'],
    ['feature → storage (dynamic import)', 'src/features/transfer/probe.ts', "export const open = () => import('../../storage/indexeddb-record-store');", 'through src/store'],
    ['feature → another feature, from a nested folder', 'src/features/wizard/nodes/probe.tsx', "export { EDGE_SHAPES } from '../../map/layout';", 'features do not import each other'],
    ['feature → another feature (dynamic import)', 'src/features/library/probe.tsx', "export const map = () => import('../map/decision-map');", 'features do not import each other'],
    ['feature → app', 'src/features/map/probe.tsx', "export { App } from '../../app/app';", 'never imports src/app'],
    ['cli → store', 'src/cli/probe.ts', "export { useSessionStore } from '../store/session-store';", 'src/domain and node: modules only'],
    ['cli → storage', 'src/cli/probe.ts', "export { DB_NAME } from '../storage/schema';", 'src/domain and node: modules only'],
    ['domain → a test builder', 'src/domain/record/probe.ts', "export { buySession } from '../testing/records';", 'builders for tests'],
    ['feature → a test builder (dynamic import)', 'src/features/map/probe.tsx', "export const sessions = () => import('./testing/sessions');", 'builders for tests'],
  ])('%s', async (_name, filePath, code, words) => {
    const messages = await lint(filePath, code);
    expect(messages.length).toBeGreaterThan(0);
    for (const { ruleId, message } of messages) {
      expect(ruleId).toBe(ZONE);
      expect(message).toContain(words);
    }
  });

  it.each([
    ['domain → document', 'src/domain/probe.ts', 'export const title = () => document.title;', 'no-restricted-globals'],
    ['domain → window', 'src/domain/probe.ts', 'export const width = () => window.innerWidth;', 'no-restricted-globals'],
    ['a feature → localStorage', 'src/features/timer/probe.ts', "export const read = () => localStorage.getItem('t');", 'no-restricted-globals'],
    ['the store → window.indexedDB', 'src/store/probe.ts', "export const open = () => window.indexedDB.open('x');", 'no-restricted-properties'],
  ])('%s', async (_name, filePath, code, ruleId) => {
    expect(await lint(filePath, code)).toEqual([expect.objectContaining({ ruleId })]);
  });
});

describe('the linter lets the allowed imports through', () => {
  it.each([
    ['inside one feature, from a nested folder', 'src/features/wizard/nodes/probe.tsx', "export { YES_NO } from '../choices';\nexport const wizard = () => import('../wizard');"],
    ['a feature → the store, ui and domain', 'src/features/library/probe.tsx', "export { describeFailure } from '../../store/storage-view';\nexport { saveFile } from '../../ui/save-file';\nexport { sameValue } from '../../domain/same-value';"],
    ['a feature test seeding storage', 'src/features/transfer/probe.test.tsx', "export { rawRows } from '../../storage/testing/fixture-db';\nexport { DB_NAME } from '../../storage/schema';"],
    ['a test builder using another', 'src/domain/guidance/testing/probe.ts', "export { framed } from '../../testing/sessions';"],
    ['the store → storage', 'src/store/probe.ts', "export { DB_NAME } from '../storage/schema';"],
    ['the app → features (dynamic import)', 'src/app/probe.tsx', "export const map = () => import('../features/map/decision-map');"],
    ['cli → domain and node:', 'src/cli/probe.ts', "import { readFile } from 'node:fs/promises';\nexport { assertNever } from '../domain/assert-never';\nexport const read = readFile;"],
  ])('%s', async (_name, filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});
