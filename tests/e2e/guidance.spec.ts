import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { ALL_CHECKS, QUESTIONS, ROOMY_TEAM, WizardDriver, type FramingInput } from './driver';

/** Issue 6: the guidance around the tree — profiles, follow-ups, the timebox, the model-layer lens. */

type ProfileLabel = 'Early-stage startup' | 'Mid-size team (10–50 engineers)' | 'Large enterprise' | 'Regulated industry';

async function frameAs(w: WizardDriver, input: FramingInput, profile: ProfileLabel, kind: 'Infrastructure' | 'Model or inference service' = 'Infrastructure') {
  await w.fill(input);
  await w.page.getByLabel('Organisation profile').selectOption({ label: profile });
  await w.page.getByRole('radio', { name: kind, exact: true }).check();
  await w.next();
}

/** Node 1 "No", one mature candidate, no requirements: the tree says Buy. */
async function reachBuy(w: WizardDriver, profile: ProfileLabel = 'Mid-size team (10–50 engineers)') {
  await w.start();
  await frameAs(w, { componentName: 'Vector store', ...ROOMY_TEAM, candidates: [{ name: 'Acme Vectors' }] }, profile);
  await w.expectStep(QUESTIONS.differentiator);
  await w.answer('No');
  await w.next();
  await w.expectStep(QUESTIONS.maturity);
  await w.checkMaturity('Acme Vectors', ALL_CHECKS);
  await w.next();
  await w.expectStep(QUESTIONS.requirements);
  await w.next();
  await w.expectOutcome('Buy');
}

const warnings = (page: Page) => page.getByRole('list', { name: 'Warnings' });

test('a startup reaching Build for something that is not a differentiator is warned, and must say why buying will not do', async ({ page }) => {
  // Several axe runs on a shared two-core machine.
  test.slow();
  const w = new WizardDriver(page);
  await w.start();
  await frameAs(w, { componentName: 'Feature flag service', ...ROOMY_TEAM }, 'Early-stage startup');
  await w.expectStep(QUESTIONS.differentiator);
  await expect(page.getByRole('group', { name: /early-stage startup/ })).toContainText('buy everything except');
  await expectNoAxeViolations(page);
  await w.answer('No');
  await w.next();
  await w.expectStep(QUESTIONS.maturity);
  await w.next();
  await w.expectStep(QUESTIONS.maintenance);
  await expect(page.getByRole('group', { name: /early-stage startup/ })).toContainText('lean to no');
  await w.next();
  await w.expectOutcome('Build');

  await expect(warnings(page)).toContainText('you judged not to be a differentiator');
  const checklist = page.getByRole('region', { name: 'Follow-ups' });
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Why buying will not do' })).toContainText('Required to decide');
  await page.getByLabel(/Why will buying not do/).fill('No product handles our per-tenant rollout rules.');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Why buying will not do' })).toContainText('done');
  await expectNoAxeViolations(page);
});

test('a Buy without an exit plan warns that it is a dependency, until the plan is written', async ({ page }) => {
  // Several axe runs on a shared two-core machine.
  test.slow();
  const w = new WizardDriver(page);
  await reachBuy(w);
  await expect(warnings(page)).toContainText('this is a dependency, not a vendor relationship');
  const followUps = page.getByRole('region', { name: 'Follow-ups' });
  await expect(followUps).toContainText(/Revisit by \d{4}-\d{2}-\d{2}/);

  // The three-year cost panel asks the same of each candidate bought: this is the follow-up's field.
  await followUps.getByLabel('Engineers who will operate it').fill('3');
  await expect(page.getByText('3 × 1–2 weeks = 3–6 engineer-weeks')).toBeVisible();
  await followUps.getByLabel('How does the data come out?').fill('Nightly export of vectors and metadata to object storage.');
  await followUps.getByLabel('What would you move to?').fill('pgvector on our Postgres cluster.');
  await expect(page.getByText('this is a dependency, not a vendor relationship')).toHaveCount(0);
  await expect(followUps.getByRole('listitem').filter({ hasText: 'Exit plan' })).toContainText('done');

  await page.getByLabel('Features for Acme Vectors: score').selectOption('4');
  await expect(page.getByRole('region', { name: 'Vendor evaluation' }).getByRole('cell', { name: '4 (1 of 10)' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a regulated Buy is reminded to start the security review early', async ({ page }) => {
  const w = new WizardDriver(page);
  await reachBuy(w, 'Regulated industry');
  await expect(warnings(page)).toContainText('Start the vendor security review');
});

test('the timer starts with the framing, warns at 45 minutes and keeps its time across a reload', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
  const w = new WizardDriver(page);
  await w.start();
  const timer = page.getByRole('region', { name: 'Timebox' });
  await expect(timer).toContainText('Framing: 0:0');
  await expect(timer).toContainText('about 5 min');
  await frameAs(w, { componentName: 'Vector store', ...ROOMY_TEAM }, 'Mid-size team (10–50 engineers)');
  await w.expectStep(QUESTIONS.differentiator);
  await expect(timer).toContainText('about 10 min');

  await page.clock.fastForward('45:00');
  await expect(timer.getByRole('status')).toHaveText(/15 minutes left/);
  await expectNoAxeViolations(page);

  await page.reload();
  // The draft comes back straight into the wizard, or behind its "Resume" button (the library's choice, not the timer's).
  const resume = page.locator('.waiting-draft').getByRole('button', { name: /^Resume / }).first();
  await expect(timer.or(resume)).toBeVisible();
  if (await resume.isVisible()) await resume.click();
  await expect(timer).toContainText(/4[5-9]:\d\d of 60:00/);
  await expect(timer.getByRole('status')).toHaveText(/15 minutes left/);

  await timer.getByRole('button', { name: 'Pause timer' }).click();
  await page.clock.fastForward('20:00');
  await expect(timer).toContainText(/4[5-9]:\d\d of 60:00/);
  await timer.getByRole('button', { name: 'Resume timer' }).click();
  await page.clock.fastForward('15:00');
  await expect(timer.getByRole('alert')).toHaveText('Time’s up — record what you have.');
  // The timer never blocks: the team can still answer.
  await w.answer('No');
  await w.next();
  await w.expectStep(QUESTIONS.maturity);
});

test('a model-layer session with on-premises data gets the self-host recommendation beside the outcome', async ({ page }) => {
  // Several axe runs on a shared two-core machine.
  test.slow();
  const w = new WizardDriver(page);
  await w.start();
  await frameAs(w, { componentName: 'Clinical notes summariser', ...ROOMY_TEAM }, 'Regulated industry', 'Model or inference service');
  await w.expectStep('Should you own the model, or call one?');
  await page.getByRole('button', { name: 'Continue to node 1' }).click();
  await expect(page.getByRole('alert')).toContainText('4 answers need attention');
  await expectNoAxeViolations(page);

  const yesNo = (legend: RegExp, choice: 'Yes' | 'No') =>
    page.getByRole('radiogroup', { name: legend }).getByRole('radio', { name: choice, exact: true }).check();
  await yesNo(/legally stay on your own premises/, 'Yes');
  await yesNo(/training data that others cannot get/, 'No');
  await yesNo(/largest operating cost/, 'No');
  await yesNo(/model itself what sets your product apart/, 'No');
  await page.getByRole('button', { name: 'Continue to node 1' }).click();
  await w.expectStep(QUESTIONS.differentiator);

  await w.answer('Yes');
  await w.rationale('Summaries tuned to our clinicians are why hospitals choose us.');
  await w.next();
  await w.expectStep(QUESTIONS.maintenance);
  await w.next();
  await w.expectOutcome('Build');
  const lens = page.getByRole('region', { name: 'The model layer' });
  await expect(lens).toContainText('Recommendation: Self-host open-weight models');
  await expect(lens).toContainText('must legally stay on your premises');
  await expectNoAxeViolations(page);
});
