import { calendarDay } from '../domain/calendar-day';
import { create, type StateCreator } from 'zustand';
import type { AnswerInput } from '../domain/answers';
import { newSession, type OptionKey, type Session, type Step } from '../domain/session';
import type { Rejection } from '../domain/rejection';
import { transition, type SessionEvent } from '../domain/transition';

/**
 * The open decision session and the engine's last refusal.
 *
 * Every change goes through `transition` from src/domain; the actions here only
 * send it events. An accepted event replaces `session` and clears `rejection`;
 * a refused one keeps the session as it was and stores the rejection (message and
 * field `errors`) for the screen to show. Actions return whether the event was accepted.
 */
export interface SessionStore {
  /** The decision being worked on; null on the home screen. The map draws it, persistence saves it. */
  readonly session: Session | null;
  /** Why the last event was refused; null after an accepted one. */
  readonly rejection: Rejection | null;
  /** Starts a fresh session dated today, at the framing step. */
  newDecision: () => void;
  /** Opens an existing session as it is (a saved draft, a record's revision). */
  open: (session: Session) => void;
  /** Leaves the session and returns to the home screen. */
  close: () => void;
  submitFraming: (framing: unknown) => boolean;
  answer: (answer: AnswerInput) => boolean;
  back: () => boolean;
  goTo: (step: Step) => boolean;
  adopt: (option: OptionKey) => boolean;
  /** Sends any other event (e.g. the guidance events) through `transition`. */
  dispatch: (event: SessionEvent) => boolean;
  /** Forgets the last rejection, e.g. when the fields it pointed at were removed. */
  dismissRejection: () => void;
}

/** The session store's state and actions; the app has one (`useSessionStore`), a test may make its own with `createStore`. */
export const sessionState: StateCreator<SessionStore> = (set, get) => {
  const send = (event: SessionEvent): boolean => {
    const { session } = get();
    if (!session) return false;
    const result = transition(session, event);
    set(result.ok ? { session: result.value, rejection: null } : { rejection: result.error });
    return result.ok;
  };
  return {
    session: null,
    rejection: null,
    newDecision: () => set({ session: newSession(today()), rejection: null }),
    open: (session) => set({ session, rejection: null }),
    close: () => set({ session: null, rejection: null }),
    submitFraming: (framing) => send({ type: 'framing.submitted', framing }),
    answer: (answer) => send({ type: 'answer.given', answer }),
    back: () => send({ type: 'step.back' }),
    goTo: (step) => send({ type: 'step.goto', step }),
    adopt: (option) => send({ type: 'option.adopted', option }),
    dispatch: send,
    dismissRejection: () => set({ rejection: null }),
  };
};

export const useSessionStore = create<SessionStore>()(sessionState);

/** Today's date in the user's time zone, as the framing's ISO date. */
export function today(now: Date = new Date()): string {
  return calendarDay(now);
}

// Selectors live at module scope so their identity is stable across renders.
export const selectSession = (s: SessionStore) => s.session;
export const selectStep = (s: SessionStore) => s.session?.step ?? null;
export const selectRejection = (s: SessionStore) => s.rejection;
