/**
 * The library at a given size: time to first rows (navigation start to the first
 * row in the DOM), time per search keystroke once every record is listed (keydown
 * to the last DOM change it causes), and time to save one record (click on Save to "Saved" shown, which the
 * app shows only after the IndexedDB transaction completed).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { frameDecision, reachBuildOutcome, seedRecords } from './app.mjs';
import { median, p95, round1 } from './stats.mjs';

const LOADS = 3;
const SAVES = 7;
/** Every letter of it changes which words are highlighted, so every keystroke changes the DOM. */
const QUERY = 'product search';
/** Every save makes the tab list the library again (as long as a first load): the next save waits for that. */
const settleAfterSave = (/** @type {number} */ firstRowsMs) => Math.max(1500, 1.5 * firstRowsMs);

/** Init script: notes when the first library row reaches the DOM. */
function watchFirstRows() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.library-row')) return;
    /** @type {Window & { __benchFirstRows?: number }} */ (window).__benchFirstRows = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** In the page: from each keydown on the search box, the time of the last DOM change in the library. */
function watchKeystrokes() {
  const input = document.querySelector('#library-search');
  const scope = document.querySelector('.library');
  if (!input || !scope) throw new Error('the library screen is not showing');
  const keys = { start: 0, last: 0 };
  /** @type {Window & { __benchKeys?: typeof keys }} */ (window).__benchKeys = keys;
  input.addEventListener('keydown', () => ((keys.start = performance.now()), (keys.last = keys.start)), { capture: true });
  new MutationObserver(() => (keys.last = performance.now())).observe(scope, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** In the page: waits until the DOM has changed and then stayed still for 150 ms; at most 5 s. */
async function keystrokeSettled() {
  const keys = /** @type {Window & { __benchKeys?: { start: number; last: number } }} */ (window).__benchKeys;
  if (!keys) throw new Error('keystrokes are not watched');
  const deadline = performance.now() + 5000;
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (keys.last > keys.start && performance.now() - keys.last >= 150) return keys.last - keys.start;
  }
  return Number.NaN;
}

/**
 * In the page: clicks Save and resolves when a new "Saved as revision" line appears.
 * @returns {Promise<number>}
 */
async function clickSaveUntilSaved() {
  const panel = document.querySelector('.save-panel');
  const button = panel?.querySelector('button.button-primary');
  if (!panel || !(button instanceof HTMLButtonElement)) throw new Error('no save panel');
  for (let i = 0; i < 600 && button.disabled; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  const old = panel.querySelector('.save-result .saved');
  return new Promise((resolve, reject) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      const saved = panel.querySelector('.save-result .saved');
      const alert = panel.querySelector('[role="alert"]');
      if (alert) reject(new Error(`not saved: ${alert.textContent ?? ''}`));
      if (!saved || saved === old) return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(panel, { subtree: true, childList: true });
    start = performance.now();
    button.click();
  });
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {readonly import('./domain.mjs').Seed[]} templates
 * @param {number} count
 */
export async function benchLibrary(browser, url, templates, count) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(watchFirstRows);
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await seedRecords(page, templates, count);

    /** @type {number[]} */
    const firstRows = [];
    for (let i = 0; i < LOADS; i += 1) {
      await page.goto('about:blank');
      await page.goto(`${url}/#/library`);
      const handle = await page.waitForFunction(() => /** @type {Window & { __benchFirstRows?: number }} */ (window).__benchFirstRows, undefined, { timeout: 60_000 });
      firstRows.push(Number(await handle.jsonValue()));
    }
    // A large library shows its newest records first and the rest once read: the keystrokes search all of them.
    const listed = `${count} decisions`;
    await page
      .waitForFunction((text) => document.querySelector('.library-count')?.textContent === text, listed, { timeout: 60_000 })
      .catch(async () => {
        throw new Error(`the library shows "${await page.locator('.library-count').innerText()}", not ${listed}`);
      });

    await page.evaluate(watchKeystrokes);
    await page.locator('#library-search').click();
    /** @type {number[]} */
    const keystrokes = [];
    for (const char of QUERY) {
      await page.keyboard.type(char);
      if (char === ' ') await sleep(300);
      else keystrokes.push(await page.evaluate(keystrokeSettled));
    }
    const unseen = keystrokes.filter((ms) => Number.isNaN(ms)).length;
    const typed = keystrokes.filter((ms) => !Number.isNaN(ms));

    await page.goto('about:blank');
    await page.goto(`${url}/`);
    await frameDecision(page, `Bench save into ${count}`);
    await reachBuildOutcome(page);
    /** @type {number[]} */
    const saves = [];
    for (let i = 0; i < SAVES; i += 1) {
      saves.push(await page.evaluate(clickSaveUntilSaved));
      // Let the library reload that follows a save finish before the next one.
      await sleep(settleAfterSave(median(firstRows)));
    }

    return {
      records: count,
      firstRowsMs: { median: round1(median(firstRows)), runs: firstRows.map(round1) },
      keystrokeMs: { median: round1(median(typed)), p95: round1(p95(typed)), keystrokes: typed.length, withoutDomChange: unseen },
      saveMs: { median: round1(median(saves)), runs: saves.map(round1) },
    };
  } finally {
    await context.close();
  }
}
