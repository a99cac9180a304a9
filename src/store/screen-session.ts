import { useDeferredValue } from 'react';
import type { Session } from '../domain/session';
import { selectSession, useSessionStore } from './session-store';

/**
 * The session as the wizard's screens show it. A step change reaches them one render
 * after it reaches the map: React commits the urgent update first (the map lights the
 * answer's edge within the click's frame), then swaps the step screen (unmount one form,
 * mount the next, move focus, follow the address) in a render of its own. Within a step
 * every change (typing, a guidance edit) comes through at once, so no field lags.
 */
export function useScreenSession(): Session | null {
  const live = useSessionStore(selectSession);
  const deferred = useDeferredValue(live);
  return live !== null && deferred !== null && deferred.step !== live.step ? deferred : live;
}
