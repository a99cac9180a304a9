import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport } from './import-plan';
import { hostileCaseArb, ZIP_LIES } from './testing/hostile-files';
import { typicalRecord } from './testing/typical-record';
import { recordToJson } from './to-json';
import { unpackArchive } from './unzip/unpack-archive';

describe('hostile import files', () => {
  // Slow by nature: 300 generated files (~1 s alone, ~20 s under coverage with every core busy).
  it('refuses each of 300 malformed, truncated, oversized, wrong-version, type-confused and lying-zip files, naming the problem and where', async () => {
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(hostileCaseArb, async (hostile) => {
        kinds.add(hostile.kind);
        const plan = await planImport(await hostile.build(), unpackArchive);
        expect(plan.problems.length, hostile.kind).toBeGreaterThan(0);
        const said = [...plan.problems, ...plan.leftOut].map((p) => `${p.file} — ${p.message}`).join('\n');
        expect(said, hostile.kind).toMatch(hostile.expected);
        for (const problem of plan.problems) {
          expect(problem.where, hostile.kind).not.toBe('');
          expect(problem.file, hostile.kind).not.toBe('');
          // Names from inside a file are shown cleaned: no control or direction characters reach the page.
          // eslint-disable-next-line no-control-regex -- matching control characters is the point
          expect(problem.file, hostile.kind).not.toMatch(/[\u0000-\u001f\u202e]/);
        }
      }),
      { numRuns: 300 },
    );
    // 44 kinds in all; a random 300 reach most of them (the zip lies are each checked below).
    expect(kinds.size).toBeGreaterThanOrEqual(30);
  }, 60_000);

  it.each(ZIP_LIES)('refuses a zip that lies ($kind), saying so', async ({ kind, expected, zip }) => {
    const bytes = zip(new TextEncoder().encode(recordToJson(typicalRecord())));
    const started = performance.now();
    const plan = await planImport([{ name: 'library.zip', bytes }], unpackArchive);
    expect(performance.now() - started, kind).toBeLessThan(3_000);
    expect(plan.records, kind).toEqual([]);
    expect([...plan.problems, ...plan.leftOut].map((p) => `${p.file} — ${p.message}`).join('\n'), kind).toMatch(expected);
  });
});
