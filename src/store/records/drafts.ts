import { draftTitle, holdsNoWork, newDraft } from '../../domain/record/draft';
import { err } from '../../domain/result';
import { describeFailure, type WriteResult } from '../../storage/storage-errors';
import type { Session } from '../../domain/session';
import type { StepInput } from '../../domain/step-input';
import { nowIso, type RecordsContext } from './context';
import { refreshWaitingDrafts } from './waiting-drafts';

/** Long enough to batch typing, short enough that a closed tab loses at most this much. */
export const DRAFT_DEBOUNCE_MS = 400;

/**
 * True while something on screen exists only in memory: edits not yet written as
 * a draft, a draft or record write still in flight, or storage that cannot take
 * them at all. Only then does leaving the page ask first.
 */
export function hasUnsavedWork(ctx: RecordsContext): boolean {
  if (ctx.deps.session.getState().session === null) return false;
  return ctx.draft.dirty || ctx.draft.pendingWrites > 0 || ctx.records.getState().save.kind === 'saving';
}

/**
 * Keeps the open session as a draft in storage: debounced while the team works,
 * flushed at once when the page is hidden or closed. Returns the unsubscribe.
 */
export function startDraftSync(ctx: RecordsContext): () => void {
  const unsubscribe = ctx.deps.session.subscribe((state, previous) => {
    if (state.session !== previous.session) onSessionChange(ctx, state.session, previous.session, previous.stepInput);
    else if (state.stepInput !== previous.stepInput && state.session) onInputChange(ctx);
  });
  const onHide = () => flushDraft(ctx);
  // Back in view, another tab may have left or started work meanwhile.
  const onBack = () => void refreshWaitingDrafts(ctx);
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushDraft(ctx);
    else onBack();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    flushDraft(ctx);
    if (hasUnsavedWork(ctx)) event.preventDefault();
  };
  window.addEventListener('pagehide', onHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  window.addEventListener('focus', onBack);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('focus', onBack);
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** Typing within a step: batched like any other edit. */
function onInputChange(ctx: RecordsContext): void {
  ctx.draft.dirty = true;
  ctx.draft.unsavedSince ??= nowIso();
  clearTimeout(ctx.draft.timer);
  ctx.draft.timer = setTimeout(() => flushDraft(ctx), DRAFT_DEBOUNCE_MS);
}

function onSessionChange(ctx: RecordsContext, session: Session | null, previous: Session | null, previousInput: StepInput | null): void {
  const { draft, records } = ctx;
  if (previous && previous.id !== session?.id) leaveSession(ctx, previous, previousInput);
  if (session === null) {
    clearTimeout(draft.timer);
    draft.unsavedSince = null;
    records.setState({ workFor: null });
    return;
  }
  if (session.id !== previous?.id) {
    // This tab holds the session while it is open, so no other tab opens or discards its draft meanwhile.
    void ctx.claims.claim(session.id);
    records.setState((s) => ({ waiting: s.waiting.filter((d) => d.session.id !== session.id), discarded: null, draftNotice: null }));
  }
  const { workFor, save } = records.getState();
  // An edit after a save: the screen must not go on saying "Saved".
  if (session.id === workFor && previous !== null && save.kind === 'saved') records.setState({ save: { kind: 'idle' } });
  if (session.id !== workFor) {
    // A session the records layer did not start (New decision): it belongs to no record yet.
    records.setState({ work: { recordId: null, saveCount: 0, whatChanged: '', supersedes: null }, workFor: session.id, save: { kind: 'idle' } });
  }
  draft.dirty = true;
  // A session opened just as its record holds it (a reload after its save) has nothing unsaved yet.
  if (session !== draft.savedAs) draft.unsavedSince ??= nowIso();
  clearTimeout(draft.timer);
  // A new step is a discrete event worth writing at once; edits within a step are batched.
  if (previous === null || previous.step !== session.step) flushDraft(ctx);
  else draft.timer = setTimeout(() => flushDraft(ctx), DRAFT_DEBOUNCE_MS);
}

/**
 * The session left this tab's screen (home, the library, another session). Unsaved work
 * joins the waiting drafts; a session saved into its record, or opened and left with
 * nothing typed, leaves no draft. The tab lets go of it once its last write is stored.
 */
function leaveSession(ctx: RecordsContext, previous: Session, input: StepInput | null): void {
  const { draft, records, claims } = ctx;
  clearTimeout(draft.timer);
  const left = newDraft(previous, records.getState().work, nowIso(), input);
  const release = () => claims.release(previous.id);
  if (draft.unsavedSince === null || holdsNoWork(left)) {
    draft.dirty = false;
    void (ctx.connection?.clearDraft(previous.id) ?? Promise.resolve()).then(release);
    return;
  }
  records.setState((s) => ({ waiting: [left, ...s.waiting.filter((d) => d.session.id !== previous.id)] }));
  void flushSession(ctx, previous, input).then((written) => {
    release();
    // Listed from memory, it would look kept: say it is not.
    if (!written.ok) records.setState({ draftNotice: `The draft of “${draftTitle(left)}” could not be stored, so it lasts only while this tab is open. ${describeFailure(written.error)}` });
  });
}

/** Writes the pending draft now (page hidden, save done, another tab upgrading). */
export function flushDraft(ctx: RecordsContext): void {
  clearTimeout(ctx.draft.timer);
  const { session, stepInput } = ctx.deps.session.getState();
  if (!ctx.draft.dirty || !session) return;
  void flushSession(ctx, session, stepInput);
}

function flushSession(ctx: RecordsContext, session: Session, stepInput: StepInput | null): Promise<WriteResult> {
  const store = ctx.connection;
  const { loaded, work, storage } = ctx.records.getState();
  // Nothing is written before the library has loaded.
  if (!store || !loaded) return Promise.resolve(err(storage.kind === 'failed' ? storage.failure : 'unavailable'));
  ctx.draft.dirty = false;
  ctx.draft.pendingWrites += 1;
  const unchanged = ctx.draft.unsavedSince === null && ctx.draft.savedAs === session && (stepInput ?? null) === null;
  return store.saveDraft(newDraft(session, work, nowIso(), stepInput, unchanged)).then((result) => {
    ctx.draft.pendingWrites -= 1;
    // A draft that did not fit (storage full, connection closed) is still unsaved work.
    if (!result.ok) ctx.draft.dirty = true;
    return result;
  });
}

/**
 * `saved` was just saved into its record. Unless the open session changed while the save was in
 * flight (those edits are in no record yet and stay unsaved), it has no unsaved changes.
 */
export function markSessionSaved(ctx: RecordsContext, saved: Session): void {
  if (ctx.deps.session.getState().session !== saved) return;
  ctx.draft.unsavedSince = null;
  ctx.draft.savedAs = saved;
  ctx.draft.dirty = true;
  flushDraft(ctx);
}
