import type { DecisionRecord } from '../record/record';

/**
 * The JSON export: the whole record, every revision, with its `formatVersion`.
 * `public/decision-record.schema.json` validates it. `>` is escaped so the same
 * text can sit inside an HTML comment in the Markdown export without closing it.
 */
export function recordToJson(record: DecisionRecord): string {
  return `${JSON.stringify(record, null, 2).replaceAll('>', '\\u003e')}\n`;
}
