import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordArb } from '../export/testing/record-arbitrary';
import { WRITE_FORMATS } from './adr-file';
import { readAdr } from './read-adr';
import { writeAdr } from './write-adr';

describe('every record → each ADR format → read back', () => {
  // Slow by nature: 100 generated records written and read back per format (~2–5 s each alone).
  it.each(WRITE_FORMATS)('gives back an equal record from %s', (format) => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const text = writeAdr(record, format);
        const back = readAdr(text, `${String(record.number ?? 0).padStart(4, '0')}-x.md`);
        if (!back.ok) throw new Error(`${back.error.line ?? ''} ${back.error.message}\n${text}`);
        expect(back.value.format).toBe(format);
        expect(back.value.record).toEqual(record);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
