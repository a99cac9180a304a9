import { describe, expect, it } from 'vitest';
import { typicalRecord } from '../export/testing/typical-record';
import { writeAdr } from '../adr/write-adr';
import { currentRevision, type DecisionRecord } from '../record/record';
import { costSection } from './cost-section';
import { buildScenario, buyScenario, costInputs } from './testing/inputs';

function withCosts(): DecisionRecord {
  const record = typicalRecord();
  const revision = currentRevision(record);
  const [acme] = revision.session.framing.candidates;
  if (!acme) throw new Error('typical record has candidates');
  const costs = costInputs({
    buy: [buyScenario({ candidateId: acme.id, pricing: { kind: 'per-request', price: 0.2 }, exitCost: 500_000 })],
    build: buildScenario({ hardwareCapex: 1_000_000 }),
  });
  return { ...record, revisions: [{ ...revision, session: { ...revision.session, costs } }] };
}

describe('costSection', () => {
  it('gives the yearly totals, payback, break-even and exit cost in Markdown', () => {
    expect(costSection(withCosts())).toBe(
      [
        '## Three-year cost',
        'Figures in USD: starting volume 1,000,000 requests a month, growing 0% a month; one engineer $5,200 a month.',
        [
          '| Scenario | Year 1 | Year 2 | Year 3 | 36 months |',
          '| --- | ---: | ---: | ---: | ---: |',
          '| Build | $22,480 | $12,480 | $12,480 | $47,440 |',
          '| Buy Acme Vectors | $24,000 | $24,000 | $24,000 | $72,000 |',
        ].join('\n'),
        '* Against Acme Vectors: building pays back in month 11; break-even at a starting volume of 658,888 requests a month; leaving would cost $5,000 (not in the totals).',
      ].join('\n\n'),
    );
  });

  it('is left out of a record without cost figures, and rides in the exported Markdown when there are', () => {
    expect(costSection(typicalRecord())).toBeNull();
    expect(writeAdr(typicalRecord(), 'madr')).not.toContain('## Three-year cost');
    expect(writeAdr(withCosts(), 'madr')).toContain('| Buy Acme Vectors | $24,000 |');
  });
});
