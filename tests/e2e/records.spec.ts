import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ALL_CHECKS, QUESTIONS, ROOMY_TEAM, WizardDriver } from './driver';
import { decideBuild, revisitInAnotherTab } from './faults-helpers';
import { draftHolds } from './draft-helpers';

/** Issue 5's record layer in a real browser: save, library, revisit, comparison, two tabs, drafts. */

async function saveDecision(page: Page, button = 'Save decision'): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByText(/^Saved as revision \d+\./)).toBeVisible();
}

async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decision library' })).toBeVisible();
}

test('decide → save → reload → in the library and opens; revisit → two revisions and a comparison', async ({ page }) => {
  await decideBuild(page, 'Retrieval pipeline');
  await saveDecision(page);

  await page.reload();
  await openLibrary(page);
  await expect(page.getByText('1 decision', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/#\/library$/);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Retrieval pipeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retrieval pipeline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Status: Proposed' })).toBeVisible();
  await expect(page.locator('.record-outcome-name')).toHaveText('Build');
  await expectNoAxeViolations(page);

  // Revisit: the reason is required first.
  await page.getByRole('button', { name: 'Start revisit' }).click();
  await expect(page.getByLabel('What changed? (required)')).toHaveAccessibleDescription(/Say what changed/);
  await page.getByLabel('What changed? (required)').fill('Two engineers left the team.');
  await page.getByRole('button', { name: 'Start revisit' }).click();

  const w = new WizardDriver(page);
  await w.expectStep('Frame the decision');
  await w.next();
  await w.next();
  await w.answer('No');
  await w.overrideReason('Two engineers left; nobody can own it for good.');
  await w.next();
  await w.expectOutcome('Secure capacity first');
  await expect(page.getByText('This is a revisit. What changed: “Two engineers left the team.”')).toBeVisible();
  await saveDecision(page, 'Save changes to the decision');
  await expect(page.getByText('Saved as revision 2.')).toBeVisible();

  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(page.getByRole('heading', { name: 'History (2 revisions)' })).toBeVisible();
  await page.getByRole('button', { name: 'Compare' }).click();
  const table = page.getByRole('table', { name: /between revision 1 and revision 2/ });
  await expect(table.getByRole('row', { name: /5\. Can you maintain it\?/ }).first()).toContainText('Yes');
  await expect(table.getByRole('row', { name: /Outcome/ }).first()).toContainText('Secure capacity first');
  await expect(table.getByRole('row', { name: /Outcome/ }).first()).toContainText('Build');
  await expectNoAxeViolations(page);
});

test('the library is searchable, highlights matches and is accessible when empty', async ({ page }) => {
  await page.goto('/');
  await openLibrary(page);
  await expect(page.getByText('No decisions saved yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  await decideBuild(page, 'Feature store <b>bold</b>');
  await saveDecision(page);
  await openLibrary(page);
  // The checkbox sits on its label's line, not above it.
  const due = await page.getByLabel('Due for revisit only').boundingBox();
  const dueLabel = await page.getByText('Due for revisit only', { exact: true }).boundingBox();
  expect(due && dueLabel && Math.abs(due.y + due.height / 2 - (dueLabel.y + dueLabel.height / 2))).toBeLessThan(4);
  expect(due && dueLabel && due.x + due.width <= dueLabel.x).toBe(true);
  await page.getByLabel('Search names, descriptions and rationales').fill('ranking quality');
  await expect(page.getByText('1 decision', { exact: true })).toBeVisible();
  await expect(page.locator('.library-row mark')).toHaveText(['ranking', 'quality']);
  // Markup in a name is shown as text.
  await expect(page.getByRole('link', { name: 'Feature store <b>bold</b>' })).toBeVisible();
  await page.getByLabel('Search names, descriptions and rationales').fill('nothing like this');
  await expect(page.getByText('0 of 1 decisions match')).toBeVisible();
});

test('a second tab sees a new record without a reload', async ({ page, context }) => {
  const other = await context.newPage();
  await other.goto('/#/library');
  await expect(other.getByRole('heading', { level: 1, name: 'Decision library' })).toBeVisible();
  await expect(other.getByText('No decisions saved yet.')).toBeVisible();

  await decideBuild(page, 'Embedding service');
  await saveDecision(page);
  await expect(other.getByRole('link', { name: 'Embedding service' })).toBeVisible();
});

test('two tabs saving the same record: the second is refused and neither version is lost', async ({ page, context }) => {
  await decideBuild(page, 'Vector index');
  await saveDecision(page);
  const url = page.url();

  // Tab B, opened at A's address, does not take A's session (a tab holds the session it has open); saved, it is no waiting draft either.
  const other = await context.newPage();
  await other.goto(url);
  await openLibrary(other);
  await expect(other.getByRole('link', { name: 'Vector index' })).toBeVisible();
  await expect(other.getByRole('button', { name: 'Resume Vector index' })).toHaveCount(0);
  // Tab B starts a revisit of the same record.
  await revisitInAnotherTab(other, 'Vector index');

  // Tab A moves on and saves first.
  const w1 = new WizardDriver(page);
  await w1.back();
  await w1.answer('No');
  await w1.overrideReason('Tab A: the platform team is full.');
  await w1.next();
  await w1.expectOutcome('Secure capacity first');
  await saveDecision(page, 'Save changes to the decision');

  // Tab B, still on the older copy, is refused.
  await other.getByRole('button', { name: 'Save changes to the decision' }).click();
  await expect(other.getByRole('alert')).toContainText('another tab changed this decision');
  await other.getByRole('button', { name: 'Save as a copy' }).click();
  await expect(other.getByText(/^Saved as revision \d+\./)).toBeVisible();

  await openLibrary(page);
  await expect(page.getByText('2 decisions')).toBeVisible();
  await page.getByLabel('Outcome').selectOption({ label: 'Build' });
  await expect(page.getByText('1 of 2 decisions match')).toBeVisible();
  await page.getByLabel('Outcome').selectOption({ label: 'Secure capacity first' });
  await expect(page.getByText('1 of 2 decisions match')).toBeVisible();
});

test('a draft survives a reload mid-wizard', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Half-finished pipeline', ...ROOMY_TEAM });
  await w.answer('Yes');
  await w.rationale('Draft rationale that must survive.');
  await w.next();
  await page.reload();
  await w.expectStep('Can you maintain it for the long term?');
  await w.back();
  await expect(page.getByLabel(/^Rationale/)).toHaveValue('Draft rationale that must survive.');
});

test('a half-filled coverage grid and its unsent rationale survive a reload', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({
    componentName: 'Half-filled grid',
    ...ROOMY_TEAM,
    candidates: [{ name: 'Acme Vector' }, { name: 'Beta Search' }],
    requirements: [{ name: 'Hybrid search', bucket: 'Must-have' }, { name: 'Metadata filters', bucket: 'Should-have' }],
  });
  await w.answer('No');
  await w.next();
  await w.checkMaturity('Acme Vector', ALL_CHECKS);
  await w.checkMaturity('Beta Search', ALL_CHECKS);
  await w.next();
  await w.expectStep(QUESTIONS.requirements);
  await w.cover('Hybrid search', 'Acme Vector', 'Covered');
  await w.cover('Metadata filters', 'Beta Search', 'Partly covered');
  await w.rationale('Typed, never sent with Next.');
  await draftHolds(page, 'Typed, never sent with Next.');
  await page.reload();
  await w.expectStep(QUESTIONS.requirements);
  await expect(page.getByLabel('Hybrid search for Acme Vector')).toHaveValue('covered');
  await expect(page.getByLabel('Metadata filters for Beta Search')).toHaveValue('partial');
  await expect(page.getByLabel('Hybrid search for Beta Search')).toHaveValue('');
  await expect(page.getByLabel(/^Rationale/)).toHaveValue('Typed, never sent with Next.');
  await expectNoAxeViolations(page);
});

test('a gap classified at node 4 but not sent survives a reload', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({
    componentName: 'Half-rated gaps',
    ...ROOMY_TEAM,
    candidates: [{ name: 'Acme Vector' }],
    requirements: [{ name: 'Hybrid search', bucket: 'Must-have' }, { name: 'Metadata filters', bucket: 'Should-have' }],
  });
  await w.answer('No');
  await w.next();
  await w.checkMaturity('Acme Vector', ALL_CHECKS);
  await w.next();
  await w.cover('Hybrid search', 'Acme Vector', 'Covered');
  await w.cover('Metadata filters', 'Acme Vector', 'Not covered');
  await w.next();
  await w.expectStep(QUESTIONS.gaps);
  await w.classifyGap('Acme Vector', 'Metadata filters', 'Core');
  await draftHolds(page, '"kind":"core"');
  await page.reload();
  await w.expectStep(QUESTIONS.gaps);
  await expect(w.candidate('Acme Vector').getByRole('radiogroup', { name: 'Gap: Metadata filters' }).getByRole('radio', { name: 'Core', exact: true })).toBeChecked();
});

test('a successor is dated the day it is decided, so it is not due for revisit the moment it is saved', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
  const w = await decideBuild(page, 'Ranking service', { date: '2024-03-01' });
  await saveDecision(page);
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await page.getByRole('button', { name: 'Start a decision that supersedes this one' }).click();

  await w.expectStep('Frame the decision');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2026-11-23');
  await w.next();
  await w.expectStep(QUESTIONS.differentiator);
  await w.answer('Yes');
  await w.rationale('Our ranking quality is what customers pay us for.');
  await w.next();
  await w.expectStep(QUESTIONS.maintenance);
  await w.next();
  await w.expectOutcome('Build');
  await page.getByLabel(/^Why will buying not do\?/).fill('No product ranks our catalogue the way our customers expect.');
  await saveDecision(page);

  // The library: the old decision is overdue (dated 2024), its successor is not.
  await openLibrary(page);
  await expect(page.getByRole('region', { name: 'One decision is past its revisit-by date' })).toBeVisible();
  const rows = page.getByRole('region', { name: 'Decisions found' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Decided 2024-03-01' })).toContainText('Revisit overdue since');
  await expect(rows.filter({ hasText: 'Decided 2026-11-23' })).toContainText('Revisit by 2027-11-23');
});
