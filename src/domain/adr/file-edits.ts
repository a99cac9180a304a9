import { currentRevision, type DecisionRecord } from '../record/record';
import { outsideEditOf } from '../record/edited-outside';
import type { FileEdit, OutsideEdit, PeopleRole } from '../record/outside-edits';
import type { AdrMeta, WriteFormat } from './adr-file';
import type { Layout } from './read-layout';
import { readLayout } from './read-layout';
import { readFrontMatter } from './front-matter';
import { statusWord } from './md-text';
import { textHash } from './text-hash';
import { decisionMakersOf, statusAsWritten, writeAdr, type WriteOptions } from './write-adr';

const WRITTEN_AS: Record<Layout['format'], WriteFormat> = { madr: 'madr', 'madr-2': 'madr', log4brains: 'log4brains', 'adr-tools': 'adr-tools' };

const PEOPLE: readonly { role: PeopleRole; field: 'decisionMakers' | 'consulted' | 'informed' }[] = [
  { role: 'decision-makers', field: 'decisionMakers' },
  { role: 'consulted', field: 'consulted' },
  { role: 'informed', field: 'informed' },
];

/**
 * What the file says against what Forkpoint would write for the record: the
 * difference is the team's edit (a pull request changing the status, the date,
 * the people, the tags or the prose), and is applied as a dated change, never
 * refused. Edited prose is kept as the revision's text "edited outside Forkpoint".
 */
export function applyFileEdits(record: DecisionRecord, layout: Layout, now?: string, writtenHash?: string): DecisionRecord {
  const format = WRITTEN_AS[layout.format];
  // The body as written, when the data block's fingerprint says so; otherwise it is compared in full below.
  const sameText = writtenHash !== undefined && textHash(layout.body) === writtenHash;
  // A file stating the record's own metadata, with its text as written, holds no edit: only the others are compared
  // with what Forkpoint would write, which takes writing and re-reading the file (~0.4 ms for the metadata alone).
  if (sameText && statesOwnMetadata(record, layout.meta, format)) return record;
  const expected = readBack(record, format, { metadataOnly: true });
  if (!expected) return record;
  const at = now ?? (layout.meta.date ? `${layout.meta.date}T00:00:00.000Z` : record.updatedAt);
  const { meta } = layout;
  let next = record;
  const edits: FileEdit[] = [];
  const status = statusWord(meta.status);
  if (status && status !== statusWord(expected.meta.status) && status !== record.status) {
    next = { ...next, status, statusHistory: [...next.statusHistory, { status, at, note: 'from the file' }] };
  }
  if (meta.date && meta.date !== expected.meta.date) {
    next = { ...next, date: meta.date };
    edits.push({ kind: 'date', at, date: meta.date });
  }
  for (const { role, field } of PEOPLE) {
    const names = [...meta[field]];
    if (sameList(names, expected.meta[field])) continue;
    next = field === 'decisionMakers' ? { ...next, decisionMakers: names } : field === 'consulted' ? { ...next, consulted: names } : { ...next, informed: names };
    edits.push({ kind: 'people', at, role, names });
  }
  if (!sameList(meta.tags, expected.meta.tags)) {
    next = { ...next, tags: [...meta.tags] };
    edits.push({ kind: 'tags', at, tags: [...meta.tags] });
  }
  // Against the text Forkpoint wrote for the record as it was: a metadata edit changes what it would write now (tags, history).
  const outside = sameText ? null : textEdit(record, layout.body, format, at);
  if (outside) {
    next = { ...next, outsideEdits: outside };
    edits.push({ kind: 'text', at, revision: currentRevision(record).number });
  }
  return edits.length ? { ...next, fileEdits: [...next.fileEdits, ...edits] } : next;
}

/**
 * Prose edited outside Forkpoint: a body that is not what Forkpoint wrote for the
 * record becomes the current revision's outside edit (replacing an earlier one for
 * that revision, whose base, Forkpoint's own text, it keeps). Null: not edited.
 */
function textEdit(record: DecisionRecord, body: string, format: WriteFormat, at: string): OutsideEdit[] | null {
  const written = readBack(record, format, { withoutData: true });
  if (!written || written.body === body) return null;
  const revision = currentRevision(record).number;
  const base = outsideEditOf(record)?.base ?? written.body;
  return [...record.outsideEdits.filter((edit) => edit.revision !== revision), { revision, at, base, text: body }];
}

/** The file Forkpoint would write for this record (in part), read back the same way as the file. */
function readBack(record: DecisionRecord, format: WriteFormat, part: WriteOptions): Layout | null {
  // Split as readAdr splits the file, so a text holding a \r\n reads back the same.
  const lines = writeAdr(record, format, part).split(/\r?\n/);
  const front = readFrontMatter(lines);
  if (!front.ok) return null;
  const layout = readLayout(lines, front.value.bodyStart, front.value.values, `${record.number ?? 0}.md`);
  return layout.ok ? layout.value : null;
}

/**
 * The file's metadata is the record's own, as Forkpoint writes it in this layout (status word, date, people, tags):
 * a draft's MADR file says "proposed", which is no edit.
 */
function statesOwnMetadata(record: DecisionRecord, meta: AdrMeta, format: WriteFormat): boolean {
  const status = statusWord(meta.status);
  return (
    (status === null || status === record.status || status === statusWord(statusAsWritten(record, format))) &&
    meta.date === (record.date ?? record.updatedAt.slice(0, 10)) &&
    sameList(meta.decisionMakers, asRead(decisionMakersOf(record))) &&
    sameList(meta.consulted, asRead(record.consulted)) &&
    sameList(meta.informed, asRead(record.informed)) &&
    sameList(meta.tags, asRead(record.tags))
  );
}

/** A list as a reader gives it back in the common case (trimmed, no empty entries); any other difference takes the full comparison. */
const asRead = (list: readonly string[]) => list.map((item) => item.trim()).filter(Boolean);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
