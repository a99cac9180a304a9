import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { QUESTIONS, ROOMY_TEAM, WizardDriver } from './driver';
import { draftHolds } from './draft-helpers';

/** Issue 15: no work lost inside a step — several drafts wait, each listed, resumed where it was left. */

/** Leaves the open session the way a team does mid-session: through the library link in the app bar. */
async function toLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decision library' })).toBeVisible();
}

/** The list item of the waiting draft called `name`. */
const waitingDraft = (page: Page, name: string) => page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });

test('two drafts wait side by side, each with its step and last change, and one resumes with its half-typed framing', async ({ page }) => {
  const w = new WizardDriver(page);
  // A: framed halfway, never sent.
  await w.start();
  await page.getByLabel('Component name').fill('Vector store');
  await page.getByLabel('Engineers on the team').fill('12');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await page.getByLabel('Candidate 1 name').fill('Acme Vec');
  await draftHolds(page, 'Acme Vec');

  // New decision → B, framed and one node answered.
  await toLibrary(page);
  await page.getByRole('link', { name: '← Home' }).click();
  await page.getByRole('button', { name: 'New decision' }).click();
  await w.frame({ componentName: 'LLM gateway', ...ROOMY_TEAM });
  await w.answer('No');
  await w.next();
  await w.expectStep(QUESTIONS.maturity);
  await toLibrary(page);

  await page.reload();
  await expect(page.getByRole('heading', { name: '2 drafts are waiting' })).toBeVisible();
  const b = waitingDraft(page, 'LLM gateway');
  const a = waitingDraft(page, 'Vector store');
  await expect(b).toContainText('At 2. Mature option? · last change just now');
  await expect(a).toContainText('At Framing · last change just now');
  // The exact time is there too, as a machine-readable time.
  await expect(a.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  // The most recent first.
  await expect(page.locator('.waiting-draft').first()).toContainText('LLM gateway');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '← Home' }).click();
  await expect(page.getByRole('heading', { name: '2 drafts are waiting' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Resume Vector store' }).click();
  await w.expectStep('Frame the decision');
  await expect(page.getByLabel('Component name')).toHaveValue('Vector store');
  await expect(page.getByLabel('Engineers on the team')).toHaveValue('12');
  await expect(page.getByLabel('Candidate 1 name')).toHaveValue('Acme Vec');
  await expectNoAxeViolations(page);
});

test('a discarded draft comes back with Undo, and is gone for good without it', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await page.getByLabel('Component name').fill('Feature store');
  await draftHolds(page, 'Feature store');
  await toLibrary(page);
  await page.getByRole('link', { name: '← Home' }).click();

  await page.getByRole('button', { name: 'Discard Feature store' }).click();
  await expect(page.getByText('The draft of “Feature store” was discarded.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume Feature store' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Resume Feature store' })).toBeVisible();

  await page.getByRole('button', { name: 'Discard Feature store' }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New decision' })).toBeVisible();
  await expect(page.getByText('Feature store')).toHaveCount(0);
});

test('a decision opened and left with nothing typed leaves no draft behind', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await toLibrary(page);
  await page.reload();
  await expect(page.getByText('No decisions saved yet.')).toBeVisible();
  await expect(page.getByText(/drafts? (is|are) waiting/)).toHaveCount(0);
});

test('the draft another tab has open is listed as such, never resumed or discarded here', async ({ page, context }) => {
  const w = new WizardDriver(page);
  await w.start();
  await page.getByLabel('Component name').fill('Search ranking');
  await draftHolds(page, 'Search ranking');

  const other = await context.newPage();
  await other.goto('/');
  const listed = waitingDraft(other, 'Search ranking');
  await expect(listed).toContainText('Open in another tab: go on with it there.');
  await expect(other.getByRole('button', { name: 'Resume Search ranking' })).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Discard Search ranking' })).toHaveCount(0);
  await expectNoAxeViolations(other);
});

test('a reload right after a keystroke keeps it: the draft is written as the page goes', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await page.getByLabel('Component name').fill('Typed just before the reload');
  // No wait for the 400 ms pause: the page writes what is pending when it is hidden or unloaded.
  await page.reload();
  await w.expectStep('Frame the decision');
  await expect(page.getByLabel('Component name')).toHaveValue('Typed just before the reload');
});
