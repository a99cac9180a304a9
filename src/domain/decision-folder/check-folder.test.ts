import { describe, expect, it } from 'vitest';
import { checkFolder, numberFromFileName, resolveRelative, type FolderFile } from './check-folder';
import type { DecisionFileSummary } from './summary';

const foreign = (overrides: Partial<DecisionFileSummary> = {}): DecisionFileSummary => ({
  source: 'foreign',
  id: null,
  number: null,
  title: 'Use PostgreSQL',
  status: 'accepted',
  outcome: null,
  date: '2026-01-10',
  revisitBy: null,
  missingFollowUps: [],
  supersedes: [],
  supersededBy: [],
  ...overrides,
});
const ok = (path: string, summary: DecisionFileSummary): FolderFile => ({ path, ok: true, summary });

describe('checkFolder', () => {
  it('resolves file links relative to the linking file and number links against every file', () => {
    const report = checkFolder(
      [
        ok('db/0001-use-mysql.md', foreign({ status: 'Superseded by [2. Use PostgreSQL](0002-use-postgresql.md)', supersededBy: [{ kind: 'file', path: '0002-use-postgresql.md' }] })),
        ok('db/0002-use-postgresql.md', foreign({ supersedes: [{ kind: 'file', path: './0001-use-mysql.md' }, { kind: 'number', number: 1 }] })),
        ok('0003-cache.md', foreign({ supersedes: [{ kind: 'file', path: 'db/../db/0001-use-mysql.md#context' }, { kind: 'file', path: '0009-gone.md' }, { kind: 'number', number: 42 }] })),
      ],
      '2026-12-01',
    );
    expect(report.rows.map((r) => [r.path, r.number, r.problems])).toEqual([
      ['db/0001-use-mysql.md', 1, []],
      ['db/0002-use-postgresql.md', 2, []],
      ['0003-cache.md', 3, [{ kind: 'broken-link', target: '0009-gone.md' }, { kind: 'broken-link', target: 'ADR-0042' }]],
    ]);
    expect(report.counts).toEqual({ overdue: 0, invalid: 0, incomplete: 0, 'broken-link': 2, 'duplicate-number': 0 });
  });

  it('is overdue from the revisit-by day on, unless the decision was closed', () => {
    const files = ['accepted', 'superseded by ADR-0009', 'Superceded by [3](0003.md)', 'Deprecated', 'rejected'].map((status, i) =>
      ok(`000${i + 1}-x.md`, foreign({ status, revisitBy: '2026-06-01' })),
    );
    expect(checkFolder(files, '2026-05-31').counts.overdue).toBe(0);
    const due = checkFolder(files, '2026-06-01');
    expect(due.rows.filter((r) => r.problems.some((p) => p.kind === 'overdue')).map((r) => r.status)).toEqual(['accepted']);
  });

  it('keeps unreadable files as rows, numbered from their name, sorted after the numbered ones by path', () => {
    const report = checkFolder(
      [
        { path: 'zeta.md', ok: false, unreadable: { message: 'No title.', line: null } },
        { path: '0002-b.md', ok: false, unreadable: { message: 'Bad YAML.', line: 3 } },
        ok('0002-a.md', foreign()),
        ok('alpha.md', foreign()),
      ],
      '2026-01-01',
    );
    expect(report.rows.map((r) => [r.path, r.number, r.problems.map((p) => p.kind)])).toEqual([
      ['0002-a.md', 2, ['duplicate-number']],
      ['0002-b.md', 2, ['invalid', 'duplicate-number']],
      ['alpha.md', null, []],
      ['zeta.md', null, ['invalid']],
    ]);
  });

  it('does not report the follow-ups of a closed decision', () => {
    const report = checkFolder([ok('0001-a.md', foreign({ status: 'deprecated', missingFollowUps: ['Exit plan'] }))], '2026-01-01');
    expect(report.rows[0]?.problems).toEqual([]);
  });
});

describe('file names and links', () => {
  it.each([
    ['0012-use-x.md', 12],
    ['sub/7-x.md', 7],
    ['20260112-use-x.md', null],
    ['use-x.md', null],
  ])('numberFromFileName(%s) = %s', (path, number) => expect(numberFromFileName(path)).toBe(number));

  it.each([
    ['a/b/0001.md', '../0002.md', 'a/0002.md'],
    ['0001.md', '../0002.md', '../../0002.md'],
    ['a/0001.md', '/b/0002%20x.md', 'b/0002 x.md'],
    ['a/0001.md', '%E0%A4%A.md', 'a/%E0%A4%A.md'],
  ])('resolveRelative(%s, %s) = %s', (from, link, to) => expect(resolveRelative(from, link)).toBe(to));

});
