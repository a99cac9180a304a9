import type { FieldErrors } from './framing';
import { err, ok, type Result } from './result';
import type { Session } from './session';

/** Why `transition` (or `applyGuidance`) refused an event. */
export type RejectionReason =
  | 'invalid-framing'
  | 'invalid-answer'
  | 'not-current-step'
  | 'cannot-go-back'
  | 'not-reachable'
  | 'not-an-option';

export interface Rejection {
  readonly reason: RejectionReason;
  readonly message: string;
  /** Messages keyed by field path, for the form to show where the problem is. */
  readonly errors: FieldErrors;
}

/** What `transition` gives back: the next session, or why the event was refused. */
export type TransitionResult = Result<Session, Rejection>;

export const reject = (reason: RejectionReason, message: string, errors: FieldErrors = {}): TransitionResult => err({ reason, message, errors });
export const accept = (session: Session): TransitionResult => ok(session);
