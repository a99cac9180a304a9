import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { recordArb } from '../export/testing/record-arbitrary';
import { typicalRecord } from '../export/testing/typical-record';
import { WRITE_FORMATS } from './adr-file';
import { writeAdr } from './write-adr';

/**
 * MADR's own markdownlint configuration for decision files (adr/madr, docs/decisions/.markdownlint.yml):
 * every default rule, except line length (one sentence a line) and repeated headings. A team that lints
 * its docs/decisions with it must get nothing from the files Forkpoint writes.
 */
const MADR_CONFIG = { default: true, MD013: false, MD024: false } as const;

function issuesIn(files: Record<string, string>): string[] {
  const results = lint({ strings: files, config: MADR_CONFIG });
  return Object.entries(results).flatMap(([name, errors]) =>
    errors.map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}${e.errorContext ? ` [${e.errorContext}]` : ''}`),
  );
}

describe('the ADR files Forkpoint writes, under MADR markdownlint configuration', () => {
  it.each(WRITE_FORMATS)('gives no issue for a typical decision in %s', (format) => {
    expect(issuesIn({ [`0001-typical.${format}.md`]: writeAdr(typicalRecord(), format) })).toEqual([]);
  });

  it.each(WRITE_FORMATS)('gives no issue for generated decisions in %s', (format) => {
    const records = fc.sample(recordArb, { numRuns: 30, seed: 12 });
    const files = Object.fromEntries(records.map((record, i) => [`${String(i).padStart(4, '0')}-generated.md`, writeAdr(record, format)]));
    expect(issuesIn(files)).toEqual([]);
    // Slow by nature: markdownlint over 30 generated files, some of them large, is about 5 s alone and
    // went past 30 s in CI with coverage on and both cores busy.
  }, 120_000);
});
