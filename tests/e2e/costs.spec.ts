import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { buildScenario, buyScenario, costInputs } from '../../src/domain/cost/testing/inputs';
import type { Layer } from '../../src/domain/portfolio/layers';
import type { DecisionRecord } from '../../src/domain/record/record';
import type { Session } from '../../src/domain/session';
import { buySession, inHouseSession, recordOf } from '../../src/domain/testing/records';
import { ALL_CHECKS, QUESTIONS, ROOMY_TEAM, WizardDriver } from './driver';
import { DB_VERSION, seedDatabase, seedRows } from './faults-helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Issue 14: the three-year cost of a decision, and the portfolio of what is bought and built. */

const costs = (page: Page) => page.getByRole('region', { name: 'Three-year cost' });

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await file.path(), 'utf8');
}

/** Fills the cost form for one bought candidate against a build: $0.002 a request on 1,000,000 a month, $10,000 of hardware. */
/** New decision with one mature candidate that meets the requirements: the outcome screen proposes buying it. */
async function reachBuy(page: Page, componentName: string, candidate: string): Promise<WizardDriver> {
  const w = new WizardDriver(page);
  await w.start();
  await w.frame({ componentName, ...ROOMY_TEAM, candidates: [{ name: candidate }] });
  await w.answer('No');
  await w.next();
  await w.checkMaturity(candidate, ALL_CHECKS);
  await w.next();
  await w.expectStep(QUESTIONS.requirements);
  await w.next();
  await w.expectOutcome('Buy');
  return w;
}

async function enterCosts(page: Page): Promise<void> {
  const panel = costs(page);
  const fill = (label: string | RegExp, value: string) => panel.getByLabel(label).fill(value);
  await fill('Loaded cost of one engineer a month', '5200');
  await fill('Starting volume a month', '1,000,000');
  await fill('Price per request', '0.002');
  await fill('Integration (engineer-weeks, month 1)', '0');
  await fill('Engineers who will operate it', '0');
  await fill('Exit cost (shown beside the totals)', '5000');
  await fill('Build effort (engineer-weeks)', '0');
  await fill('Hardware bought in month 1', '10000');
  await fill('Hosting, power and cooling a month', '0');
}

test('a TCO on a decision: payback and chart, saved, revisited with a new price, compared, exported', async ({ page }) => {
  test.setTimeout(120_000);
  const w = await reachBuy(page, 'Vector store', 'Acme Vectors');

  await enterCosts(page);
  // An absurd price gets its message at the field, and nothing is worked out from it.
  await costs(page).getByLabel('Price per request').fill('10000000000000');
  await costs(page).getByRole('button', { name: 'Work out the three-year cost' }).click();
  await expect(costs(page).getByLabel('Price per request')).toHaveAccessibleDescription(/typo/);
  await expect(costs(page).getByLabel('Price per request')).toBeFocused();
  await costs(page).getByLabel('Price per request').fill('0.002');
  await costs(page).getByRole('button', { name: 'Work out the three-year cost' }).click();
  await expect(costs(page).getByText('Building pays back in month 11.', { exact: true })).toBeVisible();
  await expect(costs(page).getByRole('img', { name: /Cumulative cost, month by month/ })).toBeVisible();
  await expect(costs(page).getByText('The three-year totals meet at a starting volume of 658,888 requests a month.')).toBeVisible();
  await expect(costs(page).getByRole('table', { name: 'Totals by year for Acme Vectors' })).toContainText('$72,000');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Save decision' }).click();
  await expect(page.getByText('Saved as revision 1.')).toBeVisible();

  // Revisit with a new price: Acme doubles it.
  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(costs(page).getByText('Building pays back in month 11.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Start revisit' }).click();
  await page.getByLabel('What changed? (required)').fill('Acme doubled its price per request.');
  await page.getByRole('button', { name: 'Start revisit' }).click();
  await w.expectStep('Frame the decision');
  for (let i = 0; i < 4; i++) await w.next();
  await w.expectOutcome('Buy');
  await costs(page).getByLabel('Price per request').fill('0.004');
  await costs(page).getByRole('button', { name: 'Work out the three-year cost' }).click();
  await expect(costs(page).getByText('Building pays back in month 4.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save changes to the decision' }).click();
  await expect(page.getByText('Saved as revision 2.')).toBeVisible();

  await page.getByRole('link', { name: 'Open it in the library' }).click();
  await expect(costs(page).getByText('Building pays back in month 4.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Compare' }).click();
  const table = page.getByRole('table', { name: /between revision 1 and revision 2/ });
  await expect(table.getByRole('row', { name: /Price — Acme Vectors/ })).toContainText('$0.002 a unit');
  await expect(table.getByRole('row', { name: /Price — Acme Vectors/ })).toContainText('$0.004 a unit');
  await expect(table.getByRole('row', { name: /Payback — Acme Vectors/ })).toContainText('Building pays back in month 4');
  await expectNoAxeViolations(page);

  const markdown = await download(page, 'Download Markdown (MADR)');
  expect(markdown).toContain('## Three-year cost');
  expect(markdown).toContain('| Buy Acme Vectors | $48,000 | $48,000 | $48,000 | $144,000 |');
  expect(markdown).toContain('building pays back in month 4; break-even at a starting volume of 329,444 requests a month');
  const json = JSON.parse(await download(page, 'Download JSON')) as DecisionRecord;
  const prices = json.revisions.map((r) => r.session.costs?.buy[0]?.pricing);
  expect(prices).toEqual([
    { kind: 'per-request', price: 0.2 },
    { kind: 'per-request', price: 0.4 },
  ]);
});

test('the self-hosting helper: a bad figure gets its message at the field, never an Infinity on screen', async ({ page }) => {
  test.setTimeout(90_000);
  await reachBuy(page, 'Language model', 'Acme Models');
  const panel = costs(page);
  await panel.getByLabel('Volume is counted in').selectOption({ label: 'Thousands of tokens' });
  await panel.getByLabel('Capacity grows with the volume (GPUs, servers)').check();
  await panel.getByLabel('Starting volume a month').fill('5,000,000');
  const tokens = panel.getByLabel('Tokens a second per GPU (sustained)');
  await tokens.fill('-5');
  await expect(tokens).toHaveAccessibleDescription(/The tokens a second cannot be negative$/);
  await tokens.fill('1000');
  await panel.getByLabel('Utilisation (%)').fill('50');
  await expect(panel.getByText(/One GPU carries 1,314,900 thousand tokens a month; the starting volume needs 4\./)).toBeVisible();
  // A price no GPU has (10^307 a month) would overflow to Infinity: it is refused at its field instead.
  const gpu = panel.getByLabel('One GPU a month');
  await gpu.fill('1e307');
  await expect(gpu).toHaveAccessibleDescription(/^An example: .*The cost of one GPU a month must be a number$/);
  await expect(panel).not.toContainText('∞');
  await expect(panel).not.toContainText(/NaN|Infinity/);
  await expectNoAxeViolations(page);
});

/** A decision on `layer`, bought for `monthly` cents a month flat, or built for `monthly` cents of hosting a month. */
function decision(n: number, side: 'buy' | 'build', layer: Layer, monthly: number): DecisionRecord {
  const base = side === 'buy' ? buySession({ candidates: ['Acme'] }) : inHouseSession('yes');
  const candidates = base.framing.candidates;
  const session: Session = {
    ...base,
    framing: { ...base.framing, componentName: `Decision ${n}`, layer, date: '2026-06-15' },
    costs: costInputs({
      engineerMonth: 0,
      buy: candidates.map((c) => buyScenario({ candidateId: c.id, pricing: { kind: 'flat', monthly } })),
      build: buildScenario({ hostingMonthly: monthly }),
    }),
  };
  const record = recordOf(session, `rec_e2e_${n}`);
  return { ...record, status: 'accepted', statusHistory: [...record.statusHistory, { status: 'accepted', at: record.createdAt, note: '' }] };
}

test('a portfolio over 20 decisions: the buy/build split, the diagnostic, a spend line that changes it, Markdown', async ({ page }) => {
  test.setTimeout(90_000);
  // 19 bought utilities and components at $1,000 a month, one product built at $1,000 a month: 95% buys.
  const records = Array.from({ length: 20 }, (_, i) => (i === 19 ? decision(i, 'build', 'product', 100_000) : decision(i, 'buy', i % 2 ? 'utility' : 'component', 100_000)));
  await seedDatabase(page, DB_VERSION, { records: seedRows(records) });
  await page.goto('/#/portfolio');
  await expect(page.getByRole('heading', { level: 1, name: 'What we buy and what we build' })).toBeVisible();
  await expect(page.getByText('20 decisions chosen.')).toBeVisible();
  const split = page.getByRole('table', { name: 'Decisions and spend lines, with their yearly spend' });
  await expect(split.getByRole('row', { name: /^Buy/ })).toHaveText(/Buy\s*19\s*\$228,000/);
  await expect(split.getByRole('row', { name: /^Build/ })).toHaveText(/Build\s*1\s*\$12,000/);
  await expect(page.getByRole('heading', { name: 'Procurement mode' })).toBeVisible();
  await expect(page.getByText(/95% of the yearly spend buys \(\$228,000 of \$240,000\)/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Yearly spend by layer/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Harness engineering hours, built in-house: the organisation is no longer only buying.
  await page.getByLabel('What it is').fill('Context assembly and validation gates');
  await page.getByLabel('Buy or build').selectOption({ label: 'Build' });
  await page.getByLabel('Layer', { exact: true }).selectOption({ label: 'Harness' });
  await page.getByLabel('Yearly spend (USD)').fill('60000');
  await page.getByRole('button', { name: 'Add the spend line' }).click();
  await expect(page.getByRole('heading', { name: 'Strategy mode' })).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Context assembly and validation gates — build, Harness, \$60,000 a year/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Strategy mode' })).toBeVisible();
  await expectNoAxeViolations(page);

  const markdown = await download(page, 'Export the portfolio as Markdown');
  expect(markdown).toContain('## Strategy mode');
  expect(markdown).toContain('| Harness | 0 | $0 | 1 | $60,000 |');
});
