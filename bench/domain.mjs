/**
 * The app's own domain code (TypeScript under src/domain), loaded in Node through
 * Vite's module runner: records come from the domain's builders and arbitraries,
 * exports and imports from its writers and readers.
 */
import fc from 'fast-check';
import { createServer } from 'vite';

/**
 * @typedef {import('../src/domain/record/record.ts').DecisionRecord} DecisionRecord
 * @typedef {import('../src/domain/record/draft.ts').Draft} Draft
 * @typedef {{
 *   arbitrary: typeof import('../src/domain/export/testing/record-arbitrary.ts');
 *   typical: typeof import('../src/domain/export/testing/typical-record.ts');
 *   archive: typeof import('../src/domain/export/archive.ts');
 *   importPlan: typeof import('../src/domain/export/import-plan.ts');
 *   adr: typeof import('../src/domain/adr/write-adr.ts');
 *   sessions: typeof import('../src/domain/testing/sessions.ts');
 *   draft: typeof import('../src/domain/record/draft.ts');
 *   summary: typeof import('../src/domain/record/summary.ts');
 * }} Domain
 * @typedef {{ record: DecisionRecord; summary: import('../src/domain/record/summary.ts').RecordSummary }} Seed
 */

const SEED = 20261122;

/** Loads the domain modules once; call `close` when done. */
export async function loadDomain() {
  // No dependency scan: it would crawl the app from index.html, whose virtual modules (vite-plugin-pwa's) only the app's config resolves.
  const server = await createServer({ configFile: false, logLevel: 'error', appType: 'custom', optimizeDeps: { noDiscovery: true }, server: { middlewareMode: true, hmr: false, ws: false } });
  /** @type {(path: string) => Promise<unknown>} */
  const load = (path) => server.ssrLoadModule(path);
  /** @type {Domain} */
  const domain = /** @type {Domain} */ ({
    arbitrary: await load('/src/domain/export/testing/record-arbitrary.ts'),
    typical: await load('/src/domain/export/testing/typical-record.ts'),
    archive: await load('/src/domain/export/archive.ts'),
    importPlan: await load('/src/domain/export/import-plan.ts'),
    adr: await load('/src/domain/adr/write-adr.ts'),
    sessions: await load('/src/domain/testing/sessions.ts'),
    draft: await load('/src/domain/record/draft.ts'),
    summary: await load('/src/domain/record/summary.ts'),
  });
  return { domain, close: () => server.close() };
}

/**
 * `count` distinct valid records (fast-check's record arbitrary with a fixed seed,
 * so every run measures the same data), numbered 1..count as a library numbers them.
 * @param {Domain} domain
 * @param {number} count
 * @returns {DecisionRecord[]}
 */
export function generateRecords(domain, count) {
  return fc.sample(domain.arbitrary.recordArb, { numRuns: count, seed: SEED }).map((record, i) => ({ ...record, number: i + 1 }));
}

/**
 * Records for seeding a library: generated ones plus the typical decision (a vector
 * store for product search), which gives the search something realistic to find.
 * @param {Domain} domain
 * @param {number} count
 * @returns {Seed[]}
 */
export function libraryTemplates(domain, count) {
  return withSummaries(domain, [domain.typical.typicalRecord(), ...generateRecords(domain, count - 1)]);
}

/**
 * Each record with its summary, as the app stores them side by side.
 * @param {Domain} domain
 * @param {readonly DecisionRecord[]} records
 * @returns {Seed[]}
 */
export function withSummaries(domain, records) {
  return records.map((record) => ({ record, summary: domain.summary.summarize(record) }));
}
