import { draftTitle, MAX_WAITING_DRAFTS, type Draft } from '../../domain/record/draft';
import { describeFailure } from '../../storage/storage-errors';
import type { RecordsContext } from './context';

/** How long a reload waits for the page it replaces to let go of its session. */
export const RELOAD_CLAIM_WAIT_MS = 2000;

const OPEN_ELSEWHERE = 'is open in another tab: go on with it there, or close that tab first.';

/**
 * Reads the drafts waiting in this browser (all but the session open in this tab) and
 * which of them other tabs have open. Run at start-up and whenever the tab comes back
 * into view, when another tab may have left or started work. A draft its record holds
 * whole (left open after its save, then the tab closed) is no work waiting: not listed.
 * Returns every draft read, those too, newest first.
 */
export async function refreshWaitingDrafts(ctx: RecordsContext): Promise<readonly Draft[]> {
  const store = ctx.connection;
  if (!store) return [];
  const [listed, elsewhere] = await Promise.all([store.listDrafts(), ctx.claims.heldElsewhere()]);
  if (!listed.ok) {
    ctx.records.setState({ draftNotice: `The waiting drafts could not be read. ${describeFailure(listed.error)}` });
    return [];
  }
  const open = ctx.deps.session.getState().session?.id;
  const drafts = listed.value.drafts.filter((d) => d.session.id !== open);
  ctx.records.setState({ waiting: drafts.filter((d) => d.unchangedSinceSave !== true), openElsewhere: elsewhere, unreadableDrafts: listed.value.unreadable });
  return drafts;
}

/**
 * Lists the waiting drafts; on a reload at a wizard step (`open`) goes on with the most
 * recent one, saved or not, unless another tab has it open (then the start screen lists
 * it as such). Otherwise drafts their records hold whole are deleted: nothing is lost.
 */
export async function restoreDrafts(ctx: RecordsContext, open: boolean): Promise<void> {
  const drafts = await refreshWaitingDrafts(ctx);
  const [latest] = drafts;
  if (open && latest && ctx.deps.session.getState().session === null) {
    if (await ctx.claims.claim(latest.session.id, RELOAD_CLAIM_WAIT_MS)) return openDraft(ctx, latest);
    await refreshWaitingDrafts(ctx);
    return;
  }
  for (const saved of drafts.filter((d) => d.unchangedSinceSave === true)) await dropSavedDraft(ctx, saved);
}

/** Deletes a draft its record holds whole, unless a tab has it open (it may be changing it). */
async function dropSavedDraft(ctx: RecordsContext, draft: Draft): Promise<void> {
  const id = draft.session.id;
  if (!ctx.connection || !(await ctx.claims.claim(id))) return;
  await ctx.connection.clearDraft(id);
  ctx.claims.release(id);
}

/** Goes on with a waiting draft in this tab, where it was left, with the record context it was saved with. */
export async function resumeDraft(ctx: RecordsContext, sessionId: string): Promise<void> {
  const draft = ctx.records.getState().waiting.find((d) => d.session.id === sessionId);
  if (!draft) return;
  if (!(await ctx.claims.claim(sessionId))) return refuseElsewhere(ctx, draft);
  openDraft(ctx, draft);
}

function openDraft(ctx: RecordsContext, draft: Draft): void {
  const session = ctx.deps.session.getState();
  // Whatever is open steps aside first, as a draft of its own, with its own record context.
  if (session.session) session.close();
  ctx.draft.savedAs = draft.unchangedSinceSave === true ? draft.session : null;
  ctx.records.setState((s) => ({ work: draft.context, workFor: draft.session.id, save: { kind: 'idle' }, waiting: s.waiting.filter((d) => d !== draft) }));
  ctx.deps.session.getState().open(draft.session, draft.stepInput);
}

/** Deletes a waiting draft; the list offers "Undo" until the next action on drafts. */
export async function discardDraft(ctx: RecordsContext, sessionId: string): Promise<void> {
  const draft = ctx.records.getState().waiting.find((d) => d.session.id === sessionId);
  const store = ctx.connection;
  if (!draft || !store) return;
  // Claimed first, so a tab that has it open keeps it.
  if (!(await ctx.claims.claim(sessionId))) return refuseElsewhere(ctx, draft);
  const cleared = await store.clearDraft(sessionId);
  ctx.claims.release(sessionId);
  if (!cleared.ok) return ctx.records.setState({ draftNotice: `The draft of “${draftTitle(draft)}” was not discarded. ${describeFailure(cleared.error)}` });
  ctx.records.setState((s) => ({ waiting: s.waiting.filter((d) => d !== draft), discarded: draft, draftNotice: null }));
}

/** Puts the draft discarded last back, as it was. */
export async function undoDiscard(ctx: RecordsContext): Promise<void> {
  const { discarded } = ctx.records.getState();
  const store = ctx.connection;
  if (!discarded || !store) return;
  const stored = await store.saveDraft(discarded);
  if (!stored.ok) return ctx.records.setState({ draftNotice: `The draft of “${draftTitle(discarded)}” could not be put back. ${describeFailure(stored.error)}` });
  ctx.records.setState({ discarded: null, draftNotice: null });
  await refreshWaitingDrafts(ctx);
}

/**
 * Why no further work may start, or null: the number of waiting drafts is bounded, and a
 * draft is never dropped to make room, so the team picks one to resume or discard.
 */
export function noRoomForWork(ctx: RecordsContext): string | null {
  const { waiting } = ctx.records.getState();
  return waiting.length < MAX_WAITING_DRAFTS
    ? null
    : `${MAX_WAITING_DRAFTS} drafts are waiting, as many as this browser keeps. Resume one and save it, or discard one you no longer need, to start another.`;
}

/** "New decision": a fresh session, unless the waiting drafts are at their bound (then says so). */
export function startNewDecision(ctx: RecordsContext): boolean {
  const full = noRoomForWork(ctx);
  ctx.records.setState({ draftNotice: full, discarded: null });
  if (full) return false;
  ctx.deps.session.getState().newDecision();
  return true;
}

async function refuseElsewhere(ctx: RecordsContext, draft: Draft): Promise<void> {
  ctx.records.setState({ draftNotice: `“${draftTitle(draft)}” ${OPEN_ELSEWHERE}` });
  await refreshWaitingDrafts(ctx);
}
