import { test, expect, type Page } from '@playwright/test';
import { ROOMY_TEAM, WizardDriver } from '../driver';
import { generateRecords } from './generate-records';

/**
 * Chromium timings for the record layer: time to first library rows, time per
 * search keystroke, and the save of one record, with 100 and 10,000 records stored.
 */

async function seed(page: Page, count: number): Promise<void> {
  await page.goto('/');
  await expect(page.getByText(/saved in this browser|No decision saved/)).toBeVisible();
  const records = generateRecords(count);
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('forkpoint');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(new Error(String(req.error?.name)));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('records', 'readwrite');
      for (const row of rows) tx.objectStore('records').put(row, row.id);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error?.name)));
    });
    db.close();
  }, records);
}

async function timeToFirstRows(page: Page): Promise<number> {
  await page.goto('/#/library');
  // A full load, so the timing covers opening the database, reading and parsing every record, and the first render.
  const start = Date.now();
  await page.reload();
  await expect(page.locator('.library-list .library-row').first()).toBeVisible({ timeout: 60_000 });
  return Date.now() - start;
}

/** Types a query one key at a time; each timing runs from the input event to the frame after React rendered the results. */
async function keystrokeTimes(page: Page, query: string): Promise<number[]> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('#library-search');
    if (!input) throw new Error('no search box');
    // React tracks the value through the prototype's setter; setting it there makes the input event count.
    const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const times: number[] = [];
    // The two-frame wait alone, measured first, so the figures can be read net of it.
    const b0 = performance.now();
    await frame();
    await frame();
    times.push(performance.now() - b0);
    for (let i = 1; i <= text.length; i++) {
      const t0 = performance.now();
      descriptor?.set?.call(input, text.slice(0, i));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      await frame();
      times.push(performance.now() - t0);
    }
    return times;
  }, query);
}

async function saveTime(page: Page): Promise<number> {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Timed decision', ...ROOMY_TEAM });
  await w.answer('Yes');
  await w.rationale('Timing the save.');
  await w.next();
  await w.next();
  await w.expectOutcome('Build');
  const button = page.getByRole('button', { name: 'Save decision' });
  await button.evaluate((el) => {
    const w = window as unknown as { __saveTiming?: Promise<number> };
    w.__saveTiming = new Promise((resolve) => {
      let t0 = 0;
      el.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (t0 && document.querySelector('.save-panel .saved')) {
          observer.disconnect();
          resolve(performance.now() - t0);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  });
  await button.click();
  return page.evaluate(() => (window as unknown as { __saveTiming: Promise<number> }).__saveTiming);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const max = (xs: number[]) => Math.max(...xs);

for (const count of [100, 10_000]) {
  test(`records with ${count} stored`, async ({ page }) => {
    test.setTimeout(180_000);
    await seed(page, count);
    const firstRows = await timeToFirstRows(page);
    const [baseline = 0, ...keys] = await keystrokeTimes(page, 'retrieval pipeline');
    const saves: number[] = [];
    for (let i = 0; i < 5; i++) saves.push(await saveTime(page));
    const line = `PERF ${count} records: first rows ${firstRows} ms; search keystroke median ${median(keys).toFixed(1)} ms, max ${max(keys).toFixed(1)} ms (two-frame floor ${baseline.toFixed(1)} ms); save one record median of 5 ${median(saves).toFixed(1)} ms (${saves.map((x) => x.toFixed(0)).join(', ')})`;
    console.log(line);
  });
}
