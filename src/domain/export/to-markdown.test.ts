import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_FORMAT_VERSION } from '../record/format';
import { currentRevision, type RecordId } from '../record/record';
import { buySession, recordOf } from '../testing/records';
import { ALL_CHECKS, differentiator, framed, maturity, play } from '../testing/sessions';
import { transition } from '../transition';
import MarkdownIt from 'markdown-it';
import { displayName, mdCell, mdCode, mdHeading, mdInline, mermaidText, withoutControls, xmlText } from './escape';
import { recordArb } from './testing/record-arbitrary';
import { typicalRecord } from './testing/typical-record';
import { writeAdr } from '../adr/write-adr';

const BUY_OPTIONS = { candidates: ['Acme Vectors'], requirements: [['Hybrid search', 'must'], ['Metrics export', 'should']] } as const;

const MADR_ORDER = [
  '## Context and Problem Statement',
  '## Decision Drivers',
  '## Considered Options',
  '## Decision Outcome',
  '### Consequences',
  '### Confirmation',
  '## Pros and Cons of the Options',
  '## More Information',
  '## Path Through the Tree',
  '## Requirement Coverage',
  '## Revision History',
];

describe('Markdown export', () => {
  it('writes MADR 4 front matter with MADR’s values, no empty list, our key reduced to format and id, the title right after', () => {
    const record = { ...typicalRecord(), number: 7, tags: ['search'] };
    const md = writeAdr(record, 'madr');
    expect(md).toMatch(new RegExp(`^---\nstatus: proposed\ndate: 2026-11-22\ndecision-makers:\n {2}- Ada Lovelace\n {2}- Grace Hopper\n {2}- Edsger Dijkstra\ntags:\n {2}- search\nforkpoint:\n {2}format: ${RECORD_FORMAT_VERSION}\n {2}id: ${record.id}\n---\n# Vector store`));
    expect(md).not.toMatch(/^(consulted|informed):/m);
    expect(writeAdr({ ...record, status: 'superseded', supersededBy: 'rec_new' as RecordId }, 'madr', { lookup: () => ({ number: 14, componentName: 'New' }) })).toContain('\nstatus: superseded by ADR-0014\n');
  });

  it('has MADR’s sections in MADR’s order, then the path, coverage, follow-ups and history', () => {
    const md = writeAdr(typicalRecord(), 'madr');
    const headings = md.split('\n').filter((l) => /^#{2,3} /.test(l) && !l.startsWith('### ') || MADR_ORDER.includes(l));
    expect(headings.filter((h) => MADR_ORDER.includes(h))).toEqual(MADR_ORDER);
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

  it('links superseded and superseding records by number and file name', () => {
    const record = { ...typicalRecord(), supersedes: 'rec_old' as RecordId, supersededBy: 'rec_gone' as RecordId };
    const md = writeAdr(record, 'madr', { lookup: (id) => (id === 'rec_old' ? { number: 3, componentName: 'Old vector store' } : undefined) });
    expect(md).toContain('* Supersedes [0003 Old vector store](0003-old-vector-store.md).');
    expect(md).toContain('* Superseded by record `rec_gone`.');
  });

  // Slow by nature: 60 generated records to Markdown (~1 s alone, ~4 s under coverage on a busy machine).
  it('keeps its structure whatever the user typed: one front matter, only our headings, one code fence pair', () => {
    fc.assert(
      fc.property(recordArb, (record) => {
        // Forkpoint's own text: a text edited outside is the team's Markdown, written as they left it (adr/file-edits.test.ts).
        const lines = writeAdr({ ...record, outsideEdits: [] }, 'madr').split('\n');
        const dataStart = lines.findIndex((l) => l.startsWith('<!-- forkpoint-record'));
        const body = lines.slice(0, dataStart);
        expect(body.filter((l) => l === '---')).toHaveLength(2);
        expect(body.filter((l) => l.startsWith('```'))).toEqual(['```mermaid', '```']);
        const headings = body.filter((l) => /^#{1,6} /.test(l));
        expect(headings[0]).toMatch(/^# /);
        for (const h of headings.slice(1)) expect(h).toMatch(/^(## (Context and Problem Statement|Decision Drivers|Considered Options|Decision Outcome|Pros and Cons of the Options|More Information|Path Through the Tree|Overridden Suggestions|Requirement Coverage|Vendor Scores|Three-year cost|Revision History)|### .+)$/);
        expect(lines.slice(dataStart + 1).filter((l) => l.includes('-->'))).toEqual(['-->']);
        expect(body.slice(body.indexOf('---', 1)).join('\n')).not.toMatch(/(^|[^\\])<(script|img)/im);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('a decision the team adopted over the proposal, and one still open', () => {
  it('counts the spare capacity right and ends a typed trigger with one full stop', () => {
    const session = buySession({ ...BUY_OPTIONS, capacity: { engineers: 1, systemsMaintained: 1, spareEngineers: 1 } });
    const withTrigger = play(session, { type: 'follow-ups.edited', followUps: { ...session.followUps, triggers: ['The vendor is bought.'] } });
    const md = writeAdr(recordOf(withTrigger), 'madr');
    expect(md).toContain('The team has 1 engineer who already maintains 1 production system, with about 1 engineer’s worth of time free');
    expect(md).toContain('Reopen it sooner if: The vendor is bought.\n');
    const half = writeAdr(recordOf(buySession({ ...BUY_OPTIONS, capacity: { engineers: 3, systemsMaintained: 2, spareEngineers: 0.5 } })), 'madr');
    expect(half).toContain('3 engineers who already maintain 2 production systems, with about 0.5 engineers’ worth of time');
  });

  it('says which option the app proposed', () => {
    const record = typicalRecord();
    const revision = currentRevision(record);
    const adopted = transition({ ...revision.session, step: 'outcome' }, { type: 'option.adopted', option: { kind: 'candidate', candidateId: revision.session.framing.candidates[1]!.id } });
    if (!adopted.ok) throw new Error(adopted.error.message);
    const md = writeAdr({ ...record, revisions: [{ ...revision, session: adopted.value }] }, 'madr');
    expect(md).toContain('Chosen option: "Quiver Cloud", because the tree’s outcome for it is “Buy and wrap”. The team adopted it over the app’s proposal, "Acme Vectors" (Buy), and gave no reason.');
    const explained = transition(adopted.value, { type: 'adoption.explained', reason: 'Quiver runs in our region' });
    if (!explained.ok) throw new Error(explained.error.message);
    expect(writeAdr({ ...record, revisions: [{ ...revision, session: explained.value }] }, 'madr')).toContain(
      'The team adopted it over the app’s proposal, "Acme Vectors" (Buy), because: Quiver runs in our region.',
    );
    expect(md).toContain('# Vector store for product search: buy Quiver Cloud and wrap it');
  });

  it('says where an unfinished session stopped, and shows the waiting node', () => {
    const session = play(framed({ candidates: ['Acme'], requirements: [['Hybrid search', 'must']] }), differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }));
    const md = writeAdr(recordOf(session), 'madr');
    expect(md).toContain('No option has been chosen yet. The session stopped at node 3, “Meets 80%?”.');
    expect(md).toContain('requirements["3. Meets 80%? (not answered yet)"]');
  });
});

describe('escaping', () => {
  it.each([
    ['---', '\\---'],
    ['--', '\\--'],
    ['- item', '\\- item'],
    ['a | b', 'a | b'],
    ['`code`', '\\`code\\`'],
    ['<script>x</script>', '\\<script>x\\</script>'],
    ['1. first', '1\\. first'],
    ['* not a list', '\\* not a list'],
    ['line\nbreak', 'line break'],
    ['[a](javascript:x)', '\\[a\\](javascript:x)'],
    ['Rate limiter [edge]: v2', 'Rate limiter [edge]: v2'],
    ['[x] done', '\\[x\\] done'],
    ['a]b [c', 'a\\]b \\[c'],
    ['see [a] [b]', 'see \\[a\\] \\[b\\]'],
    ['[a]: https://x.io', '\\[a\\]: <https://x.io>'],
    ['+ plus', '\\+ plus'],
    ['2) two', '2\\) two'],
    ['= heading underline', '= heading underline'],
    ['===', '\\==='],
    ['# heading', '\\# heading'],
    ['> quote', '\\> quote'],
    ['snake_case_name and __init__', 'snake_case_name and \\_\\_init\\_\\_'],
    ['C:\\temp\\new', 'C:\\temp\\new'],
    ['ends with \\', 'ends with \\\\'],
    ['&amp; & AT&T', '\\&amp; & AT&T'],
    ['~5 weeks', '~5 weeks'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['Rust 2x faster, 10% cheaper (approx.)', 'Rust 2x faster, 10% cheaper (approx.)'],
    ['see https://example.com/a_b*c?q=1.', 'see <https://example.com/a_b*c?q=1>.'],
    ['(docs: https://example.com/x(1))', '(docs: <https://example.com/x(1)>)'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
  ])('mdInline(%j) → %j', (input, output) => {
    expect(mdInline(input)).toBe(output);
  });

  it('escapes what a table cell or a heading would read as markup', () => {
    expect(mdCell('a | b')).toBe('a \\| b');
    expect(mdHeading('Use C #')).toBe('Use C \\#');
    expect(mdHeading('C# client')).toBe('C# client');
    // A name of controls only would leave an empty `### `, which Markdown does not read as a heading.
    expect(mdHeading('\u0007\u0008')).toBe('(no name)');
  });

  it('leaves a heading’s lone *, _ or backtick as typed (nothing to pair with), and escapes pairs', () => {
    expect(mdHeading('Model router *beta*')).toBe('Model router \\*beta\\*');
    expect(mdHeading('5* rated, a_ and `x')).toBe('5* rated, a_ and `x');
    // A marker in an address counts: the two stars could pair across it.
    expect(mdHeading('a *b https://x.io/c*d e')).toBe('a \\*b <https://x.io/c*d> e');
    expect(mdInline('5* rated')).toBe('5\\* rated');
    expect(mdHeading('# heading, - item, 1. first')).toBe('# heading, - item, 1. first');
    expect(mdHeading('1. first')).toBe('1\\. first');
  });

  it('renders every hostile heading as the text it was', () => {
    const md = new MarkdownIt({ html: true, linkify: true });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(HOSTILE_PIECES)), (text) => {
        const line = oneLineOf(text);
        fc.pre(/[^\s#]/.test(line));
        const html = md.render(`# ${mdHeading(text)}`).trim();
        expect(html).toMatch(/^<h1>[\s\S]*<\/h1>$/);
        expect(html.slice(4, -5)).not.toMatch(/<(?!\/?a[ >]|br)/);
        expect(textOf(html)).toBe(line);
      }),
      { numRuns: 1000 },
    );
  });

  it('wraps any text in a code span it cannot close', () => {
    expect(mdCode('rec_1')).toBe('`rec_1`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('x`\n\n<img src=x onerror=alert(1)>')).toBe('``x` <img src=x onerror=alert(1)>``');
  });

  it('turns Mermaid-breaking characters into entity codes', () => {
    expect(mermaidText('a "b" <i>|`x`')).toBe('a #34;b#34; #60;i#62;#124;#96;x#96;');
    expect(mermaidText('tab\u0001bed')).toBe('tabbed');
  });

  it('makes XML text of anything: entities for the five specials, no control character', () => {
    expect(xmlText('<a href="x">&\'\u0001\u001f\uFFFE')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('shows an outside name without controls or direction overrides, cut to length', () => {
    expect(displayName('../\u202Eevil\u0000.md')).toBe('../evil.md');
    expect(displayName(`${'x'.repeat(200)}.json`, 10)).toBe('xxxxxx…son');
    expect(displayName(`${'x'.repeat(200)}-0001-decision.json`)).toBe(`${'x'.repeat(107)}…ecision.json`);
    expect(displayName('a\u00ADb\uE000c\u200Dd')).toBe('abcd');
    expect(displayName('\u0001')).toBe('(no name)');
  });

  it('renders, in a real Markdown renderer with raw HTML on, every hostile string as the text it was', () => {
    const md = new MarkdownIt({ html: true, linkify: true });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(HOSTILE_PIECES)), (text) => {
        const line = oneLineOf(text);
        fc.pre(line !== '');
        const html = md.render(mdInline(text)).trim();
        expect(html).toMatch(/^<p>[\s\S]*<\/p>$/);
        expect(html.slice(3, -4)).not.toMatch(/<(?!\/?a[ >]|br)/);
        expect(textOf(html)).toBe(line);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Pieces of markup a user might type; the generator strings them together. */
const HOSTILE_PIECES = /^([-+*_`~#>=|\\!<&[\]()a-z0-9 .:;]|<img src=x onerror=alert\(1\)>|&amp;|https:\/\/x\.io\/a_b|ftp:\/\/x\.io|www\.x\.io|\n\n|1\. |- ){1,12}$/;

const oneLineOf = (text: string) => withoutControls(text).replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ').trim();

/** The visible text of rendered inline HTML (entities decoded, tags dropped). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');
}
