import type { DecisionRecord } from '../record/record';
import { parseJsonText } from './json-text';
import type { Parsed } from './problems';
import { parseRecordStrict } from './strict-record';

/** Reads one exported JSON file back into a record, or says what is wrong and where. */
export function recordFromJson(text: string, file: string): Parsed<DecisionRecord> {
  const json = parseJsonText(text.replace(/^\uFEFF/, ''), file);
  if (!json.ok) return json;
  return parseRecordStrict(json.value, file);
}
