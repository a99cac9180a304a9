import { err, ok, type Result } from '../result';
import type { CandidateId } from '../ids';
import { breakEvenVolume } from './break-even';
import { cumulative, sum } from './money';
import { paybackOf, type Payback } from './payback';
import { buildMonthly, buyMonthly } from './scenarios';
import type { BuyScenario, CostInputs } from './schemas';

export interface YearlyTotals {
  readonly buy: readonly [number, number, number];
  readonly build: readonly [number, number, number];
}

/** Build against one candidate bought, over 36 months (docs/domain.md#cost-model). */
export interface CandidateCost {
  readonly candidateId: CandidateId;
  readonly buyMonthly: readonly number[];
  readonly buyCumulative: readonly number[];
  readonly payback: Payback;
  /** Starting monthly volume at which the 36-month totals meet; null when none in [0, 10^12]. */
  readonly breakEven: number | null;
  readonly exitCost: number;
  readonly totals: { readonly buy: number; readonly build: number };
  readonly yearly: YearlyTotals;
}

export interface CostAnalysis {
  readonly buildMonthly: readonly number[];
  readonly buildCumulative: readonly number[];
  readonly candidates: readonly CandidateCost[];
}

export const TOO_LARGE = 'These figures add up to more than this model can count exactly: check the volume, growth and prices.';

/**
 * The whole three-year comparison. Fails (with words for the screen) rather than
 * return a total too large to be exact in minor units.
 */
export function analyseCosts(inputs: CostInputs): Result<CostAnalysis, string> {
  const build = buildMonthly(inputs);
  const buildCumulative = cumulative(build);
  if (!exact(buildCumulative)) return err(TOO_LARGE);
  const candidates: CandidateCost[] = [];
  for (const buy of inputs.buy) {
    const cost = candidateCost(inputs, buy, build, buildCumulative);
    if (!exact(cost.buyCumulative)) return err(TOO_LARGE);
    candidates.push(cost);
  }
  return ok({ buildMonthly: build, buildCumulative, candidates });
}

function candidateCost(inputs: CostInputs, buy: BuyScenario, build: readonly number[], buildCumulative: readonly number[]): CandidateCost {
  const monthly = buyMonthly(inputs, buy);
  const buyCumulative = cumulative(monthly);
  return {
    candidateId: buy.candidateId,
    buyMonthly: monthly,
    buyCumulative,
    payback: paybackOf(buildCumulative, buyCumulative),
    breakEven: breakEvenVolume(inputs, buy),
    exitCost: buy.exitCost,
    totals: { buy: buyCumulative.at(-1) ?? 0, build: buildCumulative.at(-1) ?? 0 },
    yearly: { buy: byYear(monthly), build: byYear(build) },
  };
}

export function byYear(monthly: readonly number[]): [number, number, number] {
  return [sum(monthly.slice(0, 12)), sum(monthly.slice(12, 24)), sum(monthly.slice(24, 36))];
}

function exact(series: readonly number[]): boolean {
  return series.every((v) => Number.isSafeInteger(v));
}
