import * as z from 'zod/mini';
import { DecisionRecordSchema } from '../record/record';

/** Where the app serves the schema (public/), relative to the site root. */
export const JSON_SCHEMA_FILE = 'decision-record.schema.json';

/**
 * The JSON Schema of an exported record, generated from the zod schema so the two
 * never drift (a test compares it with the committed public/ file). Output mode
 * closes every object (`additionalProperties: false`), as the import does.
 */
export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DecisionRecordSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'Forkpoint decision record',
    description: 'One build-vs-buy decision with every revision, as exported by Forkpoint (JSON export, and the data block of the Markdown export).',
  };
}
