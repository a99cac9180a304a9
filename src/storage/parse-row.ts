import { DecisionRecordSchema, type DecisionRecord } from '../domain/record/record';

/** A stored row that did not parse: kept as it is, listed, exportable raw, never overwritten. */
export interface QuarantinedRow {
  readonly key: string;
  readonly reason: string;
  readonly raw: unknown;
}

export type ParsedRow = { readonly ok: true; readonly record: DecisionRecord } | { readonly ok: false; readonly row: QuarantinedRow };

/** Far above any record the app writes (a long session is tens of KiB): a bigger row was not written by us. */
export const MAX_ROW_CHARS = 2_000_000;

/** Parses one stored row; any failure becomes a quarantined row with the reason in words. */
export function parseRow(key: IDBValidKey, raw: unknown): ParsedRow {
  const id = typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(key);
  const quarantine = (reason: string): ParsedRow => ({ ok: false, row: { key: id, reason, raw } });
  const scan = scanRow(raw, MAX_ROW_CHARS);
  if (scan.tooLarge) return quarantine(`It is larger than ${MAX_ROW_CHARS.toLocaleString('en')} characters.`);
  if (scan.prototypeKey !== null) return quarantine(`It holds the key “${scan.prototypeKey}”, which the app never writes and which could tamper with its objects.`);
  const parsed = DecisionRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(the record)'}: ${i.message}`);
    return quarantine(`${first.join('; ')}${parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : ''}`);
  }
  if (parsed.data.id !== id) return quarantine(`Its id “${parsed.data.id}” does not match the key it is stored under.`);
  return { ok: true, record: parsed.data };
}

/** Own keys that could reach an object's prototype if copied naively. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * One walk over a row (loading 10,000 rows makes a second walk cost ~0.2 s): counts its
 * characters up to `limit`, and finds a key that could reach a prototype.
 */
function scanRow(value: unknown, limit: number): { tooLarge: boolean; prototypeKey: string | null } {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') total += v.length;
    else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (PROTOTYPE_KEYS.has(k)) return { tooLarge: false, prototypeKey: k };
        total += k.length;
        stack.push(child);
      }
    }
    if (total > limit) return { tooLarge: true, prototypeKey: null };
  }
  return { tooLarge: false, prototypeKey: null };
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

