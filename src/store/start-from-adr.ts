import { calendarDay } from '../domain/calendar-day';
import { NEW_WORK } from '../domain/record/draft';
import { newSession } from '../domain/session';
import { useRecordsStore } from './records-store';
import { useSessionStore } from './session-store';

/** "Start a decision from this ADR": the framing step, pre-filled with the ADR's title and context. */
export function startDecisionFromAdr(title: string, context: string): void {
  const session = newSession(calendarDay());
  const framed = { ...session, framing: { ...session.framing, componentName: title, description: context } };
  useRecordsStore.setState({ work: NEW_WORK, workFor: framed.id, save: { kind: 'idle' }, view: { kind: 'home' } });
  useSessionStore.getState().open(framed);
}
