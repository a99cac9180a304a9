import type { Outcome } from './outcomes';
import { outcomeRank } from './outcomes';
import type { Session } from './session';
import { optionsOf, sameOption, walk, type DecisionOption, type Walk } from './walk';

export interface Decision {
  readonly walk: Walk;
  readonly options: readonly DecisionOption[];
  /** The best-ranked option: what the app proposes. */
  readonly proposed: DecisionOption | null;
  /** The team's choice, or the proposal when they have not chosen. */
  readonly chosen: DecisionOption | null;
  readonly outcome: Outcome | null;
}

/** Ranks the options (buy, then buy and wrap, then building or looking further) and picks the adopted one. */
export function decide(session: Session): Decision {
  const w = walk(session.framing, session.answers);
  const options = w.pending === null ? optionsOf(w) : [];
  const proposed = options.reduce<DecisionOption | null>(
    (best, option) => (best === null || outcomeRank(option.outcome) < outcomeRank(best.outcome) ? option : best),
    null,
  );
  const adopted = session.adopted;
  const chosen = (adopted && options.find((o) => sameOption(o.key, adopted))) ?? proposed;
  return { walk: w, options, proposed, chosen, outcome: chosen?.outcome ?? null };
}

/** True when more than one option is open, so the team has a choice to make. */
export function needsAdoption(decision: Decision): boolean {
  return decision.options.length > 1;
}
