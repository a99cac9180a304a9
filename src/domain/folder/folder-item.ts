import { recordFromMarkdown } from '../export/from-markdown';
import type { DecisionRecord } from '../record/record';
import type { AdrFile } from './foreign-adr';
import type { FileStamp } from './folder-scan';

/** One decision file of an opened folder, as read. `text` is kept to detect edits made outside. */
export type FolderItem =
  /** A file Forkpoint wrote: the full record, editable. */
  | { readonly kind: 'record'; readonly stamp: FileStamp; readonly text: string; readonly record: DecisionRecord }
  /** An ADR written by another tool (or by hand): listed and shown, read-only. */
  | { readonly kind: 'foreign'; readonly stamp: FileStamp; readonly text: string; readonly adr: AdrFile }
  /** A Markdown file that holds no decision we can read: listed with why. */
  | { readonly kind: 'refused'; readonly stamp: FileStamp; readonly text: string; readonly message: string };

/**
 * Reads one folder file; never throws. Only files Forkpoint wrote are read for now:
 * another tool's ADR is listed as not read, with why, until the ADR reader (src/domain/adr) lands.
 */
export async function readFolderFile(text: string, stamp: FileStamp): Promise<FolderItem> {
  const ours = await recordFromMarkdown(text, stamp.path);
  if (ours.ok) return { kind: 'record', stamp, text, record: ours.value };
  return { kind: 'refused', stamp, text, message: ours.error[0]?.message ?? 'This file holds no decision Forkpoint can read.' };
}
