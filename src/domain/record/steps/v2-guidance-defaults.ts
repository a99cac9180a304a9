import { emptyFollowUps } from '../../guidance/schemas';
import type { RawObject } from '../format-step';

/**
 * v1 → v2. Sessions saved before the guidance around the tree existed have no
 * follow-ups, model lens, vendor scores or timer: give them the values a new
 * session starts with, so no code after parsing needs a fallback.
 */
export function guidanceDefaults(session: RawObject): RawObject {
  return {
    ...session,
    followUps: session.followUps === undefined ? emptyFollowUps() : session.followUps,
    modelLens: session.modelLens === undefined ? null : session.modelLens,
    vendorScores: session.vendorScores === undefined ? {} : session.vendorScores,
    timer: session.timer === undefined ? null : session.timer,
  };
}
