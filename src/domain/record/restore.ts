import { assertNever } from '../assert-never';
import { err, ok, type Result } from '../result';
import type { SchemaIssue } from '../zod-issues';
import { FORMAT_STEPS, RECORD_FORMAT_VERSION } from './format';
import { DraftSchema, type Draft } from './draft';
import { DecisionRecordSchema, type DecisionRecord } from './record';
import type { FormatStep, RawObject } from './format-step';

/** What carries sessions in: a record (stored or exported), a draft, or a share link's payload. */
export type Holder = 'record' | 'draft' | 'shared';

/** The data in today's format, still unchecked, or why its version cannot be read. */
export type Restored = Result<unknown, SchemaIssue>;

const isObject = (value: unknown): value is RawObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The one door for everything loaded — stored rows, drafts, imported files, share
 * links: checks the format version and brings the data up to today's format, one
 * step at a time. The result is still unchecked: the caller parses it with the
 * schema of what it reads. Anything but an object passes through untouched, for
 * that schema to refuse.
 */
export function restoreFormat(raw: unknown, holder: Holder): Restored {
  if (!isObject(raw)) return ok(raw);
  const version = formatVersionOf(raw, holder);
  if (typeof version === 'string') return err({ path: ['formatVersion'], message: version });
  if (version === RECORD_FORMAT_VERSION) return ok(raw);
  const upgraded = FORMAT_STEPS.slice(version - 1).reduce<RawObject>((value, step) => applyStep(value, step, holder), raw);
  return ok({ ...upgraded, formatVersion: RECORD_FORMAT_VERSION });
}

/** The version the data was written in, or why it cannot be read. */
function formatVersionOf(raw: RawObject, holder: Holder): number | string {
  const version = raw.formatVersion;
  // Drafts and share links carried no version before version 2.
  if (version === undefined && holder !== 'record') return 1;
  if (typeof version !== 'number') return `No format version: expected formatVersion ${RECORD_FORMAT_VERSION}.`;
  if (version > RECORD_FORMAT_VERSION) return `Format version ${version} was written by a newer Forkpoint; this one reads versions 1 to ${RECORD_FORMAT_VERSION}.`;
  if (!Number.isInteger(version) || version < 1) return `Format version ${version} is not one this Forkpoint can read (it reads versions 1 to ${RECORD_FORMAT_VERSION}).`;
  return version;
}

function applyStep(value: RawObject, step: FormatStep, holder: Holder): RawObject {
  const { session, record, draft } = step;
  const withSessions = session ? mapSessions(value, holder, session) : value;
  if (record && holder === 'record') return record(withSessions);
  return draft && holder === 'draft' ? draft(withSessions) : withSessions;
}

/** Applies `change` to every session `value` holds, leaving anything malformed for the schema to report. */
function mapSessions(value: RawObject, holder: Holder, change: (session: RawObject) => RawObject): RawObject {
  const inside = (outer: RawObject): RawObject => (isObject(outer.session) ? { ...outer, session: change(outer.session) } : outer);
  switch (holder) {
    case 'record':
      return Array.isArray(value.revisions) ? { ...value, revisions: value.revisions.map((r: unknown) => (isObject(r) ? inside(r) : r)) } : value;
    case 'draft':
      return inside(value);
    case 'shared':
      return isObject(value.revision) ? { ...value, revision: inside(value.revision) } : value;
    default:
      return assertNever(holder, 'holder');
  }
}

/** A record from anywhere, in today's format, or what is wrong with it. */
export function restoreRecord(raw: unknown): Result<DecisionRecord, readonly SchemaIssue[]> {
  const restored = restoreFormat(raw, 'record');
  if (!restored.ok) return err([restored.error]);
  const parsed = DecisionRecordSchema.safeParse(restored.value);
  return parsed.success ? ok(parsed.data) : err(parsed.error.issues);
}

/** A stored draft in today's format, or null when it cannot be read. */
export function restoreDraft(raw: unknown): Draft | null {
  const restored = restoreFormat(raw, 'draft');
  if (!restored.ok) return null;
  const parsed = DraftSchema.safeParse(restored.value);
  return parsed.success ? parsed.data : null;
}
