import { memo } from 'react';
import { assertNever } from '../../domain/assert-never';
import type { Session } from '../../domain/session';
import { useScreenSession } from '../../store/screen-session';
import { selectStep, useSessionStore } from '../../store/session-store';
import { FramingScreen } from './framing/framing-screen';
import { DifferentiatorNode } from './nodes/differentiator-node';
import { GapsNode } from './nodes/gaps-node';
import { MaintenanceNode } from './nodes/maintenance-node';
import { MaturityNode } from './nodes/maturity-node';
import { RequirementsNode } from './nodes/requirements-node';
import { OutcomeScreen } from './outcome-screen';
import { StepGate } from '../../ui/slots';
import { StepList } from './step-list';

/**
 * The wizard: the screen for `session.step`, remounted on each step so focus lands on its heading,
 * then the step list (under the step, so a node's answers start on a laptop's first screen however
 * many steps are behind). A new step shows one render after the map has moved (useScreenSession);
 * until then the screen being left is inert, so a second click cannot answer it twice.
 */
export function Wizard() {
  const session = useScreenSession();
  const step = useSessionStore(selectStep);
  if (!session) return null;
  return (
    <div className="wizard" inert={session.step !== step}>
      <StepGate step={session.step}>
        <StepScreen key={session.step} session={session} />
      </StepGate>
      <StepList session={session} />
    </div>
  );
}

// Memoised, as StepList is: while the map takes its urgent render these see the same session and skip theirs.
const StepScreen = memo(function StepScreen({ session }: { session: Session }) {
  const { step } = session;
  switch (step) {
    case 'framing':
      return <FramingScreen framing={session.framing} />;
    case 'differentiator':
      return <DifferentiatorNode session={session} />;
    case 'maturity':
      return <MaturityNode session={session} />;
    case 'requirements':
      return <RequirementsNode session={session} />;
    case 'gaps':
      return <GapsNode session={session} />;
    case 'maintenance':
      return <MaintenanceNode session={session} />;
    case 'outcome':
      return <OutcomeScreen session={session} />;
    default:
      return assertNever(step, 'step');
  }
});
