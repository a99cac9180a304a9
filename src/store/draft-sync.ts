import { newDraft } from '../domain/record/draft';
import type { Session } from '../domain/session';
import type { RecordStore } from '../storage/record-store';
import { getConnection, useRecordsStore } from './records-store';
import { useSessionStore } from './session-store';

/** Long enough to batch typing, short enough that a closed tab loses at most this much. */
export const DRAFT_DEBOUNCE_MS = 400;

let timer: ReturnType<typeof setTimeout> | undefined;
/** The open session has changes no draft write has taken yet (or the last one failed). */
let dirty = false;
/** Draft writes started and not yet committed. */
let pendingWrites = 0;
let unsavedSince: string | null = null;

/**
 * True while something on screen exists only in memory: edits not yet written as
 * a draft, a draft or record write still in flight, or storage that cannot take
 * them at all. Only then does leaving the page ask first.
 */
export function hasUnsavedWork(): boolean {
  if (useSessionStore.getState().session === null) return false;
  return dirty || pendingWrites > 0 || useRecordsStore.getState().save.kind === 'saving';
}

/**
 * Keeps the open session as a draft in storage: debounced while the team works,
 * flushed at once when the page is hidden or closed. Returns the unsubscribe.
 */
export function startDraftSync(): () => void {
  const unsubscribe = useSessionStore.subscribe((state, previous) => {
    if (state.session !== previous.session) onSessionChange(state.session, previous.session);
  });
  const onHide = () => flushDraft();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushDraft();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    flushDraft();
    if (hasUnsavedWork()) event.preventDefault();
  };
  window.addEventListener('pagehide', onHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

function onSessionChange(session: Session | null, previous: Session | null): void {
  if (session === null) {
    clearTimeout(timer);
    if (previous && unsavedSince === null) void getConnection()?.clearDraft(previous.id);
    else if (previous) {
      flushSession(previous);
      const { work } = useRecordsStore.getState();
      useRecordsStore.setState({ resumable: newDraft(previous, work, new Date().toISOString()) });
    }
    unsavedSince = null;
    useRecordsStore.setState({ workFor: null });
    return;
  }
  const { workFor, save } = useRecordsStore.getState();
  // An edit after a save: the screen must not go on saying "Saved".
  if (session.id === workFor && previous !== null && save.kind === 'saved') useRecordsStore.setState({ save: { kind: 'idle' } });
  if (session.id !== workFor) {
    // A session the records layer did not start (New decision): it belongs to no record yet.
    useRecordsStore.setState({ work: { recordId: null, saveCount: 0, whatChanged: '', supersedes: null }, workFor: session.id, save: { kind: 'idle' } });
  }
  dirty = true;
  unsavedSince ??= new Date().toISOString();
  clearTimeout(timer);
  // A new step is a discrete event worth writing at once; edits within a step are batched.
  if (previous === null || previous.step !== session.step) flushDraft();
  else timer = setTimeout(flushDraft, DRAFT_DEBOUNCE_MS);
}

/** Writes the pending draft now (page hidden, save done, another tab upgrading). */
export function flushDraft(): void {
  clearTimeout(timer);
  const session = useSessionStore.getState().session;
  if (!dirty || !session) return;
  flushSession(session);
}

function flushSession(session: Session): void {
  const store = getConnection();
  const { loaded, work } = useRecordsStore.getState();
  // Nothing is written before the library has loaded.
  if (!store || !loaded) return;
  dirty = false;
  pendingWrites += 1;
  void store.saveDraft(newDraft(session, work, new Date().toISOString())).then((result) => {
    pendingWrites -= 1;
    // A draft that did not fit (storage full, connection closed) is still unsaved work.
    if (!result.ok) dirty = true;
  });
}

/** The open session was just saved into its record: it has no unsaved changes. */
export function markSessionSaved(): void {
  unsavedSince = null;
  dirty = true;
  flushDraft();
}

/** Restores the latest draft into the wizard, or offers it when a session is already open. */
export async function restoreDraft(store: RecordStore, open: boolean): Promise<void> {
  const loaded = await store.loadDraft();
  if (!loaded.ok || !loaded.value) return;
  const draft = loaded.value;
  useRecordsStore.setState({ resumable: draft });
  if (open && useSessionStore.getState().session === null) resumeDraft();
}

/** Opens the offered draft in the wizard with the record context it was saved with. */
export function resumeDraft(): void {
  const { resumable } = useRecordsStore.getState();
  if (!resumable) return;
  useRecordsStore.setState({ work: resumable.context, workFor: resumable.session.id, resumable: null, save: { kind: 'idle' } });
  useSessionStore.getState().open(resumable.session);
}
