import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { QUESTIONS, ROOMY_TEAM, STRETCHED_TEAM, WizardDriver } from './driver';

/**
 * Issue 7's accessibility sweep: axe (WCAG 2.1 A/AA) on every screen and state
 * of the app, reached through the UI as a team would reach it.
 */

// Many axe passes on a shared two-core machine: each test gets triple time.
test.slow();

const REQUIREMENTS = [
  { name: 'Hybrid search', bucket: 'Must-have' },
  { name: 'Metadata filters', bucket: 'Should-have' },
  { name: 'Multi-tenancy', bucket: 'Nice-to-have' },
] as const;

const CANDIDATES = [{ name: 'Acme Vector', vendor: 'Acme' }, { name: 'Beta Search' }, { name: 'Gamma Index' }] as const;

const map = (page: Page): Locator => page.getByRole('complementary', { name: 'Decision map' });

async function saveAndOpen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByText(/^Saved as revision \d+\./)).toBeVisible();
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(page.getByRole('heading', { name: /^Status: / })).toBeVisible();
}

test('home, framing with errors, and the model-layer gate with its errors', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New decision' })).toBeVisible();
  await expectNoAxeViolations(page);

  const w = new WizardDriver(page);
  await w.start();
  await expectNoAxeViolations(page);
  await w.fill({ engineers: 'ten', spareEngineers: '-1', candidates: [{ name: '' }, { name: 'Beta' }], requirements: [{ name: 'Hybrid search' }, { name: '' }] });
  await w.next();
  await expect(page.getByRole('alert')).toContainText('Some framing fields need attention.');
  await expectNoAxeViolations(page);

  await page.getByLabel('Component name').fill('Clinical notes summariser');
  await page.getByLabel('Engineers on the team').fill('12');
  await page.getByLabel('Spare engineer capacity').fill('1');
  await page.getByLabel('Production systems they already maintain').fill('3');
  await page.getByLabel('Candidate 1 name').fill('Alpha');
  await page.getByLabel('Requirement 2', { exact: true }).fill('Audit log');
  await w.pickBucket(1, 'Must-have');
  await w.pickBucket(2, 'Should-have');
  await page.getByLabel('Organisation profile').selectOption({ label: 'Regulated industry' });
  await page.getByRole('radio', { name: 'Model or inference service', exact: true }).check();
  await w.next();
  await w.expectStep('Should you own the model, or call one?');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continue to node 1' }).click();
  await expect(page.getByRole('alert')).toContainText('answers need attention');
  await expectNoAxeViolations(page);
});

test('each of the five nodes with three candidates, then the outcome with follow-ups and vendor criteria', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.fill({ componentName: 'Vector store', ...STRETCHED_TEAM, candidates: CANDIDATES, requirements: REQUIREMENTS });
  await page.getByLabel('Organisation profile').selectOption({ label: 'Mid-size team (10–50 engineers)' });
  await w.next();

  // Node 1, with its error shown, then a "No".
  await w.expectStep(QUESTIONS.differentiator);
  await w.next();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
  await w.answer('No');
  await w.next();

  // Node 2: one candidate fully mature, one judged against the suggestion, one not mature.
  await w.expectStep(QUESTIONS.maturity);
  await w.checkMaturity('Acme Vector');
  await w.checkMaturity('Beta Search', ['A public SLA']);
  await w.judgeMature('Beta Search', 'Yes');
  await w.overrideReason('References vouch for it at our scale.', 'Beta Search');
  await w.checkMaturity('Gamma Index', []);
  await expectNoAxeViolations(page);
  await w.next();

  // Node 3: the coverage grid, errors first.
  await w.expectStep(QUESTIONS.requirements);
  await w.next();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
  await w.cover('Hybrid search', 'Acme Vector', 'Covered');
  await w.cover('Metadata filters', 'Acme Vector', 'Not covered');
  await w.cover('Multi-tenancy', 'Acme Vector', 'Covered');
  await w.cover('Hybrid search', 'Beta Search', 'Covered');
  await w.cover('Metadata filters', 'Beta Search', 'Not covered');
  await w.cover('Multi-tenancy', 'Beta Search', 'Not covered');
  await w.next();

  // Node 4: per-candidate gap cards.
  await w.expectStep(QUESTIONS.gaps);
  await w.classifyGap('Acme Vector', 'Metadata filters', 'Core', 'Narrow');
  await w.classifyGap('Beta Search', 'Metadata filters', 'Core', 'Broad');
  await expectNoAxeViolations(page);
  await w.next();

  // Node 5 for the candidate with a broad gap.
  await w.expectStep(QUESTIONS.maintenance);
  await expectNoAxeViolations(page);
  await w.next();

  await expect(w.heading()).toBeFocused();
  await expect(page.getByRole('region', { name: 'Follow-ups' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vendor evaluation' }).first()).toBeVisible();
  await page.getByLabel('Features for Acme Vector: score').selectOption('4');
  await expectNoAxeViolations(page);

  // The saved record shows the override's reason and the score, as its ADR file does.
  await saveAndOpen(page);
  await expect(page.getByRole('region', { name: 'Suggestions the team overrode' })).toContainText('References vouch for it at our scale.');
  await expect(page.getByRole('region', { name: 'Vendor scores' }).getByRole('row', { name: /^Features/ })).toContainText('4/5');
  await expectNoAxeViolations(page);
});

test.describe('on the room screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the map in presentation mode', async ({ page }) => {
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector' }, { name: 'Beta Search' }] });
    await w.answer('No');
    await w.next();
    await map(page).getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('dialog', { name: 'Decision map, presentation mode' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('library empty and with results, record view, comparison, import error', async ({ page }) => {
  await page.goto('/#/library');
  await expect(page.getByText('No decisions saved yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Retrieval pipeline', ...ROOMY_TEAM });
  await w.answer('Yes');
  await w.rationale('Our ranking quality is what customers pay us for.');
  await w.next();
  await w.next();
  await w.expectOutcome('Build');
  await saveAndOpen(page);
  await page.getByLabel('New tag').fill('search');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('button', { name: 'Remove tag search' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('What changed? (required)').fill('Two engineers left the team.');
  await page.getByRole('button', { name: 'Start revisit' }).click();
  await w.expectStep('Frame the decision');
  await w.next();
  await w.next();
  await w.answer('No');
  await w.overrideReason('Nobody can own it for good.');
  await w.next();
  await w.expectOutcome('Secure capacity first');
  await page.getByRole('button', { name: 'Save changes to the decision' }).click();
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(page.getByRole('region', { name: 'Suggestions the team overrode' })).toContainText('Nobody can own it for good.');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('table', { name: /between revision 1 and revision 2/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Decision library' }).click();
  await expect(page.getByText('1 decision', { exact: true })).toBeVisible();
  await page.getByLabel('Search names, descriptions and rationales').fill('ranking');
  await expect(page.locator('.library-row mark').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Import decisions').setInputFiles([{ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"formatVersion": 1, "records": [') }]);
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('share view and a share-link error', async ({ page, context }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM });
  await w.answer('Yes');
  await w.rationale('Search quality is the product.');
  await w.next();
  await w.next();
  await saveAndOpen(page);
  await page.getByRole('button', { name: 'Make a share link' }).click();
  const url = await page.getByLabel(/Read-only link/).inputValue();
  await expectNoAxeViolations(page);

  const shared = await context.newPage();
  await shared.goto(url);
  await expect(shared.getByText('Shared decision · read-only')).toBeVisible();
  await expectNoAxeViolations(shared);

  await shared.goto(url.slice(0, -25));
  await shared.reload();
  await expect(shared.getByRole('heading', { level: 1, name: 'This share link cannot be opened' })).toBeVisible();
  await expectNoAxeViolations(shared);
});
