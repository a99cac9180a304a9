import { beforeEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { emptyFraming } from '../domain/framing';
import { guidanceShownBefore, sessionState, today, useSessionStore, type SessionStore } from './session-store';

const validFraming = { ...emptyFraming('2026-03-01'), componentName: 'Vector store', capacity: { engineers: 12, systemsMaintained: 2, spareEngineers: 0.5 } };

describe('session store', () => {
  beforeEach(() => useSessionStore.setState({ session: null, rejection: null, stepInput: null }));

  it('starts a new decision at the framing step, dated today', () => {
    useSessionStore.getState().newDecision();
    const { session } = useSessionStore.getState();
    expect(session?.step).toBe('framing');
    expect(session?.framing.date).toBe(today());
  });

  it('keeps the session and the rejection when the engine refuses an event', () => {
    useSessionStore.getState().newDecision();
    const before = useSessionStore.getState().session;
    const ok = useSessionStore.getState().submitFraming({ ...validFraming, componentName: ' ' });
    expect(ok).toBe(false);
    expect(useSessionStore.getState().session).toBe(before);
    expect(useSessionStore.getState().rejection?.errors).toHaveProperty('componentName');
  });

  it('moves on and forgets the last rejection when an event is accepted', () => {
    const store = useSessionStore.getState();
    store.newDecision();
    store.submitFraming({});
    expect(store.submitFraming(validFraming)).toBe(true);
    expect(useSessionStore.getState().session?.step).toBe('differentiator');
    expect(useSessionStore.getState().rejection).toBeNull();
    expect(store.back()).toBe(true);
    expect(useSessionStore.getState().session?.step).toBe('framing');
  });

  it('keeps the typed input of the open step until that step is answered', () => {
    const store = useSessionStore.getState();
    store.newDecision();
    store.keepStepInput('differentiator', { answer: 'yes' });
    expect(useSessionStore.getState().stepInput).toBeNull();
    store.keepStepInput('framing', { componentName: 'Vector' });
    expect(useSessionStore.getState().stepInput).toEqual({ step: 'framing', value: { componentName: 'Vector' } });
    store.submitFraming({ ...validFraming, componentName: ' ' });
    expect(useSessionStore.getState().stepInput?.step).toBe('framing');
    store.submitFraming(validFraming);
    expect(useSessionStore.getState().stepInput).toBeNull();
  });

  it('refuses events with no open session', () => {
    expect(useSessionStore.getState().back()).toBe(false);
  });

  it('remembers per session which nodes showed their guidance, across closing and reopening, in a store of its own', () => {
    const store = createStore<SessionStore>()(sessionState);
    store.getState().newDecision();
    const first = store.getState().session;
    if (!first) throw new Error('no session');
    expect(guidanceShownBefore(store.getState(), first.id, 'differentiator')).toBe(false);
    store.getState().markGuidanceShown(first.id, 'differentiator');
    expect(guidanceShownBefore(store.getState(), first.id, 'differentiator')).toBe(true);
    expect(guidanceShownBefore(store.getState(), first.id, 'maturity')).toBe(false);

    // Another session has not shown it; the first still has after the team went home and came back.
    store.getState().newDecision();
    const second = store.getState().session;
    if (!second) throw new Error('no session');
    expect(guidanceShownBefore(store.getState(), second.id, 'differentiator')).toBe(false);
    store.getState().close();
    store.getState().open(first);
    expect(guidanceShownBefore(store.getState(), first.id, 'differentiator')).toBe(true);

    // Marking it again changes nothing (no re-render for subscribers); the app's own store never saw any of it.
    const shown = store.getState().guidanceShown;
    store.getState().markGuidanceShown(first.id, 'differentiator');
    expect(store.getState().guidanceShown).toBe(shown);
    expect(guidanceShownBefore(useSessionStore.getState(), first.id, 'differentiator')).toBe(false);
  });
});
