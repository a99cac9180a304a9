import { describe, expect, it } from 'vitest';
import { buildScenario, buyScenario, costInputs } from '../cost/testing/inputs';
import { currentRevision, type DecisionRecord } from '../record/record';
import { buySession, inHouseSession, recordOf } from '../testing/records';
import type { Session } from '../session';
import { diagnose } from './diagnostic';
import type { Layer } from './layers';
import { chooseRecords, mainCurrency, portfolioOf, sideOf, type PortfolioFilter } from './portfolio';
import { portfolioToMarkdown } from './to-markdown';
import { readSpendLines, writeSpendLines, type SpendLine } from './spend-lines';

/** A bought decision whose candidate costs `monthly` cents a month flat: 12 × monthly a year. */
function bought(layer: Layer, monthly: number, date = '2026-06-01'): DecisionRecord {
  const session = buySession({ candidates: ['Acme'] });
  const [acme] = session.framing.candidates;
  if (!acme) throw new Error('expected a candidate');
  const priced: Session = {
    ...session,
    framing: { ...session.framing, layer, date },
    costs: costInputs({ engineerMonth: 0, buy: [buyScenario({ candidateId: acme.id, pricing: { kind: 'flat', monthly } })], build: buildScenario() }),
  };
  return recordOf(priced);
}

const ALL: PortfolioFilter = { from: null, to: null, statuses: ['draft', 'proposed', 'accepted'] };
const line = (side: SpendLine['side'], layer: Layer, yearly: number): SpendLine => ({ id: `l-${side}-${yearly}`, label: `${side} ${layer}`, side, layer, yearly, currency: 'USD' });

describe('portfolio', () => {
  it('sums yearly spend by buy and build and by layer, and calls 95% buying with no harness built procurement mode', () => {
    const records = [bought('utility', 100_000), bought('component', 90_000)];
    const p = portfolioOf(records, [line('build', 'product', 120_000)], 'USD');
    expect(p.bySide).toEqual({ buy: { count: 2, yearly: 2_280_000 }, build: { count: 1, yearly: 120_000 } });
    expect(p.byLayer.utility.buy).toEqual({ count: 1, yearly: 1_200_000 });
    const d = diagnose(p);
    expect(d.mode).toBe('procurement');
    expect(d.detail).toContain('95% of the yearly spend buys ($22,800 of $24,000)');
    expect(d.advantage).toContain('validation gates');
  });

  it('is in strategy mode once the harness is built, even with most spend on buying', () => {
    const p = portfolioOf([bought('utility', 100_000)], [line('build', 'harness', 10_000)], 'USD');
    expect(diagnose(p)).toMatchObject({ mode: 'strategy', harnessBuilt: 1 });
  });

  it('chooses records by status and decision date, and says when nothing has figures', () => {
    const records = [bought('utility', 1, '2026-01-10'), bought('utility', 1, '2026-09-10')];
    expect(chooseRecords(records, { ...ALL, from: '2026-02-01' })).toHaveLength(1);
    expect(chooseRecords(records, { ...ALL, statuses: ['accepted'] })).toHaveLength(0);
    expect(diagnose(portfolioOf([], [], 'USD')).mode).toBe('no-spend');
  });

  it('exports the diagnostic and the split as Markdown', () => {
    const p = portfolioOf([bought('utility', 100_000)], [], 'USD');
    const md = portfolioToMarkdown(p, diagnose(p), ALL);
    expect(md).toContain('## Procurement mode');
    expect(md).toContain('| Buy | 1 | $12,000 |');
    expect(md).toContain('| Utility | 1 | $12,000 | 0 | $0 |');
  });

  it('stores spend lines with a version, and refuses a stored list it cannot read without losing it', () => {
    const lines = [line('buy', 'utility', 5_000)];
    expect(readSpendLines(writeSpendLines(lines))).toEqual({ ok: true, lines });
    expect(readSpendLines(null)).toEqual({ ok: true, lines: [] });
    expect(readSpendLines('{"version":9,"lines":[]}').ok).toBe(false);
    expect(readSpendLines('not json').ok).toBe(false);
    expect(currentRevision(bought('utility', 1)).session.framing.layer).toBe('utility');
  });
});

describe('which column a decision funds', () => {
  it('puts every buying outcome under buy, the build under build, and an open or rejected decision in neither', () => {
    expect(sideOf('build')).toBe('build');
    for (const outcome of ['buy', 'buy-and-wrap', 'secure-capacity-first', 'find-another-vendor'] as const) expect(sideOf(outcome)).toBe('buy');
    expect(sideOf('reject-candidate')).toBe('open');
    expect(sideOf(null)).toBe('open');
  });

  it('counts a build at its own three-year cost, and leaves out of the sums the decisions priced in another currency or not priced', () => {
    const built = recordOf({ ...inHouseSession(), costs: costInputs({ engineerMonth: 0, build: buildScenario({ hardwareCapex: 3_600_000, maintenanceShare: 0.2 }) }) }, 'rec_build');
    const euroSession = currentRevision(bought('utility', 100_000)).session;
    const inEuro = recordOf({ ...euroSession, costs: euroSession.costs ? { ...euroSession.costs, currency: 'EUR' } : null }, 'rec_eur');
    const unpriced = recordOf(buySession({ candidates: ['Acme'] }), 'rec_free');
    const p = portfolioOf([built, inEuro, unpriced], [], 'USD');
    expect(p.items.map((i) => [i.side, i.yearly])).toEqual([
      ['build', 1_200_000],
      ['buy', null],
      ['buy', null],
    ]);
    expect(p.otherCurrency).toBe(1);
    expect(p.bySide).toEqual({ buy: { count: 2, yearly: 0 }, build: { count: 1, yearly: 1_200_000 } });
  });

  it('sums in the currency most decisions and spend lines use, USD when nothing has a price', () => {
    const euro = { ...line('buy', 'utility', 1), currency: 'EUR' };
    expect(mainCurrency([bought('utility', 1)], [euro, { ...euro, id: 'l2' }])).toBe('EUR');
    expect(mainCurrency([bought('utility', 1)], [])).toBe('USD');
    expect(mainCurrency([recordOf(buySession())], [])).toBe('USD');
  });
});
