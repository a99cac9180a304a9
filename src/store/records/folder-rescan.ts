import { folderEntry } from '../../domain/folder/folder-entry';
import { readFolderFile, type FolderItem } from '../../domain/folder/folder-item';
import { highestNumberIn } from '../../domain/folder/folder-naming';
import { fileNameOf, planRescan, type FileStamp } from '../../domain/folder/folder-scan';
import type { LibraryEntry } from '../../domain/record/query';
import { trashEntry } from '../../domain/trash';
import type { FolderSource, WritableFolder } from '../../storage/folder/folder-source';
import { nowIso, type RecordsContext } from './context';
import { describeError as describe, remember } from './folder-source';

/**
 * Reads what changed in the folder since the last scan (size and last-modified first,
 * content only for files that moved). Calls made while a scan runs fold into one more scan.
 */
export async function rescanFolder(ctx: RecordsContext): Promise<void> {
  if (ctx.opened.scanning) {
    ctx.opened.again = true;
    return ctx.opened.scanning;
  }
  ctx.opened.scanning = (async () => {
    do {
      ctx.opened.again = false;
      await scanOnce(ctx);
    } while (ctx.opened.again);
  })().finally(() => {
    ctx.opened.scanning = null;
    ctx.folder.setState({ scanning: false });
  });
  return ctx.opened.scanning;
}

/** Files read and parsed between two chances for the page to paint (and, on the first, to show rows). */
const READ_BATCH = 100;

async function scanOnce(ctx: RecordsContext): Promise<void> {
  const folder = ctx.opened.source;
  if (!folder) return;
  ctx.folder.setState({ scanning: true });
  let listed: FileStamp[];
  try {
    listed = await folder.list();
  } catch (error) {
    ctx.folder.setState({ notice: `The folder could not be read: ${describe(error)}` });
    return;
  }
  if (ctx.opened.source !== folder) return;
  const { items } = ctx.folder.getState();
  const plan = planRescan(new Map([...items].map(([path, item]) => [path, item.stamp])), listed);
  const noteScan = () =>
    ctx.folder.setState((s) => ({ lastScan: { count: (s.lastScan?.count ?? 0) + 1, files: listed.length, read: plan.read.length, at: Date.now() } }));
  if (plan.read.length === 0 && plan.gone.length === 0) return noteScan();
  const next = new Map(items);
  // Parsing takes about a millisecond a file: a large folder is read a batch at a time, so
  // the first rows show after the first batch and the page stays responsive in between.
  for (let start = 0; start < plan.read.length; start += READ_BATCH) {
    // Read in parallel: 1,000 small files take one round of the event loop each otherwise.
    const read = await Promise.all(plan.read.slice(start, start + READ_BATCH).map(async (path) => folder.read(path).catch(() => null)));
    if (ctx.opened.source !== folder) return;
    for (const found of read) if (found) next.set(found.stamp.path, readFolderFile(found.text, found.stamp));
    if (start === 0 && plan.read.length > READ_BATCH) applyItems(ctx, new Map(next));
  }
  for (const path of plan.gone) next.delete(path);
  await keepGoneRecords(ctx, plan.gone.flatMap((path) => items.get(path) ?? []), folder);
  applyItems(ctx, next);
  noteScan();
  const highest = Math.max(ctx.folder.getState().highestNumber, highestNumberIn(listed.map((s) => fileNameOf(s.path))));
  if (highest !== ctx.folder.getState().highestNumber) {
    ctx.folder.setState({ highestNumber: highest });
    if (ctx.opened.remembered && 'handle' in folder) await remember(ctx, (folder as WritableFolder).handle);
  }
}

/** A decision file deleted outside the app: its last-read record is kept in this browser's Trash. */
async function keepGoneRecords(ctx: RecordsContext, gone: readonly FolderItem[], folder: FolderSource): Promise<void> {
  const records = gone.flatMap((item) => (item.kind === 'record' ? [item] : []));
  if (records.length === 0) return;
  const store = ctx.connection;
  for (const item of records) await store?.putInTrash(trashEntry(item.record, nowIso(), { kind: 'folder', folder: folder.name, path: item.stamp.path, text: item.text }));
  const names = records.map((item) => fileNameOf(item.stamp.path)).join(', ');
  ctx.folder.setState({
    notice: `${names} ${records.length === 1 ? 'was' : 'were'} deleted from the folder. ${store ? 'A copy is in this browser’s Trash for 30 days.' : ''}`.trim(),
  });
}

function entryOf(ctx: RecordsContext, item: FolderItem): LibraryEntry | null {
  if (!ctx.folderEntryCache.has(item)) ctx.folderEntryCache.set(item, folderEntry(item));
  return ctx.folderEntryCache.get(item) ?? null;
}

/** Replaces the folder's items, reusing the entries of files that did not change. */
export function applyItems(ctx: RecordsContext, items: ReadonlyMap<string, FolderItem>): void {
  const entries = [...items.values()].flatMap((item) => entryOf(ctx, item) ?? []);
  ctx.folder.setState({ items, entries });
}
