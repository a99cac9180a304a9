import { analyseCosts } from '../cost/analysis';
import { decide } from '../decision';
import type { Outcome } from '../outcomes';
import { assertNever } from '../assert-never';
import { currentRevision, type DecisionRecord, type Status } from '../record/record';
import { LAYERS, type Layer } from './layers';
import type { Side, SpendLine } from './spend-lines';

export interface PortfolioFilter {
  /** Inclusive calendar days (YYYY-MM-DD) of the decision's date; null for no bound. */
  readonly from: string | null;
  readonly to: string | null;
  readonly statuses: readonly Status[];
}

/** One decision as the portfolio counts it. */
export interface PortfolioItem {
  readonly title: string;
  readonly side: Side | 'open';
  readonly layer: Layer;
  /** Average yearly spend over the three years, in minor units; null without cost figures in this currency. */
  readonly yearly: number | null;
}

export interface Totals {
  readonly count: number;
  readonly yearly: number;
}

export interface Portfolio {
  readonly currency: string;
  readonly items: readonly PortfolioItem[];
  readonly bySide: Readonly<Record<Side, Totals>>;
  readonly byLayer: Readonly<Record<Layer, Readonly<Record<Side, Totals>>>>;
  /** Decisions whose figures are in another currency, left out of the sums. */
  readonly otherCurrency: number;
}

/** Which column a decision's adopted outcome funds. */
export function sideOf(outcome: Outcome | null): Side | 'open' {
  switch (outcome) {
    case 'build':
      return 'build';
    case 'buy':
    case 'buy-and-wrap':
    case 'secure-capacity-first':
    case 'find-another-vendor':
      return 'buy';
    case 'reject-candidate':
    case null:
      return 'open';
    default:
      return assertNever(outcome, 'outcome');
  }
}

/** The records the filter keeps: status chosen and decision date in range. */
export function chooseRecords(records: readonly DecisionRecord[], filter: PortfolioFilter): DecisionRecord[] {
  return records.filter((r) => {
    const day = currentRevision(r).session.framing.date;
    return filter.statuses.includes(r.status) && (filter.from === null || day >= filter.from) && (filter.to === null || day <= filter.to);
  });
}

/** What a decision spends a year on average over its three years: the adopted candidate bought, or the build. */
function yearlySpend(record: DecisionRecord, side: Side | 'open', currency: string): number | null {
  const session = currentRevision(record).session;
  const costs = session.costs;
  if (!costs || costs.currency !== currency || side === 'open') return null;
  const analysis = analyseCosts(costs);
  if (!analysis.ok) return null;
  if (side === 'build') return Math.round((analysis.value.buildCumulative.at(-1) ?? 0) / 3);
  const chosen = decide(session).chosen?.key;
  const bought = analysis.value.candidates.find((c) => chosen?.kind === 'candidate' && c.candidateId === chosen.candidateId) ?? analysis.value.candidates[0];
  return bought ? Math.round(bought.totals.buy / 3) : null;
}

/** The currency most of the chosen decisions use (USD when none has figures). */
export function mainCurrency(records: readonly DecisionRecord[], lines: readonly SpendLine[]): string {
  const counts = new Map<string, number>();
  for (const r of records) {
    const c = currentRevision(r).session.costs?.currency;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  for (const l of lines) counts.set(l.currency, (counts.get(l.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'USD';
}

/** Counts and yearly spend by buy and build and by layer (docs/domain.md#portfolio), over the chosen records and the hand-added lines. */
export function portfolioOf(records: readonly DecisionRecord[], lines: readonly SpendLine[], currency: string): Portfolio {
  const items: PortfolioItem[] = records.map((r) => {
    const session = currentRevision(r).session;
    const side = sideOf(decide(session).outcome);
    return { title: session.framing.componentName, side, layer: session.framing.layer, yearly: yearlySpend(r, side, currency) };
  });
  const otherCurrency = records.filter((r) => {
    const c = currentRevision(r).session.costs?.currency;
    return c !== undefined && c !== currency;
  }).length;
  const counted = [...items, ...lines.filter((l) => l.currency === currency).map((l) => ({ title: l.label, side: l.side, layer: l.layer, yearly: l.yearly }))];
  const empty = (): Record<Side, Totals> => ({ buy: { count: 0, yearly: 0 }, build: { count: 0, yearly: 0 } });
  const bySide = empty();
  const byLayer = Object.fromEntries(LAYERS.map((l) => [l, empty()])) as Record<Layer, Record<Side, Totals>>;
  for (const item of counted) {
    if (item.side === 'open') continue;
    const add = (t: Totals): Totals => ({ count: t.count + 1, yearly: t.yearly + (item.yearly ?? 0) });
    bySide[item.side] = add(bySide[item.side]);
    byLayer[item.layer][item.side] = add(byLayer[item.layer][item.side]);
  }
  return { currency, items, bySide, byLayer, otherCurrency };
}
