import { assertNever } from '../assert-never';
import type { RecordId, Status } from '../record/record';
import { toLibraryEntry, type LibraryEntry } from '../record/query';
import { SUMMARY_VERSION } from '../record/summary';
import type { AdrFile } from '../adr/adr-file';
import { statusWord } from '../adr/md-text';
import { categoryOf, type FileStamp } from './folder-scan';
import type { FolderItem } from './folder-item';

/** The library entry of a folder file; null for a file that holds no decision. */
export function folderEntry(item: FolderItem): LibraryEntry | null {
  const { path } = item.stamp;
  switch (item.kind) {
    case 'record':
      return toLibraryEntry(item.record, { kind: 'folder', path, category: categoryOf(path), foreign: false });
    case 'foreign':
      return foreignEntry(item.adr, item.stamp);
    case 'refused':
      return null;
    default:
      return assertNever(item, 'folder item');
  }
}

/** Our status for a status as another tool wrote it; a file that states none, or a word we do not know, counts as proposed. */
export function statusOf(text: string | undefined): Status {
  return statusWord(text) ?? 'proposed';
}

function foreignEntry(adr: AdrFile, stamp: FileStamp): LibraryEntry {
  const { meta, body } = adr;
  const modified = new Date(stamp.lastModified).toISOString();
  const texts = [meta.title, ...meta.decisionMakers, ...meta.tags, body].filter((t) => t.trim() !== '');
  return {
    key: `folder:${stamp.path}`,
    origin: { kind: 'folder', path: stamp.path, category: categoryOf(stamp.path), foreign: true },
    id: `folder:${stamp.path}` as RecordId,
    summaryVersion: SUMMARY_VERSION,
    saveCount: 0,
    number: meta.number ?? null,
    component: meta.title,
    outcome: null,
    adopted: '',
    status: statusOf(meta.status),
    profile: null,
    tags: [...meta.tags],
    date: meta.date ?? modified.slice(0, 10),
    revisitBy: meta.revisitBy ?? '',
    revisions: 1,
    editedOutside: false,
    updatedAt: modified,
    texts,
    haystack: texts.join('\n').toLowerCase(),
  };
}
