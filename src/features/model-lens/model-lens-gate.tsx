import type { ReactNode } from 'react';
import { lensPending } from '../../domain/guidance/model-lens';
import { selectSession, useSessionStore, type SessionStore } from '../../store/session-store';
import { StepHeading } from '../../ui/step-heading';
import { LensForm } from './lens-form';

const selectBack = (s: SessionStore) => s.back;

/**
 * Before node 1 of a model or inference service, the four model-layer questions
 * take the screen; once answered, node 1 shows as usual.
 */
export function ModelLensGate({ children }: { children: ReactNode }) {
  const session = useSessionStore(selectSession);
  const back = useSessionStore(selectBack);
  if (!session || !lensPending(session)) return children;
  return (
    <div className="step lens">
      <StepHeading kicker="Before node 1 · The model layer">Should you own the model, or call one?</StepHeading>
      <p className="lead">
        {session.framing.componentName} is a model or inference service. Four questions first: their answers give a recommendation that
        stands beside the tree’s outcome.
      </p>
      <LensForm initial={session.modelLens} submitLabel="Continue to node 1">
        <button type="button" className="button-secondary" onClick={() => back()}>
          Back
        </button>
      </LensForm>
    </div>
  );
}
