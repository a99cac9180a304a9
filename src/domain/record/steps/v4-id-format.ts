import { repairId } from '../../ids';
import type { RawObject } from '../format-step';
import { renameSessionIds } from '../session-ids';

const repaired = (value: unknown): unknown => (typeof value === 'string' ? repairId(value) : value);
const isObject = (value: unknown): value is RawObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v3 → v4: ids have a format (letters, digits, "-", "_"; src/domain/ids.ts).
 * Ids the app made already have it; any other (an import from before the format)
 * is repaired with `repairId`, the same way wherever it occurs, so every
 * reference between records and inside a session still points where it did.
 */
export function idFormatSession(session: RawObject): RawObject {
  return renameSessionIds(session, (_kind, id) => repairId(id));
}

/** The record's own id and the records it supersedes or is superseded by. */
export function idFormatRecord(record: RawObject): RawObject {
  return { ...record, id: repaired(record.id), supersedes: repaired(record.supersedes), supersededBy: repaired(record.supersededBy) };
}

/** A draft's work context names the record it saves into and the one it will supersede. */
export function idFormatDraft(draft: RawObject): RawObject {
  const { context } = draft;
  if (!isObject(context)) return draft;
  return { ...draft, context: { ...context, recordId: repaired(context.recordId), supersedes: repaired(context.supersedes) } };
}
