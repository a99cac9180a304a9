/**
 * Lighthouse (performance, accessibility, best practices) for home, a node screen,
 * the library and the outcome, mobile and desktop, offline against the preview server.
 * These need state: a Chromium profile is seeded first (100 records, and a draft left
 * at node 1 so that `#/differentiator` restores it), then Lighthouse runs in that
 * profile without resetting storage. Before the outcome, the draft is answered on to
 * the Build outcome in the same browser, so that `#/outcome` restores it. Home runs
 * last, with Lighthouse's storage reset: a first visit.
 * `BENCH_PAGES` (comma-separated page names) runs some of the pages only.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from '@playwright/test';
import { frameDecision, reachBuildOutcome, seedRecords, waitForHeading } from './app.mjs';
import { CHROME_PATH, launchPersistent } from './browser.mjs';

export const LIBRARY_SIZE = 100;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
/** In this order: node 1 needs the draft still at node 1, the outcome moves it on, home clears storage. */
const PAGES = [
  { name: 'node 1', hash: '#/differentiator', keepStorage: true, prepare: null },
  { name: 'library', hash: '#/library', keepStorage: true, prepare: null },
  { name: 'outcome', hash: '#/outcome', keepStorage: true, prepare: draftToOutcome },
  { name: 'home', hash: '', keepStorage: false, prepare: null },
].filter((page) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').includes(page.name));

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
 * @param {readonly import('./domain.mjs').Seed[]} templates
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
 * Answers the stored draft on from node 1 to the Build outcome in the browser
 * Lighthouse drives (over the DevTools protocol), and waits until the draft is stored there.
 * @param {number} port @param {string} url
 */
async function draftToOutcome(port, url) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(`${url}/?bench=prepare#/differentiator`);
    await waitForHeading(page, 'Is this component a core differentiator for your product?');
    await reachBuildOutcome(page);
    await page.waitForFunction(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.open('forkpoint');
          request.onsuccess = () => {
            const all = request.result.transaction('drafts', 'readonly').objectStore('drafts').getAll();
            /** @type {IDBRequest<{ session?: { step?: string } }[]>} */
            const drafts = all;
            drafts.onsuccess = () => (resolve(drafts.result.some((draft) => draft.session?.step === 'outcome')), request.result.close());
          };
          request.onerror = () => resolve(false);
        }),
      undefined,
      { timeout: 30_000 },
    );
    await page.close();
  } finally {
    // Leaves Chromium running: closing a browser connected over CDP only disconnects.
    await browser.close();
  }
}

/**
 * @typedef {{ page: string; formFactor: 'mobile' | 'desktop'; performance: number | null; accessibility: number | null; bestPractices: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null; failedAudits: string[]; error?: string }} LighthouseRow
 */

/**
 * @param {string} url
 * @param {readonly import('./domain.mjs').Seed[]} templates
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
        if (target.prepare) await target.prepare(chrome.port, url);
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
            // A page whose state did not restore (the app sends a step it cannot show back to one it can) measured the wrong screen.
            ...(lhr && !lhr.runtimeError && !lhr.finalDisplayedUrl.endsWith(target.hash) ? { error: `WRONG_SCREEN: ended at ${lhr.finalDisplayedUrl}, not at ${target.hash}` } : {}),
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
