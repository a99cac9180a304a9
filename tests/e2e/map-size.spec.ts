import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { expect, screenshotForDocs, test } from './fixtures';
import { QUESTIONS, ROOMY_TEAM, WizardDriver } from './driver';
import { layoutProblems } from './map-layout';

/**
 * Issue 15: the map is what the room looks at. Text on the canvas is measured as drawn — its
 * computed font size times the React Flow viewport's zoom — with 1 and with 15 candidates, on a
 * laptop, on a projector and in presentation mode.
 */

const REQUIREMENTS = [
  { name: 'Hybrid search', bucket: 'Must-have' },
  { name: 'Metadata filters', bucket: 'Should-have' },
] as const;

function candidates(count: number) {
  return Array.from({ length: count }, (_, i) => ({ name: `Candidate ${i + 1}` }));
}

function map(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Decision map' });
}

/** The smallest rendered size (px) of the node titles inside `scope`, once the map has fitted itself. */
async function smallestTitle(scope: Locator): Promise<number> {
  await expect(scope.locator('.react-flow__node')).toHaveCount(11);
  return scope.locator('.map-node__title').evaluateAll((titles) => {
    const viewport = titles[0]?.closest('.react-flow')?.querySelector('.react-flow__viewport');
    const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 0;
    return Math.min(...titles.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * zoom));
  });
}

/** Frames a decision with `count` candidates and walks it to the outcome: none mature, so in-house, built. */
async function walkToOutcome(w: WizardDriver, count: number, onEachNode: () => Promise<void>): Promise<void> {
  await w.start();
  await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: candidates(count), requirements: REQUIREMENTS });
  await onEachNode();
  await w.answer('No');
  await w.next();
  await w.expectStep(QUESTIONS.maturity);
  await onEachNode();
  await w.next();
  await w.expectStep(QUESTIONS.maintenance);
  await onEachNode();
  await w.answer('Yes');
  await w.next();
  await w.expectOutcome('Build');
  await onEachNode();
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  for (const count of [1, 15]) {
    test(`at ${viewport.width}×${viewport.height} with ${count} candidate(s) the map's titles read at 14 px or more on every step`, async ({ page }) => {
      test.slow();
      await page.setViewportSize(viewport);
      const w = new WizardDriver(page);
      const sizes: number[] = [];
      await walkToOutcome(w, count, async () => {
        await expect.poll(() => smallestTitle(map(page))).toBeGreaterThanOrEqual(14);
        sizes.push(await smallestTitle(map(page)));
        // The map is the largest thing on screen: wider than the step beside it.
        const mapBox = await map(page).boundingBox();
        const stepBox = await page.getByRole('main').boundingBox();
        expect(mapBox?.width ?? 0).toBeGreaterThan(stepBox?.width ?? Infinity);
        expect((mapBox?.y ?? Infinity) + (mapBox?.height ?? 0)).toBeLessThanOrEqual(viewport.height + 1);
        // The whole tree inside its canvas, and the canvas on the first screen: a toolbar wrapped to
        // two rows once pushed its bottom row of outcomes out of the slot at 1366.
        await expect.poll(() => layoutProblems(map(page))).toEqual([]);
        const canvas = await map(page).locator('.react-flow').boundingBox();
        expect((canvas?.y ?? Infinity) + (canvas?.height ?? 0)).toBeLessThanOrEqual(viewport.height + 1);
      });
      expect(sizes).toHaveLength(4);
    });
  }
}

test('below 1000 px wide the map moves under the step, full width, still readable', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: candidates(1), requirements: REQUIREMENTS });
  const mapBox = await map(page).boundingBox();
  const stepBox = await page.getByRole('main').boundingBox();
  expect(mapBox?.y ?? 0).toBeGreaterThanOrEqual((stepBox?.y ?? Infinity) + (stepBox?.height ?? 0));
  expect(mapBox?.width ?? 0).toBeGreaterThanOrEqual((stepBox?.width ?? Infinity) - 1);
  await expect.poll(() => smallestTitle(map(page))).toBeGreaterThanOrEqual(12);
});

for (const [viewport, least] of [
  [{ width: 1280, height: 720 }, 18],
  [{ width: 1920, height: 1080 }, 24],
] as const) {
  test(`presentation at ${viewport.width}×${viewport.height}: the whole tree, titles at ${least} px or more, no status cut`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(viewport);
    const w = new WizardDriver(page);
    await walkToOutcome(w, 15, () => Promise.resolve());
    await map(page).getByRole('button', { name: 'Present' }).click();
    const dialog = page.getByRole('dialog', { name: 'Decision map, presentation mode' });
    await expect.poll(() => smallestTitle(dialog)).toBeGreaterThanOrEqual(least);
    await expect.poll(() => layoutProblems(dialog)).toEqual([]);
    await expect(dialog.locator('.react-flow__node[data-id="build"]')).toContainText('★ Adopted: Build it ourselves');
    await expect(dialog.locator('.react-flow__node[data-id="reject-candidate"]')).toContainText('Candidate 1 and 14 more');
  });
}

test('presentation at the outcome: the adopted option is marked; arrows move between answered questions, Enter goes there, Esc leaves', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  const w = new WizardDriver(page);
  await walkToOutcome(w, 1, () => Promise.resolve());
  await map(page).getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decision map, presentation mode' });
  await expect(dialog.getByRole('group', { name: /^Outcome: Build — .*adopted: Build it ourselves$/ })).toContainText('★ Adopted: Build it ourselves');
  // The README's presentation picture: the adopted option marked, the share link's QR code beside the tree.
  await expect(dialog.getByRole('img', { name: /QR code of this decision’s share link/ })).toBeInViewport();
  // The presenter's panel holds the QR code and the timebox on the one screen; its Leave button takes one line.
  await expect(dialog.getByRole('region', { name: 'Timebox' })).toBeInViewport({ ratio: 1 });
  const lines = await dialog.getByRole('button', { name: 'Leave presentation' }).evaluate((button) => {
    const text = document.createRange();
    text.selectNodeContents(button);
    return new Set([...text.getClientRects()].map((line) => Math.round(line.top))).size;
  });
  expect(lines).toBe(1);
  await screenshotForDocs(page, 'screenshot-1280-presentation.png', { asIs: true });

  const answered = (n: number, title: string) => dialog.getByRole('button', { name: new RegExp(`^Go back to question ${n}, ${title.replace('?', '\\?')}`) });
  // The dialog opens with the first answered question focused; arrows go round the answered ones.
  await expect(answered(1, 'Core differentiator?')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(answered(2, 'Mature option?')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(answered(5, 'Can you maintain it?')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(answered(1, 'Core differentiator?')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(answered(5, 'Can you maintain it?')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(answered(2, 'Mature option?')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.maturity);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.maturity);
});

test('presentation at the outcome shows the share link as a QR code that a phone can read, and the link opens the decision', async ({ page, browser }) => {
  test.slow();
  await page.setViewportSize({ width: 1920, height: 1080 });
  const w = new WizardDriver(page);
  await walkToOutcome(w, 1, () => Promise.resolve());
  await map(page).getByRole('button', { name: 'Present' }).click();
  const dialog = page.getByRole('dialog', { name: 'Decision map, presentation mode' });
  const code = dialog.getByRole('img', { name: /QR code of this decision’s share link/ });
  await expect(code).toBeVisible();
  await expect(code).toBeInViewport();

  // Draw the code's own path on a canvas, four pixels a module, and read it with jsQR, a decoder of its own.
  const pixels = await code.evaluate((svg) => {
    const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
    const scale = 4;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.fillStyle = '#000';
    ctx.fill(new Path2D(svg.querySelector('path')?.getAttribute('d') ?? ''));
    return { width: canvas.width, data: [...ctx.getImageData(0, 0, canvas.width, canvas.height).data] };
  });
  const read = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.width);
  expect(read?.data).toMatch(/#share=1\.[A-Za-z0-9_-]+$/);

  const phone = await browser.newPage();
  await phone.goto(read?.data ?? '');
  await expect(phone.getByText('Shared decision · read-only')).toBeVisible();
  await expect(phone.getByRole('heading', { level: 1, name: 'Vector store' })).toBeVisible();
  await phone.close();
});
