import type { Outcome } from './outcomes';
import { propose } from './proposal';
import type { Session } from './session';
import { optionsOf, sameOption, walk, type DecisionOption, type Walk } from './walk';

export interface Decision {
  readonly walk: Walk;
  readonly options: readonly DecisionOption[];
  /** The best-ranked option: what the app proposes. */
  readonly proposed: DecisionOption | null;
  /** Why the proposal was preferred over another option with the same outcome; null when the outcome decided. */
  readonly tieBreak: string | null;
  /** The team's choice, or the proposal when they have not chosen. */
  readonly chosen: DecisionOption | null;
  readonly outcome: Outcome | null;
}

// Sessions are never changed in place (every event makes a new one), so a session's decision
// can be kept: the outcome screen, the follow-ups, the save panel and the map all ask for it
// on the same render, about fifteen times per keystroke.
const decided = new WeakMap<Session, Decision>();

/** Ranks the options (see `propose`) and picks the adopted one. */
export function decide(session: Session): Decision {
  let decision = decided.get(session);
  if (!decision) {
    decision = computeDecision(session);
    decided.set(session, decision);
  }
  return decision;
}

function computeDecision(session: Session): Decision {
  const w = walk(session.framing, session.answers);
  const options = w.pending === null ? optionsOf(w) : [];
  const { option: proposed, tieBreak } = propose(session, options);
  const adopted = session.adopted;
  const chosen = (adopted && options.find((o) => sameOption(o.key, adopted))) ?? proposed;
  return { walk: w, options, proposed, tieBreak, chosen, outcome: chosen?.outcome ?? null };
}

/** True when more than one option is open, so the team has a choice to make. */
export function needsAdoption(decision: Decision): boolean {
  return decision.options.length > 1;
}
