import { analyseCosts } from './analysis';
import { formatMoney, formatPrice, formatVolume } from './format';
import { candidateLabel } from './in-play';
import { paybackWords } from './payback';
import { pricePerUnit } from './scenarios';
import type { Session } from '../session';

/**
 * The cost inputs and results as labelled lines, for comparing two revisions:
 * a revisit that changes a price shows the new price and where payback moved.
 */
export function costLines(session: Session): Map<string, string> {
  const inputs = session.costs;
  const lines = new Map<string, string>();
  if (!inputs) return lines;
  const money = (minor: number) => formatMoney(minor, inputs.currency);
  lines.set('Engineer cost a month', money(inputs.engineerMonth));
  lines.set('Starting volume a month', formatVolume(inputs.volume.start));
  lines.set('Growth a month', `${Math.round(inputs.volume.growth * 10_000) / 100}%`);
  for (const buy of inputs.buy) {
    const name = candidateLabel(session, buy.candidateId);
    const unit = pricePerUnit(buy.pricing);
    lines.set(`Price — ${name}`, unit > 0 ? `${formatPrice(unit, inputs.currency)} a unit` : buy.pricing.kind);
    lines.set(`Fees a month — ${name}`, money(buy.monthlyFees));
  }
  lines.set('Build effort (engineer-weeks)', String(inputs.build.effortWeeks));
  lines.set('Hardware', money(inputs.build.hardwareCapex));
  lines.set('Hosting a month', money(inputs.build.hostingMonthly));
  const analysis = analyseCosts(inputs);
  if (!analysis.ok) return lines;
  lines.set('Build over 36 months', money(analysis.value.buildCumulative.at(-1) ?? 0));
  for (const c of analysis.value.candidates) {
    const name = candidateLabel(session, c.candidateId);
    lines.set(`Buy over 36 months — ${name}`, money(c.totals.buy));
    lines.set(`Payback — ${name}`, paybackWords(c.payback));
  }
  return lines;
}
