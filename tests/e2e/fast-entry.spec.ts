import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshotForDocs, test } from './fixtures';
import { QUESTIONS, ROOMY_TEAM, WizardDriver } from './driver';
import { layoutProblems } from './map-layout';

/**
 * Issue 15 at a 1366 × 768 laptop with one, three and fifteen candidates: each node's answers start on
 * the first screen (guidance open on a node's first visit, folded after), the coverage grid marks a whole
 * row or column at once, and neither it nor the vendor table cuts off a column or a select's text.
 */

const LAPTOP = { width: 1366, height: 768 };
const REQUIREMENTS = [
  { name: 'Hybrid search', bucket: 'Must-have' },
  { name: 'Metadata filters', bucket: 'Should-have' },
  { name: 'Multi-tenancy', bucket: 'Should-have' },
] as const;
const CANDIDATES = [{ name: 'Acme Vector' }, { name: 'Beta Search' }, { name: 'Gamma Index' }] as const;

const decisionMap = (page: Page): Locator => page.getByRole('complementary', { name: 'Decision map' });
const guidance = (page: Page): Locator => page.getByRole('main').locator('details.node-guidance');

/** The bottom (px from the viewport's top) of the step's first answer control, with the page scrolled to its top. */
async function firstAnswerBottom(page: Page): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.getByRole('main').locator('.node-controls').locator('input, select, textarea').first().boundingBox();
  return box ? box.y + box.height : Infinity;
}

/** The first answer control is whole on the first screen, not a sliver at its bottom edge. */
async function expectAnswersOnFirstScreen(page: Page): Promise<void> {
  const bottom = await firstAnswerBottom(page);
  expect.soft(bottom, await page.getByRole('heading', { level: 1 }).textContent() ?? '').toBeLessThanOrEqual(LAPTOP.height);
}

/** Selects whose chosen text is wider than the room they give it (a cut "Partly covere"). */
async function cutSelects(scope: Locator): Promise<string[]> {
  return scope.locator('select').evaluateAll((selects) => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return ['no canvas'];
    return (selects as HTMLSelectElement[]).flatMap((s) => {
      const style = getComputedStyle(s);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = s.selectedOptions[0]?.text ?? '';
      // The drop-down arrow takes about 1 em of the content box.
      const room = s.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - Number.parseFloat(style.fontSize);
      return context.measureText(text).width > room ? [`${s.getAttribute('aria-label') ?? ''}: “${text}” in ${Math.round(room)} px`] : [];
    });
  });
}

/** Every column header of a table scrolls into its region and is then fully inside it, right of the sticky first column. */
async function expectEveryColumnReachable(region: Locator): Promise<void> {
  const headers = region.locator('thead th');
  const regionBox = await region.boundingBox();
  const sticky = await headers.first().boundingBox();
  for (const header of await headers.all()) {
    await header.evaluate((h) => h.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    const box = await header.boundingBox();
    expect(box && regionBox && sticky).toBeTruthy();
    if (!box || !regionBox || !sticky) return;
    expect(box.x).toBeGreaterThanOrEqual(regionBox.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(regionBox.x + regionBox.width + 1);
  }
  // The region itself stays inside the page: the table scrolls, the page does not.
  expect(await region.page().evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test('at 1366 × 768 with three candidates every node shows its answers on the first screen; the grid marks rows and columns at once', async ({ page }) => {
  test.slow();
  await page.setViewportSize(LAPTOP);
  // A frozen clock moved on at each step: the timebox in the README's picture tells a plausible hour.
  const START = Date.parse('2026-11-23T10:00:00');
  const minutesIn = (minutes: number) => page.clock.setFixedTime(START + minutes * 60_000);
  await minutesIn(0);
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: CANDIDATES, requirements: REQUIREMENTS });
  await minutesIn(6);

  // Node 1: guidance open on the first visit, the answers still on the first screen.
  await expect(guidance(page)).toHaveAttribute('open', '');
  await expectAnswersOnFirstScreen(page);
  await w.answer('No');
  await w.next();
  await minutesIn(11);

  await w.expectStep(QUESTIONS.maturity);
  await expectAnswersOnFirstScreen(page);
  for (const c of CANDIDATES) await w.checkMaturity(c.name);
  await w.next();
  await minutesIn(20);

  await w.expectStep(QUESTIONS.requirements);
  await expectAnswersOnFirstScreen(page);
  const grid = page.getByRole('region', { name: 'How well each candidate covers each requirement' });
  // A whole column: every requirement for one candidate.
  await grid.getByLabel('Mark every requirement for Acme Vector').selectOption({ label: 'Covered' });
  for (const r of REQUIREMENTS) await expect(grid.getByLabel(`${r.name} for Acme Vector`)).toHaveValue('covered');
  await expect(grid.getByLabel('Hybrid search for Beta Search')).toHaveValue('');
  // A whole row: one requirement for every candidate; the column's own select then shows they differ.
  await grid.getByLabel('Mark Metadata filters for every candidate').selectOption({ label: 'Partly covered' });
  for (const c of CANDIDATES) await expect(grid.getByLabel(`Metadata filters for ${c.name}`)).toHaveValue('partial');
  await expect(grid.getByLabel('Mark every requirement for Acme Vector')).toHaveValue('');
  await expect(grid.getByLabel('Mark Metadata filters for every candidate')).toHaveValue('partial');
  // One cell still changes alone.
  await w.cover('Hybrid search', 'Gamma Index', 'Not covered');
  await expect(grid.getByLabel('Hybrid search for Beta Search')).toHaveValue('');
  await grid.getByLabel('Mark Hybrid search for every candidate').selectOption({ label: 'Covered' });
  await grid.getByLabel('Mark Multi-tenancy for every candidate').selectOption({ label: 'Covered' });
  expect(await cutSelects(grid)).toEqual([]);
  await expectEveryColumnReachable(grid);
  await expectNoAxeViolations(page);
  // Acme Vector: every must-have, 75% of the should-haves — its one gap goes to node 4.
  await w.next();
  await minutesIn(33);

  await w.expectStep(QUESTIONS.gaps);
  await expectAnswersOnFirstScreen(page);
  for (const c of CANDIDATES) await w.classifyGap(c.name, 'Metadata filters', 'Core', 'Broad');
  await w.next();
  await minutesIn(41);

  await w.expectStep(QUESTIONS.maintenance);
  await expectAnswersOnFirstScreen(page);
  // The README's laptop picture: a node mid-walk, the path so far lit on the map, every answer inside its box.
  await w.answer('Yes');
  await expect(page.locator('.react-flow__edge.edge-lit')).toHaveCount(4);
  await expect.poll(() => layoutProblems(decisionMap(page))).toEqual([]);
  await screenshotForDocs(page, 'screenshot-1366-node.png');

  // Back to node 1 by the step list: its guidance is folded now, and opens on request.
  await w.stepButton(/^1\. Core differentiator\?/).click();
  await w.expectStep(QUESTIONS.differentiator);
  await expect(guidance(page)).not.toHaveAttribute('open', '');
  await expectAnswersOnFirstScreen(page);
  await guidance(page).getByText('Guidance').click();
  await expect(guidance(page)).toHaveAttribute('open', '');
  await expectNoAxeViolations(page);
});

const TWO_REQUIREMENTS = [
  { name: 'Hybrid search', bucket: 'Must-have' },
  { name: 'Metadata filters', bucket: 'Should-have' },
] as const;

for (const count of [1, 15]) {
  test(`at 1366 × 768 with ${count} candidate(s) every node shows its answers on the first screen`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(LAPTOP);
    const names = Array.from({ length: count }, (_, i) => `Candidate ${i + 1}`);
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: names.map((name) => ({ name })), requirements: TWO_REQUIREMENTS });
    await expectAnswersOnFirstScreen(page);
    await w.answer('No');
    await w.next();

    await w.expectStep(QUESTIONS.maturity);
    await expectAnswersOnFirstScreen(page);
    for (const name of names) await w.checkMaturity(name);
    await w.next();

    // Every must-have, half the should-haves: each candidate's one gap goes to node 4.
    await w.expectStep(QUESTIONS.requirements);
    await expectAnswersOnFirstScreen(page);
    const grid = page.getByRole('region', { name: 'How well each candidate covers each requirement' });
    if (count > 1) {
      await grid.getByLabel('Mark Hybrid search for every candidate').selectOption({ label: 'Covered' });
      await grid.getByLabel('Mark Metadata filters for every candidate').selectOption({ label: 'Partly covered' });
    } else {
      await w.cover('Hybrid search', 'Candidate 1', 'Covered');
      await w.cover('Metadata filters', 'Candidate 1', 'Partly covered');
    }
    expect(await cutSelects(grid)).toEqual([]);
    await expectEveryColumnReachable(grid);
    await w.next();

    await w.expectStep(QUESTIONS.gaps);
    await expectAnswersOnFirstScreen(page);
    for (const name of names) await w.classifyGap(name, 'Metadata filters', 'Core', 'Broad');
    await w.next();

    await w.expectStep(QUESTIONS.maintenance);
    await expectAnswersOnFirstScreen(page);
    await expect.poll(() => layoutProblems(decisionMap(page))).toEqual([]);
    await w.answer('Yes');
    await w.next();
    await w.expectOutcome('Build');
    await expect.poll(() => layoutProblems(decisionMap(page))).toEqual([]);
  });
}
