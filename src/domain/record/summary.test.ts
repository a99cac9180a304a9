import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordArb } from '../export/testing/record-arbitrary';
import { buySession, recordOf } from '../testing/records';
import { RecordSummarySchema, SUMMARY_VERSION, summarize } from './summary';

describe('summarize', () => {
  it('keeps what the library lists, filters and searches, and the save count it was made at', () => {
    const record = { ...recordOf(buySession(), 'rec_buy', '2026-11-22T10:00:00.000Z'), tags: ['search'], saveCount: 3 };
    const summary = summarize(record);
    expect(summary).toMatchObject({ id: 'rec_buy', saveCount: 3, component: 'Vector store for product search', outcome: 'buy', adopted: 'Acme Vectors', status: 'proposed', revisitBy: '2027-05-22', revisions: 1, tags: ['search'] });
    expect(summary.texts).toContain('Acme Vectors');
    expect(summary.texts).toContain('search');
  });

  // Slow by nature: 100 generated records (~1.4 s with every core busy).
  it('makes summaries its own schema reads back, for any record', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        const stored: unknown = JSON.parse(JSON.stringify(summarize(record)));
        expect(RecordSummarySchema.safeParse(stored).success).toBe(true);
      }),
      { numRuns: 100, seed: 16 },
    );
  }, 30_000);

  it('refuses a summary made the old way, so it is made again from its record', () => {
    const stale = { ...summarize(recordOf(buySession(), 'rec_old')), summaryVersion: SUMMARY_VERSION - 1 };
    expect(RecordSummarySchema.safeParse(stale).success).toBe(false);
  });
});
