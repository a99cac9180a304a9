import { DecisionRecordSchema, type DecisionRecord } from '../domain/record';

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
  if (textSize(raw, MAX_ROW_CHARS) > MAX_ROW_CHARS) return quarantine(`It is larger than ${MAX_ROW_CHARS.toLocaleString('en')} characters.`);
  const prototypeKey = findPrototypeKey(raw);
  if (prototypeKey !== null) return quarantine(`It holds the key “${prototypeKey}”, which the app never writes and which could tamper with its objects.`);
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

function findPrototypeKey(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (PROTOTYPE_KEYS.has(k)) return k;
        stack.push(child);
      }
    }
  }
  return null;
}

/** Characters of text in a value, counting up to `limit` and stopping there. */
function textSize(value: unknown, limit: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && total <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') total += v.length;
    else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        total += k.length;
        stack.push(child);
      }
    }
  }
  return total;
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

