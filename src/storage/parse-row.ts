import { scanKeys } from '../domain/prototype-keys';
import { DecisionRecordSchema, type DecisionRecord } from '../domain/record/record';
import { err, ok, type Result } from '../domain/result';
import { describeIssues } from '../domain/zod-issues';

/** A stored row that did not parse: kept as it is, listed, exportable raw, never overwritten. */
export interface QuarantinedRow {
  readonly key: string;
  readonly reason: string;
  readonly raw: unknown;
}

export type ParsedRow = Result<DecisionRecord, QuarantinedRow>;

/** Far above any record the app writes (a long session is tens of KiB): a bigger row was not written by us. */
export const MAX_ROW_CHARS = 2_000_000;

/** Parses one stored row; any failure becomes a quarantined row with the reason in words. */
export function parseRow(key: IDBValidKey, raw: unknown): ParsedRow {
  const id = typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(key);
  const quarantine = (reason: string): ParsedRow => err({ key: id, reason, raw });
  const scan = scanKeys(raw, MAX_ROW_CHARS);
  if (scan.kind === 'too-large') return quarantine(`It is larger than ${MAX_ROW_CHARS.toLocaleString('en')} characters.`);
  if (scan.kind === 'prototype-key') {
    return quarantine(`It holds the key “${String(scan.path.at(-1))}”, which the app never writes and which could tamper with its objects.`);
  }
  const parsed = DecisionRecordSchema.safeParse(raw);
  if (!parsed.success) return quarantine(describeIssues(parsed.error.issues, 3, '(the record)'));
  if (parsed.data.id !== id) return quarantine(`Its id “${parsed.data.id}” does not match the key it is stored under.`);
  return ok(parsed.data);
}

/** The raw row as JSON text for export; values JSON cannot hold are written as descriptions. */
export function rawToText(raw: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(
    raw,
    (_key, v: unknown) => {
      if (typeof v === 'bigint') return `${v.toString()}n`;
      if (typeof v === 'function' || typeof v === 'symbol') return `[${typeof v}]`;
      if (v && typeof v === 'object') {
        if (seen.has(v)) return '[circular]';
        seen.add(v);
      }
      return v;
    },
    2,
  ) ?? 'undefined';
}

