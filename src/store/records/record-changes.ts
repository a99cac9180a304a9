import { calendarDay } from '../../domain/calendar-day';
import { NEW_WORK } from '../../domain/record/draft';
import { changeStatus, setTags, startRevisit, startSuccessor } from '../../domain/record/ops';
import type { DecisionRecord, RecordId, Status } from '../../domain/record/record';
import { newSession } from '../../domain/session';
import type { SaveResult } from '../../storage/record-store';
import { nowIso, type RecordsContext } from './context';
import { wholeRecords, write } from './library';
import { changesOf } from './saving';
import { noRoomForWork } from './waiting-drafts';
import type { RecordsView } from './state';

export async function setRecordStatus(ctx: RecordsContext, id: RecordId, to: Status, note: string): Promise<void> {
  const record = (await wholeRecords(ctx, [id])).get(id);
  if (!record) return;
  const records = await wholeRecords(ctx, [id, record.supersedes]);
  const related = record.supersedes ? (records.get(record.supersedes) ?? null) : null;
  const op = changeStatus(record, to, nowIso(), note, related);
  if (!op.ok) return ctx.records.setState({ notice: op.error });
  const result = await write(ctx, changesOf(op, (r) => records.get(r.id)?.saveCount ?? 0));
  ctx.records.setState({ notice: noticeFor(result) });
}

/** Saves a record's tags the way a status change is saved: compare-and-set on its save count, a notice on failure. */
export async function setRecordTags(ctx: RecordsContext, id: RecordId, tags: readonly string[]): Promise<boolean> {
  const record = (await wholeRecords(ctx, [id])).get(id);
  if (!record) return false;
  const op = setTags(record, tags, nowIso());
  if (!op.ok) {
    ctx.records.setState({ notice: op.error });
    return false;
  }
  const result = await write(ctx, changesOf(op, () => record.saveCount));
  ctx.records.setState({ notice: noticeFor(result) });
  return result.kind === 'saved';
}

function noticeFor(result: SaveResult): string | null {
  switch (result.kind) {
    case 'saved':
      return null;
    case 'conflict':
      return 'Another tab changed this decision a moment ago. The page now shows its latest version: check it and try again.';
    case 'quarantined':
      return 'The stored copy of this decision could not be read, so it was left untouched.';
    case 'refused':
      return `Not saved: this decision would not read back once stored. ${result.reason} Nothing was changed.`;
    case 'failed':
      return `Not saved (${result.failure}).`;
  }
}

/** Opens a record's current walk in the wizard as a new revision, recording what changed. */
export function beginRevisit(ctx: RecordsContext, record: DecisionRecord, whatChanged: string): string | null {
  return begin(ctx, startRevisit(record, whatChanged));
}

export function beginSuccessor(ctx: RecordsContext, record: DecisionRecord): string | null {
  return begin(ctx, startSuccessor(record, calendarDay()));
}

function begin(ctx: RecordsContext, start: ReturnType<typeof startRevisit>): string | null {
  if (!start.ok) return start.error;
  const full = noRoomForWork(ctx);
  if (full) return full;
  ctx.records.setState({ work: start.value.context, workFor: start.value.session.id, save: { kind: 'idle' }, view: { kind: 'home' } });
  ctx.deps.session.getState().open(start.value.session);
  return null;
}

/**
 * "Start a decision from this ADR": the framing step, pre-filled with the ADR's title and context.
 * Returns why not when the waiting drafts are at their bound.
 */
export function startDecisionFromAdr(ctx: RecordsContext, title: string, context: string): string | null {
  const full = noRoomForWork(ctx);
  if (full) return full;
  const session = newSession(calendarDay());
  const framed = { ...session, framing: { ...session.framing, componentName: title, description: context } };
  ctx.records.setState({ work: NEW_WORK, workFor: framed.id, save: { kind: 'idle' }, view: { kind: 'home' } });
  ctx.deps.session.getState().open(framed);
  return null;
}

/** Reads a record whole for its screen, with the records it supersedes or is superseded by. */
export async function openRecord(ctx: RecordsContext, id: RecordId): Promise<DecisionRecord | null> {
  const record = (await wholeRecords(ctx, [id])).get(id) ?? null;
  if (record) await wholeRecords(ctx, [record.supersedes, record.supersededBy]);
  return record;
}

export function showView(ctx: RecordsContext, view: RecordsView): void {
  ctx.records.setState({ view, notice: null });
}

/** Notes that the library (or a record of it) was just exported to a file, for the backup reminder. */
export async function markExported(ctx: RecordsContext): Promise<void> {
  const at = nowIso();
  ctx.records.setState({ lastExportAt: at });
  await ctx.connection?.setMeta('lastExportAt', at);
}
