import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { QUESTIONS, ROOMY_TEAM, WizardDriver } from './driver';

/** Issue 4: the decision map beside the wizard, driven through the UI. */

const REQUIREMENTS = [
  { name: 'Hybrid search', bucket: 'Must-have' },
  { name: 'Metadata filters', bucket: 'Should-have' },
] as const;

const BUY_AND_WRAP_EDGES = [
  'differentiator-to-maturity',
  'gaps-to-buy-and-wrap',
  'maturity-to-requirements',
  'requirements-to-gaps',
];

function map(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Decision map' });
}

/** Ids of the edges drawn lit in the DOM, sorted. */
async function litEdges(scope: Locator): Promise<string[]> {
  return scope.locator('.react-flow__edge.edge-lit').evaluateAll((edges) =>
    edges.map((e) => `${e.getAttribute('data-id')}|${e.getAttribute('data-lit')}`).sort(),
  );
}

const lit = (ids: readonly string[]) => [...ids].map((id) => `${id}|true`).sort();

/** Answers nodes 1–4 for one candidate: mature, a should-have missing, a narrow core gap → Buy and wrap. */
async function answerToBuyAndWrap(w: WizardDriver): Promise<void> {
  await w.start();
  await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector' }], requirements: REQUIREMENTS });
  await w.answer('No');
  await w.next();
  await w.expectStep(QUESTIONS.maturity);
  await w.checkMaturity('Acme Vector');
  await w.next();
  await w.expectStep(QUESTIONS.requirements);
  await w.cover('Hybrid search', 'Acme Vector', 'Covered');
  await w.cover('Metadata filters', 'Acme Vector', 'Not covered');
  await w.next();
  await w.expectStep(QUESTIONS.gaps);
  await w.classifyGap('Acme Vector', 'Metadata filters', 'Core', 'Narrow');
  await w.next();
  await w.expectOutcome('Buy and wrap');
}

test('the lit edges are exactly the path taken, step by step', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector' }], requirements: REQUIREMENTS });
  await expect(map(page).getByRole('application', { name: 'Decision map for Vector store' })).toBeVisible();
  await expect.poll(() => litEdges(map(page))).toEqual([]);
  await w.answer('No');
  await w.next();
  await expect.poll(() => litEdges(map(page))).toEqual(lit(['differentiator-to-maturity']));
  await expect(map(page).getByRole('status')).toHaveText('Answered Core differentiator?: No. Now at: Mature option?');
  await expect(map(page).getByRole('group', { name: `Question 2: ${QUESTIONS.maturity} — current question` })).toBeVisible();
  await expect(map(page).getByRole('group', { name: /^Question 5: .* — not reached$/ })).toBeVisible();
  await w.back();
  await w.answer('Yes');
  await w.rationale('Search quality is what customers pay for.');
  await w.next();
  await expect.poll(() => litEdges(map(page))).toEqual(lit(['differentiator-to-maintenance']));
  await expect(map(page).getByRole('group', { name: /^Question 3: .* — no longer reachable$/ })).toBeVisible();
  await expect(page.locator('.react-flow__edge[data-lit="true"]')).toHaveCount(1);
});

/**
 * Clicks Next and reports, when the next animation frame starts, which edges are lit and the
 * fewest edges the map held in between: the frame the browser paints after the click must
 * already show the new path, with none of the tree's edges gone from it.
 */
function clickNextAndWatchEdges(): Promise<{ litAtNextFrame: string[]; fewestEdges: number; edges: number }> {
  const map = document.querySelector('aside[aria-label="Decision map"]');
  const next = [...document.querySelectorAll<HTMLButtonElement>('#main button')].find((b) => b.textContent?.trim() === 'Next');
  if (!map || !next) return Promise.reject(new Error('no map or no Next button'));
  const edges = () => map.querySelectorAll('.react-flow__edge').length;
  const before = edges();
  let fewest = before;
  const observer = new MutationObserver(() => {
    fewest = Math.min(fewest, edges());
  });
  observer.observe(map, { subtree: true, childList: true, attributes: true });
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      observer.disconnect();
      const litAtNextFrame = [...map.querySelectorAll('.react-flow__edge[data-lit="true"]')].map((e) => e.getAttribute('data-id') ?? '').sort();
      resolve({ litAtNextFrame, fewestEdges: fewest, edges: before });
    });
    next.click();
  });
}

test('an answer lights its edge in the frame after the click, and no edge drops out meanwhile', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector' }], requirements: REQUIREMENTS });
  await expect(map(page).locator('.react-flow__edge')).toHaveCount(15);
  await w.answer('No');
  const first = await page.evaluate(clickNextAndWatchEdges);
  expect(first).toEqual({ litAtNextFrame: ['differentiator-to-maturity'], fewestEdges: 15, edges: 15 });
  await w.expectStep(QUESTIONS.maturity);
  await w.back();
  await w.expectStep(QUESTIONS.differentiator);
  await w.answer('Yes');
  await w.rationale('Search quality is what customers pay for.');
  const second = await page.evaluate(clickNextAndWatchEdges);
  expect(second).toEqual({ litAtNextFrame: ['differentiator-to-maintenance'], fewestEdges: 15, edges: 15 });
  await w.expectStep(QUESTIONS.maintenance);
});

test('after a whole route the DOM lights that route only, and the path is listed as text', async ({ page }) => {
  // Five wizard steps and an axe pass: on a shared two-core machine this outgrows the default 30 s.
  test.slow();
  const w = new WizardDriver(page);
  await answerToBuyAndWrap(w);
  await expect.poll(() => litEdges(map(page))).toEqual(lit(BUY_AND_WRAP_EDGES));
  const allLit = await page.locator('.react-flow__edge[data-lit="true"]').evaluateAll((e) => e.map((x) => x.getAttribute('data-id')).sort());
  expect(allLit).toEqual(BUY_AND_WRAP_EDGES);
  await expect(map(page).getByRole('group', { name: 'Outcome: Buy and wrap — reached by Acme Vector; adopted: Acme Vector' })).toBeVisible();
  const path = map(page).getByRole('region', { name: 'Path so far' }).getByRole('listitem');
  await expect(path).toHaveText([
    'Question 1, Core differentiator? — No',
    'Question 2, Mature option? — Yes — Acme Vector',
    'Question 3, Meets 80%? — Acme Vector: has gaps',
    'Question 4, Core or edge? — Acme Vector: narrow core gaps',
    'Outcome for Acme Vector: Buy and wrap',
  ]);
  await expectNoAxeViolations(page);
});

test('Tab reaches an answered node and Enter takes the wizard back to it', async ({ page }) => {
  const w = new WizardDriver(page);
  await answerToBuyAndWrap(w);
  await map(page).getByRole('button', { name: 'Present' }).focus();
  const target = map(page).getByRole('button', { name: /^Go back to question 2, Mature option\?/ });
  for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await w.expectStep(QUESTIONS.maturity);
  await expect(map(page).getByRole('group', { name: /^Question 2: .* — current question, answered earlier: Yes — Acme Vector$/ })).toBeVisible();
});

test('two candidates: the switcher shows each route on the map', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({
    componentName: 'Vector store',
    ...ROOMY_TEAM,
    candidates: [{ name: 'Acme Vector' }, { name: 'Beta Search' }],
    requirements: REQUIREMENTS,
  });
  await w.answer('No');
  await w.next();
  await w.checkMaturity('Acme Vector');
  await w.checkMaturity('Beta Search');
  await w.next();
  await w.expectStep(QUESTIONS.requirements);
  await w.cover('Hybrid search', 'Acme Vector', 'Covered');
  await w.cover('Metadata filters', 'Acme Vector', 'Covered');
  await w.cover('Hybrid search', 'Beta Search', 'Covered');
  await w.cover('Metadata filters', 'Beta Search', 'Not covered');
  await w.next();
  await w.expectStep(QUESTIONS.gaps);
  await w.classifyGap('Beta Search', 'Metadata filters', 'Core', 'Narrow');
  await w.next();
  const switcher = map(page).getByLabel('Route shown');
  await expect.poll(() => litEdges(map(page))).toEqual(lit([...BUY_AND_WRAP_EDGES, 'requirements-to-buy']));
  await switcher.selectOption({ label: 'Acme Vector' });
  await expect.poll(() => litEdges(map(page))).toEqual(lit(['differentiator-to-maturity', 'maturity-to-requirements', 'requirements-to-buy']));
  await switcher.selectOption({ label: 'Beta Search' });
  await expect.poll(() => litEdges(map(page))).toEqual(lit(BUY_AND_WRAP_EDGES));
});

test.describe('on the room screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('presentation mode shows the map full screen with the question, readable, and Escape leaves it', async ({ page }) => {
    // Four wizard steps, then the map at full-HD size: triple time on a busy two-core machine.
    test.slow();
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector' }], requirements: REQUIREMENTS });
    await w.answer('No');
    await w.next();
    const present = map(page).getByRole('button', { name: 'Present' });
    await present.click();
    const dialog = page.getByRole('dialog', { name: 'Decision map, presentation mode' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.maturity);
    const box = await dialog.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(1900);
    expect(box?.height).toBeGreaterThanOrEqual(1060);

    // Text on the canvas, as drawn: font size times the viewport's zoom.
    await expect(dialog.locator('.react-flow__node')).toHaveCount(11);
    const sizes = await dialog.locator('.map-node__title, .map-node__status, .map-edge-label').evaluateAll((els) => {
      const viewport = document.querySelector('dialog .react-flow__viewport');
      const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 0;
      return els.map((el) => Number.parseFloat(getComputedStyle(el).fontSize) * zoom);
    });
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);

    // The answer controls still work from the presentation.
    await w.checkMaturity('Acme Vector');
    await w.next();
    await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.requirements);
    await expect.poll(() => litEdges(dialog)).toEqual(lit(['differentiator-to-maturity', 'maturity-to-requirements']));
    await expectNoAxeViolations(page);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(present).toBeFocused();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.requirements);
  });
});

test('the map downloads as an SVG with the question texts and as a PNG', async ({ page }) => {
  const w = new WizardDriver(page);
  await answerToBuyAndWrap(w);

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), map(page).getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toBe('forkpoint-map-vector-store.svg');
  const svg = await readFile(await svgDownload.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      text: doc.documentElement.textContent ?? '',
      lit: [...doc.querySelectorAll('[data-lit="true"]')].map((g) => g.getAttribute('data-edge')).sort(),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  for (const question of Object.values(QUESTIONS)) expect(parsed.text).toContain(question);
  expect(parsed.lit).toEqual(BUY_AND_WRAP_EDGES);

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), map(page).getByRole('button', { name: 'Download PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('forkpoint-map-vector-store.png');
  const png = await readFile(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);
});
