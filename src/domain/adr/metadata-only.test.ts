import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordArb } from '../export/testing/record-arbitrary';
import { WRITE_FORMATS } from './adr-file';
import { readFrontMatter } from './front-matter';
import { readLayout } from './read-layout';
import { writeAdr } from './write-adr';

/** The metadata a reader finds in a written file (title, status, date, people, tags, links). */
function metaOf(text: string) {
  const lines = text.split('\n');
  const front = readFrontMatter(lines);
  if (!front.ok) throw new Error(front.error.message);
  const layout = readLayout(lines, front.value.bodyStart, front.value.values, 'x.md');
  if (!layout.ok) throw new Error(layout.error.message);
  return { format: layout.value.format, meta: layout.value.meta };
}

describe('writing the metadata only', () => {
  it('gives the same metadata as the whole file, in every layout, without the body or the data block', () => {
    fc.assert(
      fc.property(recordArb, fc.constantFrom(...WRITE_FORMATS), (record, format) => {
        const head = writeAdr(record, format, { metadataOnly: true });
        expect(head.split('\n').filter((line) => line.startsWith('<!-- forkpoint-record'))).toEqual([]);
        expect(metaOf(head)).toEqual(metaOf(writeAdr(record, format)));
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
