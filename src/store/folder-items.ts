import { folderEntry } from '../domain/folder/folder-entry';
import type { FolderItem } from '../domain/folder/folder-item';
import type { LibraryEntry } from '../domain/record/query';
import { useFolderStore } from './folder-store';

const entryCache = new WeakMap<FolderItem, LibraryEntry | null>();
function entryOf(item: FolderItem): LibraryEntry | null {
  if (!entryCache.has(item)) entryCache.set(item, folderEntry(item));
  return entryCache.get(item) ?? null;
}

/** Replaces the folder's items, reusing the entries of files that did not change. */
export function applyItems(items: ReadonlyMap<string, FolderItem>): void {
  const entries = [...items.values()].flatMap((item) => entryOf(item) ?? []);
  useFolderStore.setState({ items, entries });
}
