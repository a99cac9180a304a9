import type { DecisionRecord } from '../record/record';
import type { AdrMeta, WriteFormat } from './adr-file';
import type { Layout } from './read-layout';
import { readLayout } from './read-layout';
import { readFrontMatter } from './front-matter';
import { statusWord } from './md-text';
import { writeAdr } from './write-adr';

const WRITTEN_AS: Record<Layout['format'], WriteFormat> = { madr: 'madr', 'madr-2': 'madr', log4brains: 'log4brains', 'adr-tools': 'adr-tools' };

/**
 * What the file says against what Forkpoint would write for the record: the
 * difference is the team's edit (a pull request changing the status, say), and is
 * applied as a dated change, never refused.
 */
export function applyFileEdits(record: DecisionRecord, layout: Layout, now?: string): DecisionRecord {
  const status = statusWord(layout.meta.status);
  // A file stating the record's own status and tags holds no edit: only the others are compared with
  // what Forkpoint would write, which takes writing and re-reading the metadata (~0.4 ms a file).
  if ((status === null || status === record.status) && sameList(layout.meta.tags, record.tags)) return record;
  const expected = expectedMeta(record, WRITTEN_AS[layout.format]);
  if (!expected) return record;
  const at = now ?? (layout.meta.date ? `${layout.meta.date}T00:00:00.000Z` : record.updatedAt);
  let next = record;
  if (status && status !== statusWord(expected.status) && status !== record.status) {
    next = { ...next, status, statusHistory: [...next.statusHistory, { status, at, note: 'from the file' }] };
  }
  if (!sameList(layout.meta.tags, expected.tags)) next = { ...next, tags: [...layout.meta.tags] };
  return next;
}

/** The metadata of the file Forkpoint would write for this record, read back the same way. */
function expectedMeta(record: DecisionRecord, format: WriteFormat): AdrMeta | null {
  const lines = writeAdr(record, format, { metadataOnly: true }).split('\n');
  const front = readFrontMatter(lines);
  if (!front.ok) return null;
  const layout = readLayout(lines, front.value.bodyStart, front.value.values, `${record.number ?? 0}.md`);
  return layout.ok ? layout.value.meta : null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
