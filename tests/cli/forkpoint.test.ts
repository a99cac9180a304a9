import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckReportSchema } from '../../src/domain/decision-folder/report-schema';
import { version } from '../../package.json';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeAdr } from '../../src/domain/adr/write-adr';
import { inHouseSession } from '../../src/domain/testing/records';
import { completeBuy, FOREIGN_ADRS, folderWith, numbered, ourDecisions } from './decision-folders';
import { forkpoint } from './run-cli';

let ours: Record<string, string>;
beforeAll(() => {
  ours = ourDecisions();
});

const BROKEN = '---\nstatus: "accepted"\n# Never closed front matter\n';

function checkJson(dir: string, ...flags: string[]) {
  const run = forkpoint(['check', dir, '--format', 'json', ...flags]);
  return { run, report: CheckReportSchema.parse(JSON.parse(run.stdout)) };
}

describe('forkpoint --help and --version', () => {
  it('prints the version of the package', () => {
    const run = forkpoint(['--version']);
    expect(run).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('prints the commands and flags', () => {
    const run = forkpoint(['--help']);
    expect(run.status).toBe(0);
    for (const word of ['forkpoint check', 'forkpoint index', '--fail-on', '--today', '--format', '--check']) expect(run.stdout).toContain(word);
  });
});

describe('usage and I/O errors exit 2 with one line on stderr', () => {
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['check', '--fail-on', 'late'], /--fail-on takes any or a list of overdue/],
    [['check', '--today', '2026-02-30'], /--today wants a date as YYYY-MM-DD/],
    [['check', '--format', 'xml'], /--format is text or json/],
    [['check', '--nope'], /Unknown option '--nope'/],
    [['index', '--fail-on', 'any'], /belong to "forkpoint check"/],
    [['check', 'a', 'b'], /one folder at most/],
  ])('%j', (args, message) => {
    const run = forkpoint(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a folder that does not exist', () => {
    const run = forkpoint(['check', join(folderWith({}), 'missing')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^forkpoint: cannot read the folder .*missing: ENOENT\n$/);
  });

  it('a file where the folder should be', () => {
    const dir = folderWith({ 'notes.md': '# Notes\n' });
    const run = forkpoint(['index', join(dir, 'notes.md')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is not a folder/);
  });
});

describe('forkpoint check', () => {
  it('lists every decision, subfolders included, with its outcome and revisit-by date', () => {
    const dir = folderWith(ours);
    const run = forkpoint(['check', dir, '--today', '2027-01-15']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^No\.\s+Title\s+Status\s+Outcome\s+Date\s+Revisit by\s+Problems$/);
    expect(lines.find((l) => l.startsWith('0001'))).toMatch(/accepted\s+Buy\s+2026-11-22\s+2027-05-22\s+ok$/);
    expect(lines.find((l) => l.startsWith('0002'))).toMatch(/Build\s+2026-11-22\s+2027-11-22\s+incomplete$/);
    expect(lines.find((l) => l.startsWith('0005'))).toMatch(/broken-link$/);
    expect(run.stdout).toContain('5 files checked as of 2027-01-15: 1 incomplete, 1 broken-link.');
  });

  it('reports the defaults (docs/decisions) when no folder is given', () => {
    const repo = folderWith(Object.fromEntries(Object.entries(ours).map(([path, text]) => [`docs/decisions/${path}`, text])));
    const run = forkpoint(['check', '--today', '2027-01-15', '--format', 'json'], repo);
    expect(CheckReportSchema.parse(JSON.parse(run.stdout)).decisions).toHaveLength(5);
  });

  it('finds a decision overdue only once its revisit-by date has come, and never a superseded one', () => {
    const dir = folderWith(ours);
    const before = checkJson(dir, '--today', '2027-05-21', '--fail-on', 'overdue');
    expect(before.run.status).toBe(0);
    expect(before.report.counts.overdue).toBe(0);

    const after = checkJson(dir, '--today', '2027-05-22', '--fail-on', 'overdue');
    expect(after.run.status).toBe(1);
    const overdue = after.report.decisions.filter((d) => d.problems.some((p) => p.kind === 'overdue')).map((d) => d.file);
    // 0003 has the same date but was superseded by 0004.
    expect(overdue).toEqual(['0001-vector-store.md', '0004-new-vector-store.md', 'search/0005-reranker.md']);
  });

  it('names the follow-ups an outcome requires that a record lacks', () => {
    const { report } = checkJson(folderWith(ours), '--today', '2027-01-15');
    const build = report.decisions.find((d) => d.number === 2);
    expect(build?.outcome).toBe('build');
    expect(build?.problems).toEqual([{ kind: 'incomplete', missing: [expect.stringMatching(/^Requirements expected to change/), expect.stringMatching(/^Revisit by 2027-11-22/)] }]);
  });

  it('resolves supersede links between files and reports one to a record that is not there', () => {
    const { report } = checkJson(folderWith(ours), '--today', '2027-01-15');
    expect(report.decisions.find((d) => d.number === 3)?.problems).toEqual([]);
    expect(report.decisions.find((d) => d.number === 4)?.problems).toEqual([]);
    expect(report.decisions.find((d) => d.number === 5)?.problems).toEqual([{ kind: 'broken-link', target: 'record rec_gone' }]);
  });

  it('reports an unreadable file with its reason and line and still checks the rest', () => {
    const dir = folderWith({ ...ours, '0006-broken.md': BROKEN });
    const { run, report } = checkJson(dir, '--today', '2027-01-15', '--fail-on', 'invalid');
    expect(run.status).toBe(1);
    expect(report.decisions).toHaveLength(6);
    const broken = report.decisions.find((d) => d.file === '0006-broken.md');
    expect(broken).toMatchObject({ number: 6, title: null, problems: [{ kind: 'invalid', line: 1 }] });
    expect(broken?.problems[0]).toHaveProperty('message', expect.stringMatching(/never closed/));
    const text = forkpoint(['check', dir, '--today', '2027-01-15']);
    expect(text.stdout).toMatch(/0006-broken\.md\n {2}invalid \(line 1\): The front matter that starts here is never closed/);
  });

  it('reports two files that carry the same number', () => {
    const dir = folderWith({ ...ours, '0002-ranking-copy.md': ours['0002-ranking.md'] ?? '' });
    const { report } = checkJson(dir, '--today', '2027-01-15', '--fail-on', 'duplicate-number');
    const twos = report.decisions.filter((d) => d.number === 2);
    expect(twos.map((d) => d.problems.find((p) => p.kind === 'duplicate-number'))).toEqual([
      { kind: 'duplicate-number', number: 2, others: ['0002-ranking.md'] },
      { kind: 'duplicate-number', number: 2, others: ['0002-ranking-copy.md'] },
    ]);
  });

  it('exits 1 for --fail-on any when anything is found, 0 when --fail-on names only what is absent', () => {
    const dir = folderWith(ours);
    expect(forkpoint(['check', dir, '--today', '2027-01-15', '--fail-on', 'any']).status).toBe(1);
    expect(forkpoint(['check', dir, '--today', '2027-01-15', '--fail-on', 'overdue,invalid,duplicate-number']).status).toBe(0);
    expect(forkpoint(['check', dir, '--today', '2027-01-15']).status).toBe(0);
  });

  it('keeps control characters from a file out of the terminal', () => {
    const dir = folderWith({ '0001-x.md': BROKEN.replace('# Never', '# \u001b[31mNever') });
    const run = forkpoint(['check', dir]);
    expect(run.stdout).not.toContain('\u001b');
  });
});

describe('forkpoint check on a large folder', () => {
  // Slow by nature: two checks of 249 and 300 files (~1 s each alone, several times that on a busy machine).
  it('reports each file as it does in a small folder, when worker threads share the files', () => {
    const files = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => {
        const n = i + 1;
        const name = `${String(n).padStart(4, '0')}-decision.md`;
        if (n % 50 === 7) return [name, BROKEN];
        return [name, writeAdr(n % 3 === 0 ? numbered(inHouseSession('yes'), `rec_build_${n}`, n) : numbered(completeBuy(), `rec_buy_${n}`, n), 'madr')];
      }),
    );
    // Under 250 files the tool checks them in its own thread; from 250, on more than one core, it shares them with worker threads.
    const small = checkJson(folderWith(Object.fromEntries(Object.entries(files).slice(0, 249))), '--today', '2027-01-15').report;
    const large = checkJson(folderWith(files), '--today', '2027-01-15').report;
    expect(large.decisions.map((d) => d.file)).toEqual(Object.keys(files));
    expect(large.decisions.slice(0, 249)).toEqual(small.decisions);
    // Each damaged file, wherever it falls among the threads' shares, gets its own message.
    const invalid = large.decisions.filter((d) => d.problems.some((p) => p.kind === 'invalid'));
    expect(invalid.map((d) => d.file)).toEqual(['0007-decision.md', '0057-decision.md', '0107-decision.md', '0157-decision.md', '0207-decision.md', '0257-decision.md']);
    for (const d of invalid) expect(d.problems[0]).toHaveProperty('message', expect.stringMatching(/never closed/));
  }, 90_000);
});

describe('forkpoint check on files in every layout', () => {
  it.each(['log4brains', 'adr-tools'] as const)('reads our files written as %s exactly as in MADR 4', (format) => {
    const rows = (files: Record<string, string>) =>
      checkJson(folderWith(files), '--today', '2027-05-22').report.decisions.map((d) => [d.file, d.number, d.status, d.outcome, d.date, d.revisitBy, d.problems]);
    expect(rows(ourDecisions(format))).toEqual(rows(ours));
  });

  it('reads the ADRs other tools wrote: titles, statuses, dates and their links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'forkpoint-cli-'));
    cpSync(FOREIGN_ADRS, dir, { recursive: true });
    const { run, report } = checkJson(dir, '--today', '2027-01-01');
    expect(run.status).toBe(0);
    expect(report.counts.invalid).toBe(0);
    expect(report.decisions.length).toBeGreaterThanOrEqual(8);
    expect(report.decisions.every((d) => d.source === 'foreign' && d.title !== null && d.outcome === null)).toBe(true);
    const adrTools = report.decisions.find((d) => d.file === 'adr-tools/0001-record-decisions.md');
    // adr-tools' own misspelling, and a link that resolves to the file beside it.
    expect(adrTools).toMatchObject({ number: 1, title: 'Record decisions', date: '2018-02-03', problems: [] });
    expect(adrTools?.status).toMatch(/^superceded by/);
    const log4brains = report.decisions.find((d) => d.file.startsWith('log4brains/'));
    expect(log4brains).toMatchObject({ number: null, status: 'accepted', date: '2024-03-05' });
  });

  it('finds a foreign ADR overdue by its revisit-by or review-by date', () => {
    const adr = (key: string) => `---\nstatus: accepted\ndate: 2026-01-10\n${key}: 2026-06-01\n---\n# Use a managed queue\n\n## Context and Problem Statement\n\nOrders must not be lost.\n`;
    const dir = folderWith({ '0001-queue.md': adr('revisit-by'), '0002-cache.md': adr('review-by'), '0003-old.md': adr('review-by').replace('accepted', 'deprecated') });
    const { run, report } = checkJson(dir, '--today', '2026-06-01', '--fail-on', 'overdue');
    expect(run.status).toBe(1);
    expect(report.decisions.map((d) => [d.number, d.revisitBy, d.problems.map((p) => p.kind)])).toEqual([
      [1, '2026-06-01', ['overdue']],
      [2, '2026-06-01', ['overdue']],
      [3, '2026-06-01', []],
    ]);
  });
});

describe('forkpoint index', () => {
  it('writes the table into README.md between the markers, and a second run changes nothing', () => {
    const dir = folderWith(ours);
    const first = forkpoint(['index', dir, '--today', '2027-06-01']);
    expect(first.status).toBe(0);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme).toMatch(/^# Decisions\n\n<!-- forkpoint:index -->\n\| No\. \| Decision \| Status \| Outcome \| Date \| Revisit by \|\n\| --- \|/);
    expect(readme).toMatch(/\| 0001 \| \[[^\]]+\]\(<0001-vector-store\.md>\) \| accepted \| Buy \| 2026-11-22 \| 2027-05-22 \(overdue\) \|/);
    expect(readme).toContain('(<search/0005-reranker.md>)');
    expect(readme.trimEnd().endsWith('<!-- /forkpoint:index -->')).toBe(true);

    const second = forkpoint(['index', dir, '--today', '2027-06-01']);
    expect(second.stdout).toContain('up to date');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(readme);
  });

  it('leaves the rest of an existing README as it was', () => {
    const dir = folderWith({ ...ours, 'README.md': '# Our decisions\n\nRead these first.\n\n<!-- forkpoint:index -->\nold table\n<!-- /forkpoint:index -->\n\nFooter stays.\n' });
    forkpoint(['index', dir, '--today', '2027-01-15']);
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme.startsWith('# Our decisions\n\nRead these first.\n\n<!-- forkpoint:index -->\n| No.')).toBe(true);
    expect(readme.endsWith('<!-- /forkpoint:index -->\n\nFooter stays.\n')).toBe(true);
    expect(readme).not.toContain('old table');
  });

  it('--check exits 1 when the index is stale and 0 when it is current, writing nothing', () => {
    const dir = folderWith(ours);
    const stale = forkpoint(['index', dir, '--check', '--today', '2027-01-15']);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('out of date');
    expect(() => readFileSync(join(dir, 'README.md'))).toThrow();

    forkpoint(['index', dir, '--today', '2027-01-15']);
    expect(forkpoint(['index', dir, '--check', '--today', '2027-01-15']).status).toBe(0);

    writeFileSync(join(dir, '0009-new.md'), ours['0001-vector-store.md']?.replaceAll('rec_buy', 'rec_nine') ?? '');
    expect(forkpoint(['index', dir, '--check', '--today', '2027-01-15']).status).toBe(1);
  });

  it('refuses a README whose markers are broken instead of guessing', () => {
    const dir = folderWith({ ...ours, 'README.md': 'Intro\n<!-- /forkpoint:index -->\n<!-- forkpoint:index -->\n' });
    const run = forkpoint(['index', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/broken index/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('Intro\n<!-- /forkpoint:index -->\n<!-- forkpoint:index -->\n');
  });
});
