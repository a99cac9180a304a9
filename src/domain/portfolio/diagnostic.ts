import { formatMoney } from '../cost/format';
import type { Portfolio } from './portfolio';

/** At or above this share of spend on buying, with no harness built, the organisation is in procurement mode (docs/domain.md#portfolio). */
export const PROCUREMENT_SHARE = 0.9;

export type Mode = 'procurement' | 'strategy' | 'no-spend';

export interface Diagnostic {
  readonly mode: Mode;
  /** Share of the yearly spend that buys, 0…1 (0 with no spend). */
  readonly buyShare: number;
  readonly harnessBuilt: number;
  readonly headline: string;
  readonly detail: string;
  readonly advantage: string;
}

const HARNESS = 'specifications, validation gates, context assembly, tool scoping and enforced workflows';

/** Procurement or strategy mode, in words with the figures, and where the durable advantage would be. */
export function diagnose(p: Portfolio): Diagnostic {
  const buy = p.bySide.buy.yearly;
  const build = p.bySide.build.yearly;
  const total = buy + build;
  const harnessBuilt = p.byLayer.harness.build.count;
  const money = (minor: number) => formatMoney(minor, p.currency);
  if (total === 0) {
    return {
      mode: 'no-spend',
      buyShare: 0,
      harnessBuilt,
      headline: 'No spend to weigh yet',
      detail: 'None of the chosen decisions has three-year cost figures, and no spend line has been added.',
      advantage: `Add the cost figures to the decisions, or the licences and engineering hours by hand, to see where the money goes. The lasting advantage usually sits in what you build around bought models: ${HARNESS}.`,
    };
  }
  const buyShare = buy / total;
  const percent = `${Math.round(buyShare * 100)}%`;
  const figures = `${percent} of the yearly spend buys (${money(buy)} of ${money(total)}); ${money(build)} builds`;
  if (buyShare >= PROCUREMENT_SHARE && harnessBuilt === 0) {
    return {
      mode: 'procurement',
      buyShare,
      harnessBuilt,
      headline: 'Procurement mode',
      detail: `${figures}, and nothing in the harness layer is built. The organisation funds utilities and components that every competitor can buy too.`,
      advantage: `The durable advantage would be the harness you build around the bought models: ${HARNESS}. Fund one of these deliberately.`,
    };
  }
  return {
    mode: 'strategy',
    buyShare,
    harnessBuilt,
    headline: 'Strategy mode',
    detail: `${figures}; ${harnessBuilt === 1 ? 'one harness piece is' : `${harnessBuilt} harness pieces are`} built.`,
    advantage:
      harnessBuilt > 0
        ? `The durable advantage is in the harness you build: ${HARNESS}. Keep buying the utilities and keep that work funded.`
        : `Both columns are funded, but nothing in the harness layer is built yet: the durable advantage would come from ${HARNESS}.`,
  };
}
