import { memo } from 'react';
import type { Session, Step } from '../../domain/session';
import { summarise } from '../../domain/explain';
import { stepName } from '../../domain/step-name';
import { walk } from '../../domain/walk';
import { useSessionStore, type SessionStore } from '../../store/session-store';

const selectGoTo = (s: SessionStore) => s.goTo;

interface StepItem {
  readonly step: Step;
  readonly label: string;
  readonly detail: string | null;
}

/** The steps the team can go back to: the framing, each node on the path answered so far, and the outcome once reached. */
export function stepsOf(session: Session): StepItem[] {
  const w = walk(session.framing, session.answers);
  const items: StepItem[] = [{ step: 'framing', label: stepName('framing'), detail: session.framing.componentName || null }];
  // Only a submitted framing has a name: before that the tree has nothing to work on.
  if (session.framing.componentName === '') return items;
  for (const node of w.route) {
    const detail = summarise(session.framing, session.answers, node);
    if (detail === null && w.pending !== node) continue;
    items.push({ step: node, label: stepName(node), detail });
  }
  if (w.pending === null) items.push({ step: 'outcome', label: stepName('outcome'), detail: null });
  return items;
}

/** Navigation along the path: every answered step is a button. */
export const StepList = memo(function StepList({ session }: { session: Session }) {
  const goTo = useSessionStore(selectGoTo);
  return (
    <nav className="step-list" aria-label="Steps">
      <ol>
        {stepsOf(session).map((item) => {
          const current = item.step === session.step;
          return (
            <li key={item.step}>
              <button type="button" aria-current={current ? 'step' : undefined} onClick={() => goTo(item.step)}>
                <span className="step-label">{item.label}</span>
                {item.detail && <span className="step-detail">{item.detail}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
