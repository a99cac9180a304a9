import { calendarDay } from '../domain/calendar-day';
import { create, type StateCreator } from 'zustand';
import type { AnswerInput, NodeId } from '../domain/answers';
import type { SessionId } from '../domain/ids';
import { newSession, type OptionKey, type Session, type Step } from '../domain/session';
import type { Rejection } from '../domain/rejection';
import type { StepInput } from '../domain/step-input';
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
  /** The open step's input as typed, before Next; dropped when the step is answered or left. The draft keeps it. */
  readonly stepInput: StepInput | null;
  /**
   * The nodes whose guidance each session has shown (keys from `guidanceKey`), while the page is open. A node's
   * guidance opens the first time the team reaches it and is folded on later visits, so the answers come first.
   * UI state only: never saved, so a reload shows each node's guidance once more.
   */
  readonly guidanceShown: ReadonlySet<string>;
  /** Notes that `node`'s guidance has been shown in session `sessionId`. */
  markGuidanceShown: (sessionId: SessionId, node: NodeId) => void;
  /** Starts a fresh session dated today, at the framing step. */
  newDecision: () => void;
  /** Opens an existing session as it is (a saved draft, a record's revision), with a draft's unsubmitted input. */
  open: (session: Session, stepInput?: StepInput | null) => void;
  /** Keeps what the team has typed at `step`; ignored unless it is the open step. */
  keepStepInput: (step: Step, value: unknown) => void;
  /** Leaves the session and returns to the home screen. */
  close: () => void;
  submitFraming: (framing: unknown) => boolean;
  answer: (answer: AnswerInput) => boolean;
  back: () => boolean;
  goTo: (step: Step) => boolean;
  adopt: (option: OptionKey) => boolean;
  /** Why the team adopted another option than the proposal. */
  explainAdoption: (reason: string) => boolean;
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
    if (!result.ok) set({ rejection: result.error });
    // An answer given or a step left makes the typed input history; a guidance edit keeps it.
    else if (result.value.step !== session.step || event.type === 'answer.given' || event.type === 'framing.submitted') {
      set({ session: result.value, rejection: null, stepInput: null });
    } else set({ session: result.value, rejection: null });
    return result.ok;
  };
  return {
    session: null,
    rejection: null,
    stepInput: null,
    guidanceShown: new Set(),
    markGuidanceShown: (sessionId, node) => {
      const key = guidanceKey(sessionId, node);
      if (!get().guidanceShown.has(key)) set({ guidanceShown: new Set(get().guidanceShown).add(key) });
    },
    newDecision: () => set({ session: newSession(today()), rejection: null, stepInput: null }),
    open: (session, stepInput = null) => set({ session, rejection: null, stepInput: stepInput?.step === session.step ? stepInput : null }),
    close: () => set({ session: null, rejection: null, stepInput: null }),
    keepStepInput: (step, value) => {
      if (get().session?.step === step) set({ stepInput: { step, value } });
    },
    submitFraming: (framing) => send({ type: 'framing.submitted', framing }),
    answer: (answer) => send({ type: 'answer.given', answer }),
    back: () => send({ type: 'step.back' }),
    goTo: (step) => send({ type: 'step.goto', step }),
    adopt: (option) => send({ type: 'option.adopted', option }),
    explainAdoption: (reason) => send({ type: 'adoption.explained', reason }),
    dispatch: send,
    dismissRejection: () => set({ rejection: null }),
  };
};

export const useSessionStore = create<SessionStore>()(sessionState);

/** Today's date in the user's time zone, as the framing's ISO date. */
export function today(now: Date = new Date()): string {
  return calendarDay(now);
}

const guidanceKey = (sessionId: SessionId, node: NodeId) => `${sessionId} ${node}`;

/** Whether session `sessionId` has shown `node`'s guidance already (since the page was opened). */
export const guidanceShownBefore = (s: Pick<SessionStore, 'guidanceShown'>, sessionId: SessionId, node: NodeId): boolean =>
  s.guidanceShown.has(guidanceKey(sessionId, node));

// Selectors live at module scope so their identity is stable across renders.
export const selectSession = (s: SessionStore) => s.session;
export const selectStep = (s: SessionStore) => s.session?.step ?? null;
export const selectRejection = (s: SessionStore) => s.rejection;
