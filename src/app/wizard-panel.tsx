import { SessionTimer } from '../features/timer/session-timer';
import { Wizard } from '../features/wizard/wizard';
import { SlotsContext } from '../ui/slots';
import { guidanceSlots } from './guidance-slots';

/** The timer and the wizard with its guidance: the session's screens, loaded once a session opens (not on the home screen). */
export function WizardPanel() {
  return (
    <>
      <SessionTimer />
      <SlotsContext value={guidanceSlots}>
        <Wizard />
      </SlotsContext>
    </>
  );
}
