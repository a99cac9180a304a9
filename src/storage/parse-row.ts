import { repairId } from '../domain/ids';
import { checkRecord } from '../domain/record/readable';
import type { DecisionRecord } from '../domain/record/record';
import { err, ok, type Result } from '../domain/result';

/** A stored row that did not parse: kept as it is, listed, exportable raw, never overwritten. */
export interface QuarantinedRow {
  readonly key: string;
  readonly reason: string;
  readonly raw: unknown;
}

export type ParsedRow = Result<DecisionRecord, QuarantinedRow>;

/** Parses one stored row with the same check every write passed; any failure becomes a quarantined row with the reason in words. */
export function parseRow(key: IDBValidKey, raw: unknown): ParsedRow {
  const id = typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(key);
  const quarantine = (reason: string): ParsedRow => err({ key: id, reason, raw });
  const checked = checkRecord(raw);
  if (!checked.ok) return quarantine(checked.error);
  // A row stored before ids had a format has its id repaired on reading (record format v4); its key is repaired alike.
  if (checked.value.id !== id && checked.value.id !== repairId(id)) return quarantine(`Its id “${checked.value.id}” does not match the key it is stored under.`);
  return ok(checked.value);
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

