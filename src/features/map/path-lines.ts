import type { Decision } from '../../domain/decision';
import type { PathStep } from '../../domain/explain';
import { OUTCOME_NAMES } from '../../domain/outcomes';
import type { Session } from '../../domain/session';
import { TREE } from '../../domain/tree';

/** The path in words: each answered question, the current one, then each route's outcome. */
export function pathLines(steps: readonly PathStep[], decision: Decision, session: Session): string[] {
  const lines = steps.map(
    (s) => `Question ${s.number}, ${s.title} — ${s.answer}${s.node === session.step ? ' (current question)' : ''}`,
  );
  const { step } = session;
  if (step !== 'framing' && step !== 'outcome' && !steps.some((s) => s.node === step)) {
    lines.push(`Question ${TREE[step].number}, ${TREE[step].title} — current question`);
  }
  for (const route of decision.walk.candidates) {
    if (route.outcome) lines.push(`Outcome for ${route.candidate.name}: ${OUTCOME_NAMES[route.outcome]}`);
  }
  const inHouse = decision.walk.inHouse?.outcome;
  if (inHouse) lines.push(`Outcome in-house: ${OUTCOME_NAMES[inHouse]}`);
  return lines;
}
