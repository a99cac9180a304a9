import { NODE_IDS } from '../../domain/answers';
import { sameValue } from '../../domain/same-value';
import { decide } from '../../domain/decision';
import { summarise } from '../../domain/explain';
import { OUTCOME_NAMES } from '../../domain/outcomes';
import type { Session } from '../../domain/session';
import { TREE } from '../../domain/tree';

/** Where the session stands, in the words the map uses. */
export function whereNow(session: Session): string {
  const { step } = session;
  if (step === 'framing') return 'Framing';
  if (step === 'outcome') {
    const outcome = decide(session).outcome;
    return outcome ? `Outcome: ${OUTCOME_NAMES[outcome]}` : 'Outcome';
  }
  return TREE[step].title;
}

/**
 * What changed on the path between two sessions, as one sentence for the
 * map's live region; null when nothing on the path moved.
 */
export function describeChange(before: Session, after: Session): string | null {
  const changed = NODE_IDS.find((n) => after.answers[n] !== undefined && !sameValue(before.answers[n], after.answers[n]));
  const now = `Now at: ${whereNow(after)}`;
  if (changed) {
    const answer = summarise(after.framing, after.answers, changed) ?? '';
    const cleared = NODE_IDS.some((n) => before.answers[n] !== undefined && after.answers[n] === undefined);
    return `Answered ${TREE[changed].title}: ${answer}.${cleared ? ' Later answers were cleared.' : ''} ${now}`;
  }
  return before.step === after.step ? null : now;
}
