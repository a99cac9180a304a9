import { scanKeys } from '../prototype-keys';
import { assertNever } from '../assert-never';
import { err, ok, type Result } from '../result';
import { describeIssues } from '../zod-issues';
import type { DecisionRecord } from './record';
import { restoreRecord } from './restore';

/** Far above any record the app writes (a long session is tens of KiB): a bigger one is refused on write and on read. */
export const MAX_RECORD_CHARS = 2_000_000;

/** A record nests about ten levels deep; anything past this was not written by Forkpoint and is not walked further. */
export const MAX_RECORD_NESTING = 40;

/**
 * The one check a record passes to be stored and to be read back: size, nesting,
 * no prototype keys, then the record is restored to today's format (restore.ts) and
 * checked with the schema (safe integers, id format, every field).
 * Storage calls it before a write transaction starts and on every row it reads,
 * so nothing is ever accepted that a reload would refuse. The error is in words.
 */
export function checkRecord(raw: unknown): Result<DecisionRecord, string> {
  const shape = checkRecordShape(raw);
  if (!shape.ok) return shape;
  // Restored after the scan: restoring copies objects.
  const restored = restoreRecord(raw);
  return restored.ok ? restored : err(describeIssues(restored.error, 3, '(the record)'));
}

/**
 * The part of `checkRecord` that is not the schema: size, nesting, prototype keys.
 * Enough for a value the schema itself just gave (the schema only trims and checks,
 * so its output passes it again unchanged).
 */
export function checkRecordShape(raw: unknown): Result<null, string> {
  const scan = scanKeys(raw, MAX_RECORD_CHARS, MAX_RECORD_NESTING);
  switch (scan.kind) {
    case 'too-large':
      return err(`It is larger than ${MAX_RECORD_CHARS.toLocaleString('en')} characters.`);
    case 'too-deep':
      return err(`It nests more than ${MAX_RECORD_NESTING} levels deep.`);
    case 'prototype-key':
      return err(`It holds the key “${String(scan.path.at(-1))}”, which the app never writes and which could tamper with its objects.`);
    case 'clean':
      return ok(null);
    default:
      return assertNever(scan, 'key scan');
  }
}
