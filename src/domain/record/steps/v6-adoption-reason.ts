import type { RawObject } from '../format-step';

/**
 * v5 → v6. Sessions saved before the team was asked why it adopted another option
 * than the proposal carry no reason: an empty one, as when nothing was said.
 */
export function adoptionReason(session: RawObject): RawObject {
  return session.adoptionReason === undefined ? { ...session, adoptionReason: '' } : session;
}
