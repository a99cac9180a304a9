import { NEW_WORK } from '../../domain/record/draft';
import { copyOf, recordFromSession, saveSessionInto, supersede, type RecordOpResult } from '../../domain/record/ops';
import { currentRevision, type DecisionRecord, type RecordId } from '../../domain/record/record';
import { ok } from '../../domain/result';
import type { Session } from '../../domain/session';
import { requestPersistence } from '../../storage/persistence';
import type { RecordChange, SaveResult } from '../../storage/record-store';
import { nowIso, type RecordsContext } from './context';
import { markSessionSaved } from './drafts';
import { rereadRecords, wholeRecords, write } from './library';

export function changesOf(result: Extract<RecordOpResult, { ok: true }>, expected: (r: DecisionRecord) => number): RecordChange[] {
  return result.value.map((record) => ({ record, expected: expected(record) }));
}

/**
 * Saves the open session into its record (a new one on first save). "Saved" shows
 * only after the commit. A save asked for while one is in flight is ignored: it
 * would compare against a save count the first one is about to change.
 */
export async function saveCurrentSession(ctx: RecordsContext): Promise<void> {
  const session = ctx.deps.session.getState().session;
  const { work, save } = ctx.records.getState();
  if (!session || save.kind === 'saving') return;
  // Marked at once, before the record is read, so a second click meanwhile is ignored.
  ctx.records.setState({ save: { kind: 'saving' } });
  const records = await wholeRecords(ctx, [work.recordId, work.supersedes]);
  const now = nowIso();
  let op: RecordOpResult;
  let changes: RecordChange[];
  if (work.recordId === null) {
    const old = work.supersedes ? records.get(work.supersedes) : undefined;
    op = old ? supersede(old, session, now) : ok([recordFromSession(session, now)]);
    if (!op.ok) return refuse(ctx, op.error);
    changes = changesOf(op, (r) => (old && r.id === old.id ? old.saveCount : 0));
  } else {
    const known = records.get(work.recordId);
    if (!known) return ctx.records.setState({ save: { kind: 'conflict', recordId: work.recordId } });
    // The record as this tab last saved it; if another tab moved it on, the stored count differs and the save is refused.
    op = saveSessionInto({ ...known, saveCount: work.saveCount }, session, work.whatChanged, now);
    if (!op.ok) return refuse(ctx, op.error);
    changes = changesOf(op, () => work.saveCount);
  }
  const result = await write(ctx, changes);
  handleSessionSave(ctx, result, changes[0]?.record.id ?? null, session);
  if (result.kind === 'saved') await askPersistenceOnce(ctx);
}

function handleSessionSave(ctx: RecordsContext, result: SaveResult, id: RecordId | null, session: Session): void {
  switch (result.kind) {
    case 'saved': {
      const saved = result.records.find((r) => r.id === id) ?? result.records[0];
      if (!saved) return;
      const { work } = ctx.records.getState();
      ctx.records.setState({
        work: { ...work, recordId: saved.id, saveCount: saved.saveCount, supersedes: null },
        save: { kind: 'saved', recordId: saved.id, revision: currentRevision(saved).number },
      });
      markSessionSaved(ctx, session);
      return;
    }
    case 'conflict':
    case 'quarantined':
      ctx.records.setState({ save: { kind: 'conflict', recordId: result.id } });
      return;
    case 'refused':
      ctx.records.setState({ save: { kind: 'unwritable', reason: result.reason } });
      return;
    case 'failed':
      ctx.records.setState({ save: { kind: 'failed', failure: result.failure } });
      return;
  }
}

function refuse(ctx: RecordsContext, message: string): void {
  ctx.records.setState({ save: { kind: 'refused', message } });
}

/** After a conflict: keeps this tab's walk as a new record, leaving the stored one as it is. Ignored while a save runs. */
export async function saveSessionAsCopy(ctx: RecordsContext): Promise<void> {
  const session = ctx.deps.session.getState().session;
  const { work, save } = ctx.records.getState();
  if (!session || save.kind === 'saving') return;
  ctx.records.setState({ save: { kind: 'saving' } });
  const stored = (await wholeRecords(ctx, [work.recordId])).get(work.recordId as RecordId);
  const now = nowIso();
  let record = recordFromSession(session, now);
  if (stored) {
    const mine = saveSessionInto({ ...stored, saveCount: work.saveCount }, session, work.whatChanged || 'Saved as a copy', now);
    if (mine.ok && mine.value[0]) record = copyOf(mine.value[0], now);
  }
  ctx.records.setState({ work: { ...NEW_WORK }, save: { kind: 'saving' } });
  const result = await write(ctx, [{ record, expected: 0 }]);
  handleSessionSave(ctx, result, record.id, session);
}

/** After a conflict: drops this tab's unsaved walk and opens the stored version instead, read again from storage. */
export async function reloadStoredVersion(ctx: RecordsContext): Promise<void> {
  const { work } = ctx.records.getState();
  if (!work.recordId) return;
  await rereadRecords(ctx, [work.recordId]);
  const stored = ctx.records.getState().records.get(work.recordId);
  if (!stored) return;
  const revision = currentRevision(stored);
  ctx.records.setState({
    work: { recordId: stored.id, saveCount: stored.saveCount, whatChanged: revision.whatChanged, supersedes: null },
    workFor: revision.session.id,
    save: { kind: 'idle' },
  });
  ctx.deps.session.getState().open(revision.session);
}

/** The browser is asked once, after the first save, to keep this site's storage. */
async function askPersistenceOnce(ctx: RecordsContext): Promise<void> {
  const store = ctx.connection;
  if (!store || ctx.persistenceAsked) return;
  const asked = await store.getMeta('persistAsked');
  if (!asked.ok) return;
  ctx.persistenceAsked = true;
  if (asked.value === null) {
    const persist = await requestPersistence();
    await store.setMeta('persistAsked', nowIso());
    ctx.records.setState({ persist });
  }
}

/**
 * The open session as a decision record, built as a save would build it (into its
 * record when it has one), so a file of it imports like any exported record.
 */
export function sessionAsRecord(ctx: RecordsContext): DecisionRecord | null {
  const session = ctx.deps.session.getState().session;
  if (!session) return null;
  const { work, records } = ctx.records.getState();
  const now = nowIso();
  const known = work.recordId ? records.get(work.recordId) : undefined;
  if (known) {
    const into = saveSessionInto(known, session, work.whatChanged || 'Exported while it could not be saved', now);
    if (into.ok && into.value[0]) return into.value[0];
  }
  return recordFromSession(session, now);
}
