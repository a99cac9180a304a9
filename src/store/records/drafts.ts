import { newDraft } from '../../domain/record/draft';
import type { Session } from '../../domain/session';
import type { StepInput } from '../../domain/step-input';
import { nowIso, type RecordsContext } from './context';

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
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') flushDraft(ctx);
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    flushDraft(ctx);
    if (hasUnsavedWork(ctx)) event.preventDefault();
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

/** Typing within a step: batched like any other edit. */
function onInputChange(ctx: RecordsContext): void {
  ctx.draft.dirty = true;
  ctx.draft.unsavedSince ??= nowIso();
  clearTimeout(ctx.draft.timer);
  ctx.draft.timer = setTimeout(() => flushDraft(ctx), DRAFT_DEBOUNCE_MS);
}

function onSessionChange(ctx: RecordsContext, session: Session | null, previous: Session | null, previousInput: StepInput | null): void {
  const { draft, records } = ctx;
  if (session === null) {
    clearTimeout(draft.timer);
    if (previous && draft.unsavedSince === null) void ctx.connection?.clearDraft(previous.id);
    else if (previous) {
      flushSession(ctx, previous, previousInput);
      records.setState({ resumable: newDraft(previous, records.getState().work, nowIso(), previousInput) });
    }
    draft.unsavedSince = null;
    records.setState({ workFor: null });
    return;
  }
  const { workFor, save } = records.getState();
  // An edit after a save: the screen must not go on saying "Saved".
  if (session.id === workFor && previous !== null && save.kind === 'saved') records.setState({ save: { kind: 'idle' } });
  if (session.id !== workFor) {
    // A session the records layer did not start (New decision): it belongs to no record yet.
    records.setState({ work: { recordId: null, saveCount: 0, whatChanged: '', supersedes: null }, workFor: session.id, save: { kind: 'idle' } });
  }
  draft.dirty = true;
  draft.unsavedSince ??= nowIso();
  clearTimeout(draft.timer);
  // A new step is a discrete event worth writing at once; edits within a step are batched.
  if (previous === null || previous.step !== session.step) flushDraft(ctx);
  else draft.timer = setTimeout(() => flushDraft(ctx), DRAFT_DEBOUNCE_MS);
}

/** Writes the pending draft now (page hidden, save done, another tab upgrading). */
export function flushDraft(ctx: RecordsContext): void {
  clearTimeout(ctx.draft.timer);
  const { session, stepInput } = ctx.deps.session.getState();
  if (!ctx.draft.dirty || !session) return;
  flushSession(ctx, session, stepInput);
}

function flushSession(ctx: RecordsContext, session: Session, stepInput: StepInput | null): void {
  const store = ctx.connection;
  const { loaded, work } = ctx.records.getState();
  // Nothing is written before the library has loaded.
  if (!store || !loaded) return;
  ctx.draft.dirty = false;
  ctx.draft.pendingWrites += 1;
  void store.saveDraft(newDraft(session, work, nowIso(), stepInput)).then((result) => {
    ctx.draft.pendingWrites -= 1;
    // A draft that did not fit (storage full, connection closed) is still unsaved work.
    if (!result.ok) ctx.draft.dirty = true;
  });
}

/** The open session was just saved into its record: it has no unsaved changes. */
export function markSessionSaved(ctx: RecordsContext): void {
  ctx.draft.unsavedSince = null;
  ctx.draft.dirty = true;
  flushDraft(ctx);
}

/** Restores the latest draft into the wizard, or offers it when a session is already open. */
export async function restoreDraft(ctx: RecordsContext, open: boolean): Promise<void> {
  const loaded = await ctx.connection?.loadDraft();
  if (!loaded?.ok || !loaded.value) return;
  ctx.records.setState({ resumable: loaded.value });
  if (open && ctx.deps.session.getState().session === null) resumeDraft(ctx);
}

/** Opens the offered draft in the wizard with the record context it was saved with. */
export function resumeDraft(ctx: RecordsContext): void {
  const { resumable } = ctx.records.getState();
  if (!resumable) return;
  ctx.records.setState({ work: resumable.context, workFor: resumable.session.id, resumable: null, save: { kind: 'idle' } });
  ctx.deps.session.getState().open(resumable.session, resumable.stepInput);
}
