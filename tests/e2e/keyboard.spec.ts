import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DESCRIPTION, QUESTIONS, WizardDriver } from './driver';

/**
 * Issue 7: a whole session with the keyboard only — from "New decision" to a
 * saved record and its Markdown and JSON downloads. The page records every
 * pointer or mouse event it sees; there must be none.
 */

declare global {
  interface Window {
    __mouseEvents?: string[];
  }
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails naming where focus got stuck. */
async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}): Promise<void> {
  await tabsTo(page, target, options);
}

/** Presses Tab (or Shift+Tab) until `target` has focus and says how many presses it took. */
async function tabsTo(page: Page, target: Locator, { back = false, max = 150 } = {}): Promise<number> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(`Tab never reached ${target.toString()}; focus is on ${at}`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** Records, in `window.__mouseEvents`, every pointer or mouse event the page sees (a keyboard-made click excepted). */
async function recordMouseEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__mouseEvents = [];
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'contextmenu', 'wheel']) {
      document.addEventListener(
        type,
        (event) => {
          // A keyboard-activated button fires a synthetic click with detail 0 and no pointer type; a mouse click has detail >= 1.
          const e = event as MouseEvent & { pointerType?: string };
          if (type === 'click' && e.detail === 0 && !e.pointerType) return;
          window.__mouseEvents?.push(`${type} on ${(event.target as Element | null)?.tagName ?? '?'}`);
        },
        { capture: true },
      );
    }
  });
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('keyboard only: New decision → answers → saved record → Markdown and JSON downloads, with no mouse event', async ({ page }) => {
  // A whole session driven one key at a time: triple time on a busy two-core machine.
  test.slow();
  await recordMouseEvents(page);
  const w = new WizardDriver(page);
  await page.goto('/');

  await press(page, button(page, 'New decision'));
  await w.expectStep('Frame the decision');
  await typeInto(page, page.getByLabel('Component name'), 'Vector store');
  await typeInto(page, page.getByLabel('What it does in your system'), DESCRIPTION);
  await typeInto(page, page.getByLabel('Engineers on the team'), '12');
  await typeInto(page, page.getByLabel('Production systems they already maintain'), '3');
  await typeInto(page, page.getByLabel('Spare engineer capacity'), '1');
  await press(page, button(page, 'Add candidate'));
  await expect(page.getByLabel('Candidate 1 name')).toBeFocused();
  await page.keyboard.type('Acme Vector');
  await press(page, button(page, 'Add requirement'));
  await expect(page.getByLabel('Requirement 1', { exact: true })).toBeFocused();
  await page.keyboard.type('Hybrid search');
  const mustHave = page.getByRole('radiogroup', { name: 'Bucket for requirement 1' }).getByRole('radio', { name: 'Must-have' });
  await press(page, mustHave, 'Space');
  await expect(mustHave).toBeChecked();
  await press(page, button(page, 'Next'));

  await w.expectStep(QUESTIONS.differentiator);
  // Into the radio group, then the arrow key moves to and checks "No".
  await tabTo(page, page.getByRole('radio', { name: 'Yes', exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await press(page, button(page, 'Next'));

  await w.expectStep(QUESTIONS.maturity);
  const card = w.candidate('Acme Vector');
  for (const check of await card.getByRole('checkbox').all()) {
    await press(page, check, 'Space');
    await expect(check).toBeChecked();
  }
  await expect(page.getByRole('radiogroup', { name: 'Is Acme Vector mature?' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await press(page, button(page, 'Next'));

  await w.expectStep(QUESTIONS.requirements);
  await tabTo(page, page.getByLabel('Hybrid search for Acme Vector'));
  await page.keyboard.type('Covered');
  await expect(page.getByLabel('Hybrid search for Acme Vector')).toHaveValue('covered');
  await press(page, button(page, 'Next'));
  await w.expectOutcome('Buy');

  // Going back by keyboard, via the step list, and forward again.
  await press(page, page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^1\. Core differentiator\?/ }), 'Enter');
  await w.expectStep(QUESTIONS.differentiator);
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  // Each Next on the step that shows: the one before stays on screen until the next step has rendered.
  await press(page, button(page, 'Next'));
  await w.expectStep(QUESTIONS.maturity);
  await press(page, button(page, 'Next'));
  await w.expectStep(QUESTIONS.requirements);
  await press(page, button(page, 'Next'));
  await w.expectOutcome('Buy');

  // From the outcome heading to Save in at most ten Tab presses: through "On this page", not past every field.
  await expect(page.getByRole('heading', { level: 1, name: 'Buy' })).toBeFocused();
  let tabs = await tabsTo(page, page.getByRole('navigation', { name: 'On this page' }).getByRole('button', { name: 'Keep this decision' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Keep this decision' })).toBeFocused();
  tabs += await tabsTo(page, button(page, 'Save decision'));
  expect(tabs).toBeLessThanOrEqual(10);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Saved as revision 1\./)).toBeVisible();
  await press(page, page.getByRole('link', { name: 'Open it in the library' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Vector store' })).toBeVisible();

  await tabTo(page, button(page, 'Download Markdown (MADR)'));
  const [md] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(md.suggestedFilename()).toBe('0001-vector-store.md');
  expect(await readFile(await md.path(), 'utf8')).toContain('Chosen option: "Acme Vector"');
  await tabTo(page, button(page, 'Download JSON'));
  const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Space')]);
  expect(json.suggestedFilename()).toBe('0001-vector-store.json');

  // Tags: two added with Enter, one removed with its own button.
  await typeInto(page, page.getByLabel('New tag'), 'search');
  await page.keyboard.press('Enter');
  const tags = page.getByRole('list', { name: 'Tags of this decision' });
  await expect(tags.getByRole('listitem')).toHaveText([/^search/]);
  await expect(page.getByLabel('New tag')).toHaveValue('');
  await page.keyboard.type('platform team');
  await press(page, button(page, 'Add tag'));
  await expect(tags.getByRole('listitem')).toHaveText([/^search/, /^platform team/]);
  await tabTo(page, button(page, 'Remove tag search'), { back: true });
  await page.keyboard.press('Enter');
  await expect(tags.getByRole('listitem')).toHaveText([/^platform team/]);
  await expect(page.getByRole('status').filter({ hasText: 'Tag “search” removed.' })).toBeAttached();

  // The library lists it, reached from the app bar by Shift+Tab, and its tag filter finds it.
  await tabTo(page, page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }), { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Vector store' })).toBeVisible();
  await tabTo(page, page.getByLabel('Tag', { exact: true }));
  await page.keyboard.type('platform');
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue('platform team');
  await expect(page.getByRole('link', { name: 'Vector store' })).toBeVisible();

  expect(await page.evaluate(() => window.__mouseEvents)).toEqual([]);
});

test('the mouse-event recorder does see a mouse click, so the keyboard test above can fail', async ({ page }) => {
  await recordMouseEvents(page);
  await page.goto('/');
  await button(page, 'New decision').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frame the decision');
  expect(await page.evaluate(() => window.__mouseEvents)).toEqual(expect.arrayContaining(['mousedown on BUTTON', 'click on BUTTON']));
});

test('the first Tab shows "Skip to the content", which takes focus past the brand bar to the screen’s heading', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New decision' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to the content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New decision' })).toBeFocused();
});
