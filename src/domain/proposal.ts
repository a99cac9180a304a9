import { formatPercent, assessFit } from './rules';
import { outcomeRank } from './outcomes';
import { summarise as vendorAverages } from './guidance/vendor-criteria';
import type { Session } from './session';
import type { DecisionOption } from './walk';

/** What the app proposes, and, when other options lead to the same outcome, why this one. */
export interface Proposal {
  readonly option: DecisionOption | null;
  /** Null when the outcome alone decided it (or there was nothing to choose between). */
  readonly tieBreak: string | null;
}

interface Ranked {
  readonly option: DecisionOption;
  readonly shouldHaves: number;
  readonly vendorAverage: number | null;
  readonly order: number;
}

/**
 * The best outcome first (buy, then buy and wrap, then building or looking further);
 * among equal outcomes the higher should-have coverage, then the higher vendor score
 * average, then the order the team listed the candidates in — and the reason is said.
 */
export function propose(session: Session, options: readonly DecisionOption[]): Proposal {
  const averages = new Map(vendorAverages(session.framing, session.vendorScores).map((s) => [s.id, s.average]));
  const ranked: Ranked[] = options.map((option, order) => {
    if (option.key.kind === 'in-house') return { option, shouldHaves: -1, vendorAverage: null, order };
    const coverage = session.answers.requirements?.candidates[option.key.candidateId]?.coverage ?? {};
    return { option, shouldHaves: assessFit(session.framing.requirements, coverage).shouldHaveScore, vendorAverage: averages.get(option.key.candidateId) ?? null, order };
  });
  const sorted = [...ranked].sort(compare);
  const [best, runnerUp] = sorted;
  if (!best) return { option: null, tieBreak: null };
  if (!runnerUp || outcomeRank(runnerUp.option.outcome) !== outcomeRank(best.option.outcome)) return { option: best.option, tieBreak: null };
  return { option: best.option, tieBreak: tieBreakWords(best, runnerUp) };
}

function compare(a: Ranked, b: Ranked): number {
  return (
    outcomeRank(a.option.outcome) - outcomeRank(b.option.outcome) ||
    b.shouldHaves - a.shouldHaves ||
    (b.vendorAverage ?? -1) - (a.vendorAverage ?? -1) ||
    a.order - b.order
  );
}

function tieBreakWords(best: Ranked, next: Ranked): string {
  const both = `${best.option.label} and ${next.option.label} both lead to the same outcome`;
  if (best.shouldHaves !== next.shouldHaves) {
    return `${both}; ${best.option.label} is proposed because it covers ${formatPercent(best.shouldHaves)} of the should-haves against ${formatPercent(next.shouldHaves)}.`;
  }
  if ((best.vendorAverage ?? -1) !== (next.vendorAverage ?? -1)) {
    const theirs = next.vendorAverage === null ? 'none scored' : String(next.vendorAverage);
    return `${both} and cover the should-haves equally; ${best.option.label} is proposed for its higher vendor score average (${best.vendorAverage ?? 0} against ${theirs}).`;
  }
  return `${both}, cover the should-haves equally and score the same; ${best.option.label} is proposed because it was listed first.`;
}
