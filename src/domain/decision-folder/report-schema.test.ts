import { describe, expect, it } from 'vitest';
import committed from '../../../public/check-report.schema.json?raw';
import { checkReportJsonSchema } from './report-schema';

describe('public/check-report.schema.json', () => {
  it('matches the schema generated from CheckReportSchema (run scripts/generate-json-schema.mjs after a change)', () => {
    expect(committed).toBe(`${JSON.stringify(checkReportJsonSchema(), null, 2)}\n`);
  });

  it('requires every problem count, so a script can read them without checking', () => {
    const schema = checkReportJsonSchema() as { properties: { counts: { required?: string[] } } };
    expect(schema.properties.counts.required).toEqual(['overdue', 'invalid', 'incomplete', 'broken-link', 'duplicate-number']);
  });
});
