import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { WRITE_FORMATS } from '../adr/adr-file';
import { adrFileName } from '../adr/file-name';
import { readFrontMatter } from '../adr/front-matter';
import { writeAdr } from '../adr/write-adr';
import { currentRevision } from '../record/record';
import { recordBaseName } from './file-name';
import { pathFlowchart } from './mermaid-path';
import { recordArb } from './testing/record-arbitrary';
import { hostileFieldCount, withHostileStrings } from './testing/hostile-record';

/**
 * Escape at the edge (issue 11), the parts a browser need not see: the Mermaid
 * chart and the file names. The Markdown rendered as HTML and the map's SVG shown
 * as a page are checked in Chromium (tests/e2e/hostile.spec.ts).
 */

// A quoted label holds no character that could end it, open HTML or a Markdown string, or break the line: user text writes those as `#NN;`.
const LABEL = String.raw`"[^"<>\x60\u0000-\u001f]*"`;
const MERMAID_LINE = new RegExp(String.raw`^(flowchart TD|  [a-z_]+(\[${LABEL}\]|\(\[${LABEL}\]\))|  [a-z_]+ -->\|${LABEL}\| [a-z_]+)$`);

/** The Markdown a renderer shows: front matter is metadata (GitHub, static sites and ADR tools read it as YAML, never as Markdown). */
const withoutFrontMatter = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

const hostileRecords = recordArb.map((record) => ({ record, hostile: withHostileStrings(record) }));

describe('exporters fed a record whose every string field is a payload', () => {
  it('puts a payload in every free-text field of a generated record', () => {
    fc.assert(
      fc.property(hostileRecords, ({ record, hostile }) => {
        expect(hostileFieldCount(record, hostile)).toBeGreaterThan(0);
        expect(currentRevision(hostile).session.framing.componentName).toMatch(/window\.__pwned/);
      }),
      { numRuns: 20 },
    );
  });

  it('writes a Mermaid chart of only nodes, edges and closed labels, in one fence of each ADR layout', () => {
    const md = new MarkdownIt({ html: true });
    fc.assert(
      fc.property(hostileRecords, ({ hostile }) => {
        const chart = pathFlowchart(currentRevision(hostile).session);
        for (const line of chart.split('\n')) expect(line).toMatch(MERMAID_LINE);
        for (const format of WRITE_FORMATS) {
          // Forkpoint's own text: a text edited outside is the team's Markdown, written as they left it (adr/file-edits.test.ts).
          const fences = md.parse(withoutFrontMatter(writeAdr({ ...hostile, outsideEdits: [] }, format)), {}).filter((token) => token.type === 'fence');
          expect(fences.map((f) => f.info), format).toEqual(['mermaid']);
          expect(fences[0]?.content, format).toBe(`${chart}\n`);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('writes MADR front matter with no markup character a Markdown renderer could act on, and every value reads back', () => {
    fc.assert(
      fc.property(hostileRecords, ({ hostile }) => {
        const text = writeAdr(hostile, 'madr');
        const front = text.slice(0, text.indexOf('\n---\n', 4));
        expect(front).not.toMatch(/[<>[\]`]/);
        const read = readFrontMatter(text.split('\n'));
        expect(read.ok && read.value.values?.tags).toEqual(hostile.tags.length ? hostile.tags : undefined);
      }),
      { numRuns: 40 },
    );
  });

  it('names files with letters, digits and dashes only', () => {
    fc.assert(
      fc.property(hostileRecords, ({ hostile }) => {
        expect(recordBaseName(hostile)).toMatch(/^\d{4,}-[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(adrFileName(hostile, 'NNNN')).toMatch(/^\d{4,}-[a-z0-9]+(-[a-z0-9]+)*\.md$/);
        expect(adrFileName(hostile, 'YYYYMMDD')).toMatch(/^\d{8}-[a-z0-9]+(-[a-z0-9]+)*\.md$/);
      }),
      { numRuns: 40 },
    );
  });
});
