import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, screenshotForDocs, test } from './fixtures';
import { QUESTIONS, ROOMY_TEAM, STRETCHED_TEAM, WizardDriver } from './driver';

/** Issue 3's routes, driven through the UI only; each ends on the outcome's heading. */

const VECTOR_REQUIREMENTS = [
  { name: 'Hybrid search', bucket: 'Must-have' },
  { name: 'Metadata filters', bucket: 'Should-have' },
  { name: 'Multi-tenancy', bucket: 'Should-have' },
  { name: 'GraphQL API', bucket: 'Nice-to-have' },
] as const;

test.describe('routes to each outcome', () => {
  test('Build: a differentiator the team can maintain', async ({ page }) => {
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Retrieval pipeline', ...ROOMY_TEAM });
    await w.answer('Yes');
    await w.rationale('Our ranking quality is what customers pay us for.');
    await w.next();
    await w.expectStep(QUESTIONS.maintenance);
    await expect(page.getByText('Suggestion Yes')).toBeVisible();
    await w.next();
    await w.expectOutcome('Build');
    await expect(page.getByRole('list').filter({ hasText: 'Node 1: Core differentiator?' })).toContainText('Node 5: Can you maintain it?');
  });

  test('Secure capacity first: no candidate and no spare capacity', async ({ page }) => {
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Clinical validation pipeline', ...STRETCHED_TEAM });
    await w.answer('No');
    await w.next();
    await w.expectStep(QUESTIONS.maturity);
    await expect(page.getByText('No candidates were listed')).toBeVisible();
    await w.next();
    await w.expectStep(QUESTIONS.maintenance);
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await w.next();
    await w.expectOutcome('Secure capacity first');
  });

  test('Buy: mature, every must-have, 80% of should-haves', async ({ page }) => {
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector', vendor: 'Acme' }], requirements: VECTOR_REQUIREMENTS });
    await w.answer('No');
    await w.next();
    await w.expectStep(QUESTIONS.maturity);
    await w.checkMaturity('Acme Vector');
    await expect(page.getByRole('radiogroup', { name: 'Is Acme Vector mature?' }).getByRole('radio', { name: 'Yes' })).toBeChecked();
    await w.next();
    await w.expectStep(QUESTIONS.requirements);
    await w.cover('Hybrid search', 'Acme Vector', 'Covered');
    await w.cover('Metadata filters', 'Acme Vector', 'Covered');
    await w.cover('Multi-tenancy', 'Acme Vector', 'Partly covered');
    await expect(w.candidate('Acme Vector')).toContainText('75% of the should-haves');
    await w.cover('Multi-tenancy', 'Acme Vector', 'Covered');
    await expect(w.candidate('Acme Vector').getByRole('radio', { name: '80% or more' })).toBeChecked();
    await w.next();
    await w.expectOutcome('Buy');
    await expect(page.getByText('Acme Vector covers every must-have and 100% of the should-haves', { exact: false }).first()).toBeVisible();
  });

  test('Buy and wrap: the core gaps are narrow', async ({ page }) => {
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector' }], requirements: VECTOR_REQUIREMENTS });
    await w.answer('No');
    await w.next();
    await w.checkMaturity('Acme Vector');
    await w.next();
    await w.expectStep(QUESTIONS.requirements);
    await w.cover('Hybrid search', 'Acme Vector', 'Covered');
    await w.cover('Metadata filters', 'Acme Vector', 'Not covered');
    await w.cover('Multi-tenancy', 'Acme Vector', 'Partly covered');
    await w.next();
    await w.expectStep(QUESTIONS.gaps);
    await w.classifyGap('Acme Vector', 'Metadata filters', 'Core', 'Narrow');
    await w.classifyGap('Acme Vector', 'Multi-tenancy', 'Edge case');
    await expect(w.candidate('Acme Vector').getByRole('radio', { name: 'Narrow core gaps' })).toBeChecked();
    await w.next();
    await w.expectOutcome('Buy and wrap');
  });

  test('Find another vendor: a broad core gap and no capacity to build', async ({ page }) => {
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Vector store', ...STRETCHED_TEAM, candidates: [{ name: 'Acme Vector' }], requirements: VECTOR_REQUIREMENTS });
    await w.answer('No');
    await w.next();
    await w.checkMaturity('Acme Vector');
    await w.next();
    await w.cover('Hybrid search', 'Acme Vector', 'Covered');
    await w.cover('Metadata filters', 'Acme Vector', 'Not covered');
    await w.cover('Multi-tenancy', 'Acme Vector', 'Covered');
    await w.next();
    await w.expectStep(QUESTIONS.gaps);
    await w.classifyGap('Acme Vector', 'Metadata filters', 'Core', 'Broad');
    await w.next();
    await w.expectStep(QUESTIONS.maintenance);
    await w.next();
    await w.expectOutcome('Find another vendor');
  });

  test('two candidates: one misses a must-have, the other is bought', async ({ page }) => {
    // A projector's viewport and a frozen clock (the timebox shows elapsed time) keep the README screenshot deterministic.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({
      componentName: 'Vector store',
      ...ROOMY_TEAM,
      candidates: [{ name: 'Acme Vector' }, { name: 'Beta Search' }],
      requirements: VECTOR_REQUIREMENTS,
    });
    await w.answer('No');
    await w.next();
    await w.checkMaturity('Acme Vector');
    await w.checkMaturity('Beta Search');
    await w.next();
    await w.expectStep(QUESTIONS.requirements);
    await w.cover('Hybrid search', 'Acme Vector', 'Partly covered');
    await w.cover('Metadata filters', 'Acme Vector', 'Covered');
    await w.cover('Multi-tenancy', 'Acme Vector', 'Covered');
    await w.cover('Hybrid search', 'Beta Search', 'Covered');
    await w.cover('Metadata filters', 'Beta Search', 'Covered');
    await w.cover('Multi-tenancy', 'Beta Search', 'Covered');
    await w.cover('GraphQL API', 'Beta Search', 'Not covered');
    await expect(w.candidate('Acme Vector').getByRole('radio', { name: 'Must-have missing' })).toBeChecked();
    await w.next();
    await w.expectOutcome('Buy');
    const results = page.getByRole('region', { name: 'Each candidate' });
    await expect(results.getByRole('heading', { name: 'Acme Vector: Reject this candidate' })).toBeVisible();
    await expect(results.getByRole('heading', { name: 'Beta Search: Buy' })).toBeVisible();
    await screenshotForDocs(page, 'screenshot-1920-outcome.png');
  });
});

test('stepping back from node 4 to node 2 and changing the answer clears nodes 3 and 4', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector' }], requirements: VECTOR_REQUIREMENTS });
  await w.answer('No');
  await w.next();
  await w.checkMaturity('Acme Vector');
  await w.next();
  await w.cover('Hybrid search', 'Acme Vector', 'Covered');
  await w.cover('Metadata filters', 'Acme Vector', 'Not covered');
  await w.cover('Multi-tenancy', 'Acme Vector', 'Covered');
  await w.next();
  await w.expectStep(QUESTIONS.gaps);
  await w.classifyGap('Acme Vector', 'Metadata filters', 'Core', 'Narrow');
  await w.next();
  await w.expectOutcome('Buy and wrap');
  await w.back();
  await w.expectStep(QUESTIONS.gaps);
  await expect(w.stepButton(/^3\. Meets 80%\?/)).toBeVisible();

  await w.back();
  await w.expectStep(QUESTIONS.requirements);
  await expect(page.getByLabel('Metadata filters for Acme Vector')).toHaveValue('missing');
  await w.back();
  await w.expectStep(QUESTIONS.maturity);
  await w.checkMaturity('Acme Vector', ['In production use for two years or more']);
  await expect(page.getByRole('radiogroup', { name: 'Is Acme Vector mature?' }).getByRole('radio', { name: 'No' })).toBeChecked();
  await w.next();

  await w.expectStep(QUESTIONS.maintenance);
  await expect(w.stepButton(/Meets 80%/)).toHaveCount(0);
  await expect(w.stepButton(/Core or edge/)).toHaveCount(0);

  // Back at node 2, saying "mature" again reaches an empty node 3: the old marks were not kept.
  await w.stepButton(/^2\. Mature option\?/).click();
  await w.expectStep(QUESTIONS.maturity);
  await w.checkMaturity('Acme Vector');
  await w.next();
  await w.expectStep(QUESTIONS.requirements);
  await expect(page.getByLabel('Metadata filters for Acme Vector')).toHaveValue('');
  await expect(w.stepButton(/Core or edge/)).toHaveCount(0);
});

test('with two candidates left, the team can adopt the one the app did not propose', async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector' }, { name: 'Beta Search' }], requirements: VECTOR_REQUIREMENTS });
  await w.answer('No');
  await w.next();
  await w.checkMaturity('Acme Vector');
  await w.checkMaturity('Beta Search');
  await w.next();
  for (const candidate of ['Acme Vector', 'Beta Search']) {
    await w.cover('Hybrid search', candidate, 'Covered');
    await w.cover('Multi-tenancy', candidate, 'Covered');
  }
  await w.cover('Metadata filters', 'Acme Vector', 'Covered');
  await w.cover('Metadata filters', 'Beta Search', 'Not covered');
  await w.next();
  await w.expectStep(QUESTIONS.gaps);
  await w.classifyGap('Beta Search', 'Metadata filters', 'Core', 'Narrow');
  await w.next();
  await w.expectOutcome('Buy');

  const adopt = page.getByRole('radiogroup', { name: 'Which option does the team adopt?' });
  await expect(adopt.getByRole('radio', { name: 'Acme Vector — Buy' })).toBeChecked();
  await adopt.getByRole('radio', { name: 'Beta Search — Buy and wrap' }).check();
  await expect(w.heading()).toHaveText('Buy and wrap');
  await expect(adopt).toContainText('Proposed: Acme Vector (Buy)');

  // Adopting another option than the proposal asks why; the reason is kept with the decision.
  const why = page.getByLabel('Why adopt Beta Search over the proposal?');
  await why.fill('Beta Search runs in our own region.');
  await adopt.getByRole('radio', { name: 'Acme Vector — Buy' }).check();
  await expect(why).toHaveCount(0);
  await adopt.getByRole('radio', { name: 'Beta Search — Buy and wrap' }).check();
  await expect(why).toHaveValue('');
  await why.fill('Beta Search runs in our own region.');
  await page.getByRole('button', { name: 'Save decision' }).click();
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(page.getByText('Adopted over the app’s proposal, Acme Vector (Buy): Beta Search runs in our own region.')).toBeVisible();

  // A revisit walks the same answers again and keeps the team's adoption, not the app's proposal.
  await page.getByRole('button', { name: 'Start revisit' }).click();
  await page.getByLabel('What changed? (required)').fill('Acme raised its prices.');
  await page.getByRole('button', { name: 'Start revisit' }).click();
  await w.expectStep('Frame the decision');
  for (const step of [QUESTIONS.differentiator, QUESTIONS.maturity, QUESTIONS.requirements, QUESTIONS.gaps]) {
    await w.next();
    await w.expectStep(step);
  }
  await w.next();
  await w.expectOutcome('Buy and wrap');
  await expect(adopt.getByRole('radio', { name: 'Beta Search — Buy and wrap' })).toBeChecked();
  await expect(why).toHaveValue('Beta Search runs in our own region.');
});

test("the browser's Back button moves along the answered steps", async ({ page }) => {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName: 'Retrieval pipeline', ...ROOMY_TEAM });
  await w.answer('No');
  await w.next();
  await w.expectStep(QUESTIONS.maturity);
  await expect(page).toHaveURL(/#\/maturity$/);
  await page.goBack();
  await w.expectStep(QUESTIONS.differentiator);
  await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
});

test.describe('accessibility', () => {
  // axe on a full screen takes several seconds on a busy two-core machine.
  test.slow();
  test('framing with errors shown has no axe violations and focuses the first invalid field', async ({ page }) => {
    const w = new WizardDriver(page);
    await w.start();
    await w.fill({ engineers: 'ten', candidates: [{ name: '' }], requirements: [{ name: 'Hybrid search' }] });
    await w.next();
    await expect(page.getByRole('alert')).toContainText('Some framing fields need attention.');
    await expect(page.getByLabel('Component name')).toBeFocused();
    await expect(page.getByLabel('Engineers on the team')).toHaveAccessibleDescription(/must be a number/);
    await expect(page.getByLabel('Engineers on the team')).toHaveValue('ten');
    await expect(page.getByRole('radiogroup', { name: 'Bucket for requirement 1' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });

  test('a node screen with the coverage grid has no axe violations', async ({ page }) => {
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vector' }, { name: 'Beta Search' }], requirements: VECTOR_REQUIREMENTS });
    await w.answer('No');
    await w.next();
    await w.checkMaturity('Acme Vector');
    await w.checkMaturity('Beta Search', []);
    await w.judgeMature('Beta Search', 'Yes');
    await w.overrideReason('References vouch for it at our scale.', 'Beta Search');
    await expectNoAxeViolations(page);
    await w.next();
    await w.expectStep(QUESTIONS.requirements);
    await w.next();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the outcome screen has no axe violations', async ({ page }) => {
    const w = new WizardDriver(page);
    await w.start();
    await w.frame({ componentName: 'Retrieval pipeline', ...STRETCHED_TEAM });
    await w.answer('Yes');
    await w.rationale('Our ranking is the product.');
    await w.next();
    await w.next();
    await w.expectOutcome('Secure capacity first');
    await expectNoAxeViolations(page);
  });

  test('keyboard only: each step is reached with the keyboard and focus lands on its heading', async ({ page }) => {
    const w = new WizardDriver(page);
    await page.goto('/');
    await tabTo(page, 'New decision');
    await page.keyboard.press('Enter');
    await w.expectStep('Frame the decision');
    await w.fill({ componentName: 'Retrieval pipeline', ...ROOMY_TEAM });
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await w.expectStep(QUESTIONS.differentiator);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeFocused();
    await page.keyboard.press('Space');
    // Past the guidance's toggle (open on this first visit), to the rationale.
    await page.keyboard.press('Tab');
    await expect(page.locator('summary', { hasText: 'Guidance' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(/^Rationale/)).toBeFocused();
    await page.keyboard.type('Ranking is what customers pay for.');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await w.expectStep(QUESTIONS.maintenance);

    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await w.expectOutcome('Build');

    await tabTo(page, 'Back');
    await page.keyboard.press('Enter');
    await w.expectStep(QUESTIONS.maintenance);
  });
});

/** Presses Tab until the button with this name has focus. */
async function tabTo(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < 40; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the "${name}" button`);
}
