/**
 * Lighthouse (performance, accessibility, best practices) for home, a node screen
 * and the library, mobile and desktop, offline against the preview server.
 * The node screen and the library need state: a Chromium profile is seeded first
 * (100 records, and a draft left at node 1 so that `#/differentiator` restores it),
 * then Lighthouse runs in that profile without resetting storage. Home runs last,
 * with Lighthouse's storage reset: a first visit.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { frameDecision, seedRecords } from './app.mjs';
import { CHROME_PATH, launchPersistent } from './browser.mjs';

export const LIBRARY_SIZE = 100;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const PAGES = [
  { name: 'node 1', hash: '#/differentiator', keepStorage: true },
  { name: 'library', hash: '#/library', keepStorage: true },
  { name: 'home', hash: '', keepStorage: false },
];

/**
 * A query string of its own for every run: going to a URL that differs only in its
 * hash, or to the same URL with a hash, is a same-document navigation, which
 * Lighthouse cannot trace (NO_NAVSTART). The app ignores the query.
 * @param {string} url @param {{ name: string; hash: string }} target @param {string} run
 */
const runUrl = (url, target, run) => `${url}/?bench=${encodeURIComponent(`${target.name}-${run}`)}${target.hash}`;

/**
 * @param {string} userDataDir
 * @param {string} url
 * @param {readonly import('./domain.mjs').DecisionRecord[]} templates
 */
async function seedProfile(userDataDir, url, templates) {
  const context = await launchPersistent(userDataDir);
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await seedRecords(page, templates, LIBRARY_SIZE);
    await frameDecision(page, 'Vector store for product search');
    // Moving to node 1 writes the draft at once; wait until it is stored.
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.open('forkpoint');
          request.onsuccess = () => {
            const count = request.result.transaction('drafts', 'readonly').objectStore('drafts').count();
            count.onsuccess = () => (resolve(count.result > 0), request.result.close());
          };
          request.onerror = () => resolve(false);
        }),
      undefined,
      { timeout: 30_000 },
    );
  } finally {
    await context.close();
  }
}

/**
 * @typedef {{ page: string; formFactor: 'mobile' | 'desktop'; performance: number | null; accessibility: number | null; bestPractices: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null; failedAudits: string[]; error?: string }} LighthouseRow
 */

/**
 * @param {string} url
 * @param {readonly import('./domain.mjs').DecisionRecord[]} templates
 * @returns {Promise<LighthouseRow[]>}
 */
export async function benchLighthouse(url, templates) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'forkpoint-bench-lighthouse-'));
  try {
    await seedProfile(userDataDir, url, templates);
    const chrome = await launch({ chromePath: CHROME_PATH, userDataDir, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
    try {
      /** @type {LighthouseRow[]} */
      const rows = [];
      for (const target of PAGES) {
        for (const formFactor of /** @type {const} */ (['mobile', 'desktop'])) {
          const flags = { port: chrome.port, output: /** @type {const} */ ('json'), logLevel: /** @type {const} */ ('error'), onlyCategories: CATEGORIES, disableStorageReset: target.keepStorage };
          // A trace without a navigation start (NO_NAVSTART) happens now and then on a busy machine: one more try.
          let result = await lighthouse(runUrl(url, target, formFactor), flags, formFactor === 'desktop' ? desktopConfig : undefined);
          if (result?.lhr.runtimeError?.code === 'NO_NAVSTART') result = await lighthouse(runUrl(url, target, `${formFactor}-again`), flags, formFactor === 'desktop' ? desktopConfig : undefined);
          const lhr = result?.lhr;
          const score = (/** @type {string} */ id) => lhr?.categories[id]?.score ?? null;
          const metric = (/** @type {string} */ id) => lhr?.audits[id]?.numericValue ?? null;
          // Audits that cost points, so a score below 1 says what to fix.
          const failedAudits = CATEGORIES.flatMap((category) =>
            (lhr?.categories[category]?.auditRefs ?? [])
              .filter((ref) => ref.weight > 0 && (lhr?.audits[ref.id]?.score ?? 1) < 0.9)
              .map((ref) => `${category}/${ref.id}`),
          );
          rows.push({
            page: target.name,
            formFactor,
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            lcpMs: metric('largest-contentful-paint'),
            tbtMs: metric('total-blocking-time'),
            cls: metric('cumulative-layout-shift'),
            failedAudits,
            ...(lhr?.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
          });
        }
      }
      return rows;
    } finally {
      chrome.kill();
    }
  } finally {
    await rm(userDataDir, { recursive: true, force: true });
  }
}
