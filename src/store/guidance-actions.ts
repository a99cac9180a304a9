import type { GuidanceEvent } from '../domain/guidance/events';
import type { TransitionResult } from '../domain/rejection';
import { transition } from '../domain/transition';
import { useSessionStore } from './session-store';

/**
 * Sends a guidance event (follow-ups, model lens, vendor scores, timer) through
 * `transition`. Unlike the wizard's actions it leaves the store's `rejection`
 * alone: the guidance panels show their own field errors from the result, so a
 * refused follow-up never paints an error on the node form.
 */
export function sendGuidance(event: GuidanceEvent): TransitionResult | null {
  const { session } = useSessionStore.getState();
  if (!session) return null;
  const result = transition(session, event);
  if (result.ok) useSessionStore.setState({ session: result.value });
  return result;
}
