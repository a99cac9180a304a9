import { describe, expect, it } from 'vitest';
import committed from '../../../public/decision-record.schema.json?raw';
import { recordJsonSchema } from './json-schema';

describe('public/decision-record.schema.json', () => {
  it('matches the schema generated from DecisionRecordSchema (run scripts/generate-json-schema.mjs after a format change)', () => {
    expect(committed).toBe(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
  });

  it('closes objects and requires the format version, as the import does', () => {
    const schema = recordJsonSchema() as { additionalProperties?: unknown; required?: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('formatVersion');
  });
});
