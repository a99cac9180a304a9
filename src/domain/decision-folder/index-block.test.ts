import { describe, expect, it } from 'vitest';
import { checkFolder } from './check-folder';
import { INDEX_END, INDEX_START, indexBlock, updateIndex } from './index-block';

const block = `${INDEX_START}\n| table |\n${INDEX_END}`;

describe('indexBlock', () => {
  it('says so when there is no decision, and leaves unreadable files to the check', () => {
    const report = checkFolder([{ path: '0001-x.md', ok: false, unreadable: { message: 'No title.', line: null } }], '2026-01-01');
    expect(indexBlock(report)).toBe(`${INDEX_START}\n| No. | Decision | Status | Outcome | Date | Revisit by |\n| --- | --- | --- | --- | --- | --- |\n| — | No decisions yet | | | | |\n${INDEX_END}`);
  });

  it('escapes what a title could break the table with, and links by the encoded path', () => {
    const report = checkFolder(
      [{ path: 'a b/0001-x.md', ok: true, summary: { source: 'foreign', id: null, number: null, title: 'A | B [x](javascript:y)', status: null, outcome: null, date: null, revisitBy: null, missingFollowUps: [], supersedes: [], supersededBy: [] } }],
      '2026-01-01',
    );
    expect(indexBlock(report)).toContain('| 0001 | [A \\| B \\[x\\](javascript:y)](<a%20b/0001-x.md>) | — | — | — | — |');
  });
});

describe('updateIndex', () => {
  it('starts a README when there is none', () => {
    expect(updateIndex(null, block)).toEqual({ ok: true, text: `# Decisions\n\n${block}\n`, changed: true });
  });

  it('appends the index to a README without markers, keeping its line endings', () => {
    expect(updateIndex('# ADRs\r\n\r\nIntro.\r\n\r\n', block)).toEqual({ ok: true, text: `# ADRs\r\n\r\nIntro.\r\n\r\n${block.replaceAll('\n', '\r\n')}\r\n`, changed: true });
    expect(updateIndex('', block)).toEqual({ ok: true, text: `${block}\n`, changed: true });
  });

  it('replaces only what stands between the markers', () => {
    const readme = `Top\n${INDEX_START}\nold\n${INDEX_END}\nBottom\n`;
    const updated = updateIndex(readme, block);
    expect(updated).toEqual({ ok: true, text: `Top\n${block}\nBottom\n`, changed: true });
    expect(updated.ok && updateIndex(updated.text, block)).toEqual({ ok: true, text: `Top\n${block}\nBottom\n`, changed: false });
  });

  it.each([`${INDEX_END}\n${INDEX_START}`, `${INDEX_START}\nno end`, `${INDEX_START}\n${INDEX_START}\n${INDEX_END}`, `${INDEX_START}\n${INDEX_END}\n${INDEX_END}`])(
    'refuses broken markers: %j',
    (readme) => expect(updateIndex(readme, block)).toMatchObject({ ok: false, message: expect.stringMatching(/broken index/) as unknown }),
  );
});
