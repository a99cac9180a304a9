import { formatMoney } from '../cost/format';
import { mdCell, mdInline } from '../export/escape';
import type { Diagnostic } from './diagnostic';
import { LAYERS, LAYER_NAMES } from './layers';
import type { Portfolio, PortfolioFilter } from './portfolio';

/** The portfolio for a leadership review: the diagnostic, then the split by buy and build and by layer. */
export function portfolioToMarkdown(p: Portfolio, d: Diagnostic, filter: PortfolioFilter): string {
  const money = (minor: number) => formatMoney(minor, p.currency);
  const range = `${filter.from ?? 'the first decision'} to ${filter.to ?? 'today'}`;
  const layerRows = LAYERS.map((l) => {
    const { buy, build } = p.byLayer[l];
    return `| ${LAYER_NAMES[l]} | ${buy.count} | ${money(buy.yearly)} | ${build.count} | ${money(build.yearly)} |`;
  });
  const items = p.items.map((i) => `| ${mdCell(i.title)} | ${i.side} | ${LAYER_NAMES[i.layer]} | ${i.yearly === null ? '—' : money(i.yearly)} |`);
  return [
    '# What we buy and what we build',
    `Decisions dated ${range}, with status ${filter.statuses.join(', ')}. Yearly spend is the average over each decision's three-year cost, in ${p.currency}.`,
    `## ${d.headline}`,
    mdInline(d.detail),
    mdInline(d.advantage),
    '## Buy and build',
    ['| | Count | Yearly spend |', '|---|---:|---:|', `| Buy | ${p.bySide.buy.count} | ${money(p.bySide.buy.yearly)} |`, `| Build | ${p.bySide.build.count} | ${money(p.bySide.build.yearly)} |`].join('\n'),
    '## By layer',
    ['| Layer | Bought | Buy spend | Built | Build spend |', '|---|---:|---:|---:|---:|', ...layerRows].join('\n'),
    '## Decisions',
    items.length > 0 ? ['| Decision | Side | Layer | Yearly spend |', '|---|---|---|---:|', ...items].join('\n') : 'No decision in this range.',
  ].join('\n\n') + '\n';
}
