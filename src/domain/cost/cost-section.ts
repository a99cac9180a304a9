import { mdCell, mdInline } from '../export/escape';
import { currentRevision, type DecisionRecord } from '../record/record';
import { analyseCosts } from './analysis';
import { formatMoney, formatVolume } from './format';
import { candidateLabel } from './in-play';
import { paybackWords } from './payback';
import { VOLUME_UNIT_NAMES } from './words';

/**
 * The record's three-year cost as Markdown (docs/domain.md#cost-model): yearly totals per scenario,
 * then per candidate the payback, the break-even volume and the exit cost.
 * Null when the team entered no cost figures.
 */
export function costSection(record: DecisionRecord): string | null {
  const session = currentRevision(record).session;
  const inputs = session.costs;
  if (!inputs) return null;
  const analysis = analyseCosts(inputs);
  if (!analysis.ok) return `## Three-year cost\n\n${analysis.error}`;
  const money = (minor: number) => formatMoney(minor, inputs.currency);
  const { candidates, buildMonthly } = analysis.value;
  const build = candidates[0]?.yearly.build ?? [0, 0, 0];
  const row = (name: string, years: readonly number[], total: number) => `| ${mdCell(name)} | ${years.map(money).join(' | ')} | ${money(total)} |`;
  const table = [
    '| Scenario | Year 1 | Year 2 | Year 3 | 36 months |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('Build', candidates.length > 0 ? build : yearsOf(buildMonthly), analysis.value.buildCumulative.at(-1) ?? 0),
    ...candidates.map((c) => row(`Buy ${candidateLabel(session, c.candidateId)}`, c.yearly.buy, c.totals.buy)),
  ];
  const unit = VOLUME_UNIT_NAMES[inputs.volume.unit];
  const notes = candidates.map((c) => {
    const name = mdInline(candidateLabel(session, c.candidateId));
    const breakEven = c.breakEven === null ? 'no break-even starting volume up to 10^12 a month' : `break-even at a starting volume of ${formatVolume(c.breakEven)} ${unit} a month`;
    return `* Against ${name}: ${paybackWords(c.payback).toLowerCase()}; ${breakEven}; leaving would cost ${money(c.exitCost)} (not in the totals).`;
  });
  const basis = `Figures in ${inputs.currency}: starting volume ${formatVolume(inputs.volume.start)} ${unit} a month, growing ${round(inputs.volume.growth * 100)}% a month; one engineer ${money(inputs.engineerMonth)} a month.`;
  return ['## Three-year cost', basis, table.join('\n'), ...(notes.length > 0 ? [notes.join('\n')] : [])].join('\n\n');
}

function yearsOf(monthly: readonly number[]): number[] {
  return [0, 12, 24].map((from) => monthly.slice(from, from + 12).reduce((a, b) => a + b, 0));
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
