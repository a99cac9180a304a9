/**
 * A large decision, 15 candidates × 60 requirements: a coverage change at node 3 and a
 * keystroke in a requirement's name at the framing, each as V8 scripting time from the
 * DevTools protocol (ScriptDuration), from the change until the next animation frame.
 * The session is made with the domain's own builders and restored from a draft, as a
 * reload restores the decision in progress.
 */
import { seedDraft } from './app.mjs';
import { median, p95, round1 } from './stats.mjs';

export const CANDIDATES = 15;
export const REQUIREMENTS = 60;
const NODE_3 = 'Does it meet at least 80% of your requirements?';
const WARM_UP = 3;
const COVERAGE_CHANGES = 40;
const TYPED = 'Answers within 80 ms';

/**
 * A session at node 3 with CANDIDATES mature candidates and REQUIREMENTS requirements
 * (a third of them must-haves), made through `transition` by the domain's builders.
 * @param {import('./domain.mjs').Domain} domain
 */
export function largeSession(domain) {
  const s = domain.sessions;
  const buckets = /** @type {const} */ (['must', 'should', 'nice']);
  const session = s.play(
    s.framed({
      candidates: Array.from({ length: CANDIDATES }, (_, i) => `Vendor ${i + 1} Vectors`),
      requirements: Array.from({ length: REQUIREMENTS }, (_, i) => /** @type {const} */ ([`Requirement number ${i + 1}`, buckets[i % 3] ?? 'must'])),
    }),
    s.differentiator('no'),
    s.maturity(Object.fromEntries(Array.from({ length: CANDIDATES }, (_, i) => [i, { checks: s.ALL_CHECKS }]))),
  );
  return domain.draft.newDraft(session, domain.draft.NEW_WORK, new Date().toISOString());
}

/**
 * Sets one coverage cell as a user's choice does (the select's change event) and resolves
 * at the next animation frame.
 * @param {{ label: string; value: string }} cell
 */
function changeCoverage({ label, value }) {
  const select = document.querySelector(`select[aria-label="${label}"]`);
  if (!(select instanceof HTMLSelectElement)) return Promise.reject(new Error(`no select "${label}"`));
  return new Promise((resolve) => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    requestAnimationFrame(() => resolve(undefined));
  });
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {import('./domain.mjs').Domain} domain
 */
export async function benchLargeDecision(browser, url, domain) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await seedDraft(page, largeSession(domain));
    // A reload on a wizard step restores the draft straight into the wizard.
    await page.goto('about:blank');
    await page.goto(`${url}/#/requirements`);
    await page.getByRole('heading', { level: 1, name: NODE_3, exact: true }).waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptMs = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;

    /** @type {number[]} */
    const coverage = [];
    const choices = ['covered', 'partial', 'missing'];
    for (let i = 0; i < COVERAGE_CHANGES + WARM_UP; i += 1) {
      // Down the grid and across the candidates, so each change lands in another row and column.
      const cell = { label: `Requirement number ${((i * 7) % REQUIREMENTS) + 1} for Vendor ${(i % CANDIDATES) + 1} Vectors`, value: choices[i % 3] ?? 'covered' };
      const before = await scriptMs();
      await page.evaluate(changeCoverage, cell);
      if (i >= WARM_UP) coverage.push((await scriptMs()) - before);
    }

    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^Framing/ }).click();
    const field = page.getByLabel('Requirement 30', { exact: true });
    await field.waitFor({ timeout: 30_000 });
    await field.focus();
    await page.keyboard.press('End');
    /** @type {number[]} */
    const keystrokes = [];
    for (const [i, key] of [...`${TYPED.slice(0, WARM_UP)}${TYPED}`].entries()) {
      const before = await scriptMs();
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.evaluate(nextFrame);
      if (i >= WARM_UP) keystrokes.push((await scriptMs()) - before);
    }
    const summary = (/** @type {number[]} */ ms) => ({ count: ms.length, median: round1(median(ms)), p95: round1(p95(ms)) });
    return { candidates: CANDIDATES, requirements: REQUIREMENTS, coverageScriptMs: summary(coverage), keystrokeScriptMs: summary(keystrokes) };
  } finally {
    await context.close();
  }
}
