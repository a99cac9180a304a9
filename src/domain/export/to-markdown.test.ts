import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentRevision, type RecordId } from '../record/record';
import { recordOf } from '../testing/records';
import { ALL_CHECKS, differentiator, framed, maturity, play } from '../testing/sessions';
import { transition } from '../transition';
import { mdInline, mermaidText } from './escape';
import { recordArb } from './testing/record-arbitrary';
import { typicalRecord } from './testing/typical-record';
import { recordToMarkdown } from './to-markdown';

const MADR_ORDER = [
  '## Context and Problem Statement',
  '## Decision Drivers',
  '## Considered Options',
  '## Decision Outcome',
  '### Consequences',
  '## Pros and Cons of the Options',
  '## More Information',
  '## Path Through the Tree',
  '## Requirement Coverage',
  '## Follow-ups',
  '## Revision History',
];

describe('Markdown export', () => {
  it('writes MADR 4 front matter: the quoted status word, a bare date, the people, our fields under one key', async () => {
    const md = await recordToMarkdown({ ...typicalRecord(), number: 7, tags: ['search'] });
    const front = md.split('\n---\n')[0];
    expect(front).toMatch(/^---\nstatus: "proposed"\ndate: 2026-11-22\ndecision-makers:\n {2}- "Ada Lovelace"\n {2}- "Grace Hopper"\n {2}- "Edsger Dijkstra"\nconsulted: \[\]\ninformed: \[\]\nforkpoint:\n/);
    expect(front).toContain('  number: 7');
    expect(front).toContain('  outcome: "Buy"');
    expect(front).toContain('  revisit-by: "2027-05-22"');
  });

  it('has MADR’s sections in MADR’s order, then the path, coverage, follow-ups and history', async () => {
    const md = await recordToMarkdown(typicalRecord());
    const headings = md.split('\n').filter((l) => /^#{2,3} /.test(l) && !l.startsWith('### ') || MADR_ORDER.includes(l));
    expect(headings).toEqual(MADR_ORDER);
    expect(md).toContain('\n# Vector store for product search: buy Acme Vectors\n');
    expect(md).toContain('Chosen option: "Acme Vectors", because the tree’s outcome for it is “Buy”');
    expect(md).toMatch(/\n\* Good, because the team runs Acme Vectors/);
    expect(md).toMatch(/\n\* Bad, because we depend on Acme Vectors/);
    expect(md).toContain('* Acme Vectors\n* Quiver Cloud\n* Build it ourselves');
    expect(md).toContain('* Must-have: Hybrid search (vector + keyword)');
    expect(md).toContain('| Prometheus metrics export | Should-have | Covered | Not covered |');
    expect(md).toContain('```mermaid\nflowchart TD\n');
    expect(md).toContain('requirements -->|"Acme Vectors: 80% or more"| buy');
  });

  it('links superseded and superseding records by number and file name', async () => {
    const record = { ...typicalRecord(), supersedes: 'rec_old' as RecordId, supersededBy: 'rec_gone' as RecordId };
    const md = await recordToMarkdown(record, (id) => (id === 'rec_old' ? { number: 3, componentName: 'Old vector store' } : undefined));
    expect(md).toContain('* Supersedes [0003 Old vector store](0003-old-vector-store.md).');
    expect(md).toContain('* Superseded by record `rec_gone`.');
  });

  it('keeps its structure whatever the user typed: one front matter, only our headings, one code fence pair', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, async (record) => {
        const lines = (await recordToMarkdown(record)).split('\n');
        const dataStart = lines.findIndex((l) => l.startsWith('<!-- forkpoint-record'));
        const body = lines.slice(0, dataStart);
        expect(body.filter((l) => l === '---')).toHaveLength(2);
        expect(body.filter((l) => l.startsWith('```'))).toEqual(['```mermaid', '```']);
        const headings = body.filter((l) => /^#{1,6} /.test(l));
        expect(headings[0]).toMatch(/^# /);
        for (const h of headings.slice(1)) expect(h).toMatch(/^(## (Context and Problem Statement|Decision Drivers|Considered Options|Decision Outcome|Pros and Cons of the Options|More Information|Path Through the Tree|Requirement Coverage|Follow-ups|Revision History)|### .+)$/);
        expect(lines.slice(dataStart + 1).filter((l) => l.includes('-->'))).toEqual(['-->']);
        expect(body.slice(body.indexOf('---', 1)).join('\n')).not.toMatch(/(^|[^\\])<(script|img)/im);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('a decision the team adopted over the proposal, and one still open', () => {
  it('says which option the app proposed', async () => {
    const record = typicalRecord();
    const revision = currentRevision(record);
    const adopted = transition({ ...revision.session, step: 'outcome' }, { type: 'option.adopted', option: { kind: 'candidate', candidateId: revision.session.framing.candidates[1]!.id } });
    if (!adopted.ok) throw new Error(adopted.rejection.message);
    const md = await recordToMarkdown({ ...record, revisions: [{ ...revision, session: adopted.session }] });
    expect(md).toContain('Chosen option: "Quiver Cloud", because the tree’s outcome for it is “Buy and wrap”. The team adopted it over the app’s proposal, "Acme Vectors" (Buy).');
    expect(md).toContain('# Vector store for product search: buy Quiver Cloud and wrap it');
  });

  it('says where an unfinished session stopped, and shows the waiting node', async () => {
    const session = play(framed({ candidates: ['Acme'], requirements: [['Hybrid search', 'must']] }), differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }));
    const md = await recordToMarkdown(recordOf(session));
    expect(md).toContain('No option has been chosen yet. The session stopped at node 3, “Meets 80%?”.');
    expect(md).toContain('requirements["3. Meets 80%? (not answered yet)"]');
  });
});

describe('escaping', () => {
  it.each([
    ['---', '\\---'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['1. first', '1\\. first'],
    ['* not a list', '\\* not a list'],
    ['line\nbreak', 'line break'],
    ['[a](javascript:x)', '\\[a\\](javascript:x)'],
    ['+ plus', '\\+ plus'],
    ['2) two', '2\\) two'],
    ['= heading underline', '\\= heading underline'],
  ])('mdInline(%j) → %j', (input, output) => {
    expect(mdInline(input)).toBe(output);
  });

  it('turns Mermaid-breaking characters into entity codes', () => {
    expect(mermaidText('a "b" <i>|`x`')).toBe('a #34;b#34; #60;i#62;#124;#96;x#96;');
  });
});
