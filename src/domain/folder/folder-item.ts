import { readAdr } from '../adr/read-adr';
import type { AdrFile } from '../adr/adr-file';
import type { DecisionRecord } from '../record/record';
import type { FileStamp } from './folder-scan';

/** One decision file of an opened folder, as read. `text` is kept to detect edits made outside. */
export type FolderItem =
  /** A file Forkpoint wrote: the full record (with the edits made to the file applied), editable. */
  | { readonly kind: 'record'; readonly stamp: FileStamp; readonly text: string; readonly record: DecisionRecord; readonly adr: AdrFile }
  /** An ADR written by another tool (or by hand): listed and shown, read-only. */
  | { readonly kind: 'foreign'; readonly stamp: FileStamp; readonly text: string; readonly adr: AdrFile }
  /** A Markdown file that holds no decision we can read: listed with why. */
  | { readonly kind: 'refused'; readonly stamp: FileStamp; readonly text: string; readonly message: string };

/** Reads one folder file with the ADR reader, whatever tool wrote it; never throws. */
export function readFolderFile(text: string, stamp: FileStamp): FolderItem {
  const read = readAdr(text, stamp.path, { now: new Date(stamp.lastModified).toISOString() });
  if (!read.ok) return { kind: 'refused', stamp, text, message: read.error.line ? `Line ${read.error.line}: ${read.error.message}` : read.error.message };
  const { record } = read.value;
  return record ? { kind: 'record', stamp, text, record, adr: read.value } : { kind: 'foreign', stamp, text, adr: read.value };
}
