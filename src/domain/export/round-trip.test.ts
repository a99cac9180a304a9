import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFromJson } from './from-json';
import { recordArb } from './testing/record-arbitrary';
import { recordToJson } from './to-json';

describe('export → import round trip', () => {
  // Slow by nature, both: 150 generated records each (~0.5 s alone, up to ~15 s under coverage with every core busy).
  it('gives back an equal record from JSON', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const back = recordFromJson(recordToJson(record), 'r.json');
        expect(back).toEqual({ ok: true, value: record });
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
