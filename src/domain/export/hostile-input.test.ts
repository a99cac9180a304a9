import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planImport } from './import-plan';
import { hostileCaseArb } from './testing/hostile-files';

describe('hostile import files', () => {
  // Slow by nature: 250 generated files (~0.7 s alone, ~19 s under coverage with every core busy).
  it('refuses each of 250 malformed, truncated, oversized, wrong-version and type-confused files, naming the problem and where', async () => {
    const kinds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(hostileCaseArb, async (hostile) => {
        kinds.add(hostile.kind);
        const plan = await planImport(await hostile.build());
        expect(plan.problems.length, hostile.kind).toBeGreaterThan(0);
        const first = plan.problems[0];
        expect(first?.message, hostile.kind).toMatch(hostile.expected);
        expect(first?.where, hostile.kind).not.toBe('');
        expect(first?.file, hostile.kind).not.toBe('');
      }),
      { numRuns: 250 },
    );
    expect(kinds.size).toBeGreaterThanOrEqual(20);
  }, 60_000);
});
