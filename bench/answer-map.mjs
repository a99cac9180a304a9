/**
 * Answer → map updated: node 1 is answered "No", then (after Back) "Yes", and so
 * on; each measured answer is the click on Next until the map's lit edge is the
 * one the new answer takes. Measured in the page (performance.now, MutationObserver)
 * and as V8 scripting time from the DevTools protocol (ScriptDuration).
 */
import { frameDecision, waitForHeading } from './app.mjs';
import { median, p95, round1 } from './stats.mjs';

const NODE_1 = 'Is this component a core differentiator for your product?';
const EDGE_FOR = { No: 'differentiator-to-maturity', Yes: 'differentiator-to-maintenance' };
const WARM_UP = 2;
export const FRAME_MS = 1000 / 60;

/**
 * Clicks Next and resolves when the lit edges are exactly `expected`: `dom` when the
 * DOM shows it, `frame` at the next animation frame after that.
 * @param {string} expected
 * @returns {Promise<{ dom: number; frame: number }>}
 */
function clickNextUntilLit(expected) {
  const map = document.querySelector('aside[aria-label="Decision map"]');
  const nextButton = [...document.querySelectorAll('#main button')].find((b) => b.textContent?.trim() === 'Next');
  if (!map || !(nextButton instanceof HTMLButtonElement)) return Promise.reject(new Error('no map or no Next button'));
  const lit = () =>
    [...map.querySelectorAll('.react-flow__edge[data-lit="true"]')]
      .map((e) => e.getAttribute('data-id'))
      .sort()
      .join(',');
  return new Promise((resolve, reject) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      if (lit() !== expected) return;
      const dom = performance.now() - start;
      observer.disconnect();
      clearTimeout(timeout);
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - start }));
    });
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`the map did not light ${expected} within 5 s (lit: ${lit()})`));
    }, 5000);
    observer.observe(map, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-lit', 'class'] });
    start = performance.now();
    nextButton.click();
  });
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} answers how many answers to measure
 */
export async function benchAnswerToMap(browser, url, answers = 50) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await frameDecision(page);
    await page.locator('aside[aria-label="Decision map"] .react-flow__edge').first().waitFor({ timeout: 30_000 });
    await page.getByLabel(/^Rationale/).fill('Search quality is what customers pay us for.');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;

    /** @type {{ dom: number; frame: number; script: number }[]} */
    const samples = [];
    for (let i = 0; i < answers + WARM_UP; i += 1) {
      const choice = i % 2 === 0 ? 'No' : 'Yes';
      if (i > 0) {
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await waitForHeading(page, NODE_1);
      }
      await page.getByRole('radio', { name: choice, exact: true }).check();
      const before = await scriptSeconds();
      const timing = await page.evaluate(clickNextUntilLit, EDGE_FOR[choice]);
      const script = ((await scriptSeconds()) - before) * 1000;
      if (i >= WARM_UP) samples.push({ ...timing, script });
    }
    const dom = samples.map((s) => s.dom);
    const frame = samples.map((s) => s.frame);
    const script = samples.map((s) => s.script);
    return {
      answers: samples.length,
      domMs: { median: round1(median(dom)), p95: round1(p95(dom)) },
      frameMs: { median: round1(median(frame)), p95: round1(p95(frame)) },
      scriptMs: { median: round1(median(script)), p95: round1(p95(script)) },
      withinOneFrame: dom.filter((ms) => ms <= FRAME_MS).length,
    };
  } finally {
    await context.close();
  }
}
