import { describe, expect, it } from 'vitest';
import { writeAdr } from '../adr/write-adr';
import { typicalRecord } from '../export/testing/typical-record';
import type { RecordId } from '../record/record';
import { readDecisionFile } from './read-decision-file';

describe('readDecisionFile', () => {
  it('reads our record: outcome, revisit-by, the follow-ups it lacks, supersede links by id', () => {
    const record = { ...typicalRecord(), number: 4, status: 'proposed' as const, supersedes: 'rec_old' as RecordId };
    const read = readDecisionFile(writeAdr(record, 'madr'), '0004-x.md');
    expect(read.ok && read.value).toMatchObject({
      source: 'forkpoint',
      id: record.id,
      number: 4,
      outcome: 'buy',
      date: '2026-11-22',
      revisitBy: '2027-05-22',
      supersedes: [{ kind: 'record', id: 'rec_old' }],
      supersededBy: [],
    });
    expect(read.ok && read.value.missingFollowUps).toContain('Exit plan');
  });

  it('asks nothing of a draft', () => {
    const read = readDecisionFile(writeAdr({ ...typicalRecord(), status: 'draft' }, 'madr'), '0001-x.md');
    expect(read.ok && read.value.missingFollowUps).toEqual([]);
  });

  it('reads another tool’s ADR with its links as numbers or files', () => {
    const text = [
      '---',
      'status: superseded by ADR-0009',
      'date: 2025-03-01',
      'review-by: 2026-03-01',
      'supersedes: [ADR-0002, 0001-first.md, old-notes, some prose here]',
      '---',
      '# Use a queue',
      '',
      '## Context and Problem Statement',
      '',
      'Orders.',
    ].join('\n');
    const read = readDecisionFile(text, '0003-queue.md');
    expect(read.ok && read.value).toMatchObject({
      source: 'foreign',
      number: 3,
      title: 'Use a queue',
      date: '2025-03-01',
      revisitBy: '2026-03-01',
      outcome: null,
      supersedes: [{ kind: 'number', number: 2 }, { kind: 'file', path: '0001-first.md' }, { kind: 'file', path: 'old-notes.md' }],
      supersededBy: [{ kind: 'number', number: 9 }],
    });
  });

  it('gives the reason and the line of a file it cannot read', () => {
    expect(readDecisionFile('---\nstatus: [\n---\n# X\n', 'x.md')).toMatchObject({ ok: false, error: { line: expect.any(Number) as unknown } });
    expect(readDecisionFile('just notes', 'x.md')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/title/i) as unknown } });
  });
});
