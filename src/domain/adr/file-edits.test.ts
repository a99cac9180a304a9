import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typicalRecord } from '../export/testing/typical-record';
import type { DecisionRecord } from '../record/record';
import { WRITE_FORMATS, type WriteFormat } from './adr-file';
import { readAdr } from './read-adr';
import { writeAdr } from './write-adr';

const AT = '2026-12-03T09:30:00.000Z';
const record: DecisionRecord = { ...typicalRecord(), number: 7, tags: ['search'] };
const fileName = '0007-vector-store.md';

function read(text: string): DecisionRecord {
  const back = readAdr(text, fileName, { now: AT });
  if (!back.ok) throw new Error(back.error.message);
  if (!back.value.record) throw new Error('no record');
  return back.value.record;
}

/** Replaces one exact piece of the file, failing loudly if the file does not hold it. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`The file has no ${JSON.stringify(from)}:\n${text.slice(0, 600)}`);
  return text.replace(from, to);
}

/** How each layout spells the metadata people edit. */
const SPELLING: Record<WriteFormat, { status: [string, string]; date: [string, string]; deciders: [string, string]; consulted: [string, string]; tags: [string, string] }> = {
  madr: {
    status: ['status: proposed', 'status: accepted'],
    date: ['date: 2026-11-22', 'date: 2026-12-01'],
    deciders: ['  - Edsger Dijkstra\n', '  - Edsger Dijkstra\n  - Barbara Liskov\n'],
    consulted: ['tags:\n', 'consulted:\n  - Finance\n  - Legal\ninformed:\n  - Support\ntags:\n'],
    tags: ['  - search\n', '  - search\n  - eu\n'],
  },
  log4brains: {
    status: ['- Status: proposed', '- Status: accepted'],
    date: ['- Date: 2026-11-22', '- Date: 2026-12-01'],
    deciders: ['Grace Hopper, Edsger Dijkstra', 'Grace Hopper, Edsger Dijkstra, Barbara Liskov'],
    consulted: ['- Date:', '- Consulted: Finance, Legal\n- Informed: Support\n- Date:'],
    tags: ['- Tags: search', '- Tags: search, eu'],
  },
  'adr-tools': {
    status: ['## Status\n\nProposed', '## Status\n\nAccepted'],
    date: ['Date: 2026-11-22', 'Date: 2026-12-01'],
    deciders: ['Grace Hopper, Edsger Dijkstra', 'Grace Hopper, Edsger Dijkstra, Barbara Liskov'],
    consulted: ['Tags:', 'Consulted: Finance, Legal\n\nInformed: Support\n\nTags:'],
    tags: ['Tags: search', 'Tags: search, eu'],
  },
};

describe.each(WRITE_FORMATS)('metadata edited in a %s file', (format) => {
  const file = writeAdr(record, format);
  const spell = SPELLING[format];

  it('reads back unchanged when nobody edited it', () => {
    expect(read(file)).toEqual(record);
  });

  it('applies a status edit as a dated status change from the file', () => {
    const edited = read(edit(file, ...spell.status));
    expect(edited.status).toBe('accepted');
    expect(edited.statusHistory.at(-1)).toEqual({ status: 'accepted', at: AT, note: 'from the file' });
    // The history section of the text is now out of date, but the team did not edit the text.
    expect(edited.outsideEdits).toEqual([]);
  });

  it('applies a date edit, and writes the date the team set', () => {
    const edited = read(edit(file, ...spell.date));
    expect(edited.date).toBe('2026-12-01');
    expect(edited.fileEdits).toEqual([{ kind: 'date', at: AT, date: '2026-12-01' }]);
    expect(writeAdr(edited, format)).toContain(spell.date[1]);
    expect(read(writeAdr(edited, format))).toEqual(edited);
  });

  it('applies a decision-maker added in the file, kept over the session’s participants', () => {
    const edited = read(edit(file, ...spell.deciders));
    const names = ['Ada Lovelace', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov'];
    expect(edited.decisionMakers).toEqual(names);
    expect(edited.fileEdits).toEqual([{ kind: 'people', at: AT, role: 'decision-makers', names }]);
    expect(read(writeAdr(edited, format))).toEqual(edited);
  });

  it('applies consulted and informed added in the file, and writes them back', () => {
    const edited = read(edit(file, ...spell.consulted));
    expect(edited).toMatchObject({ consulted: ['Finance', 'Legal'], informed: ['Support'] });
    expect(edited.fileEdits).toEqual([
      { kind: 'people', at: AT, role: 'consulted', names: ['Finance', 'Legal'] },
      { kind: 'people', at: AT, role: 'informed', names: ['Support'] },
    ]);
    expect(read(writeAdr(edited, format))).toEqual(edited);
  });

  it('applies a tag added in the file as a dated change', () => {
    const edited = read(edit(file, ...spell.tags));
    expect(edited.tags).toEqual(['search', 'eu']);
    expect(edited.fileEdits).toEqual([{ kind: 'tags', at: AT, tags: ['search', 'eu'] }]);
  });
});

describe.each(WRITE_FORMATS)('the readable text edited in a %s file', (format) => {
  const file = writeAdr(record, format);
  const sentence = 'Should we build Vector store for product search ourselves, or buy it?';
  const prose = 'Should we build Vector store for product search ourselves, or buy it? Reviewed in pull request 42: the EU region is a must.';

  it('is kept as the revision’s text edited outside Forkpoint, with Forkpoint’s own text beside it', () => {
    const edited = read(edit(file, sentence, prose));
    expect(edited.fileEdits).toEqual([{ kind: 'text', at: AT, revision: 1 }]);
    const [kept] = edited.outsideEdits;
    expect(kept).toMatchObject({ revision: 1, at: AT });
    expect(kept?.text).toContain(prose);
    expect(kept?.base).toContain(sentence);
    expect(kept?.base).not.toContain('pull request 42');
    // Everything else is as it was.
    expect({ ...edited, fileEdits: [], outsideEdits: [] }).toEqual(record);
  });

  it('is written back as the team left it, and reads back without a new edit', () => {
    const edited = read(edit(file, sentence, prose));
    const again = writeAdr(edited, format);
    expect(again).toContain(prose);
    expect(read(again)).toEqual(edited);
  });

  it('edited again replaces the text for that revision and keeps Forkpoint’s original as the base', () => {
    const once = read(edit(file, sentence, prose));
    const twice = read(edit(writeAdr(once, format), 'the EU region is a must.', 'the EU region is a must, and so is SSO.'));
    expect(twice.outsideEdits).toHaveLength(1);
    expect(twice.outsideEdits[0]?.text).toContain('and so is SSO.');
    expect(twice.outsideEdits[0]?.base).toBe(once.outsideEdits[0]?.base);
    expect(twice.fileEdits.map((e) => e.kind)).toEqual(['text', 'text']);
  });
});

describe('a pull request that rewrites the prose wholesale', () => {
  it('keeps a real MADR body pasted over ours, and the metadata edited with it', () => {
    const foreign = readFileSync(new URL('./fixtures/madr4/0003-use-a-managed-queue.md', import.meta.url), 'utf8');
    const theirBody = foreign.slice(foreign.indexOf('## Context and Problem Statement')).trimEnd();
    const file = writeAdr(record, 'madr');
    const start = file.indexOf('## Context and Problem Statement');
    const end = file.indexOf('<!-- forkpoint-record');
    const pasted = `${edit(file.slice(0, start), 'status: proposed', 'status: accepted')}${theirBody}\n\n${file.slice(end)}`;
    const edited = read(pasted);
    expect(edited.status).toBe('accepted');
    expect(edited.outsideEdits[0]?.text).toBe(theirBody);
    expect(read(writeAdr(edited, 'adr-tools'))).toEqual(edited);
  });
});

describe('the fingerprint of the written text in the data block', () => {
  const file = writeAdr(record, 'madr');
  const sentence = 'Should we build Vector store for product search ourselves, or buy it?';
  const withoutHash = file.replace(/^(<!-- forkpoint-record v\d+) text:[0-9a-f]{16}:/m, '$1:');

  it('is written on the block’s first line', () => {
    expect(file).toMatch(/^<!-- forkpoint-record v\d+ text:[0-9a-f]{16}: /m);
    expect(withoutHash).not.toBe(file);
  });

  it('is not needed: a file written before it reads back unchanged, and an edit to its text is still seen', () => {
    expect(read(withoutHash)).toEqual(record);
    expect(read(withoutHash.replace(sentence, `${sentence} Edited.`)).outsideEdits).toHaveLength(1);
  });

  it('does not hide a text edit that leaves the metadata alone', () => {
    const edited = read(file.replace(sentence, `${sentence} Edited.`));
    expect(edited.fileEdits).toEqual([{ kind: 'text', at: AT, revision: 1 }]);
  });
});
