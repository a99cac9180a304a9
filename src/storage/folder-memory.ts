import * as z from 'zod/mini';
import { FolderFormatChoiceSchema, FOLLOW_THE_FOLDER } from '../domain/folder/folder-format-choice';
import { err, ok } from '../domain/result';
import { completion, request } from './idb-promises';
import { STORES } from './schema';
import { classifyStorageError, type ReadResult, type WriteResult } from './storage-errors';

const isDirectoryHandle = (value: unknown): value is FileSystemDirectoryHandle =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'directory' && typeof (value as { getFileHandle?: unknown }).getFileHandle === 'function';

/** The decisions folder this browser opened last, so the next visit reopens it with one click. */
export const RememberedFolderSchema = z.object({
  handle: z.custom<FileSystemDirectoryHandle>(isDirectoryHandle),
  name: z.string(),
  /** The highest number any file in it ever had while we watched: never handed out again. */
  highestNumber: z.number().check(z.int(), z.gte(0)),
  /** The layout and naming chosen for new files; a folder remembered before there was a choice, or an unreadable one, follows its files. */
  format: z.catch(FolderFormatChoiceSchema, FOLLOW_THE_FOLDER),
});
export type RememberedFolder = z.infer<typeof RememberedFolderSchema>;

const KEY = 'current';

export async function loadRememberedFolder(db: IDBDatabase): Promise<ReadResult<RememberedFolder | null>> {
  try {
    const raw: unknown = await request(db.transaction(STORES.folders, 'readonly').objectStore(STORES.folders).get(KEY));
    const parsed = RememberedFolderSchema.safeParse(raw);
    return ok(parsed.success ? parsed.data : null);
  } catch (error) {
    return err(classifyStorageError(error));
  }
}

export async function rememberFolder(db: IDBDatabase, folder: RememberedFolder | null): Promise<WriteResult> {
  try {
    const tx = db.transaction(STORES.folders, 'readwrite');
    const done = completion(tx);
    if (folder) tx.objectStore(STORES.folders).put(folder, KEY);
    else tx.objectStore(STORES.folders).delete(KEY);
    await done;
    return ok();
  } catch (error) {
    return err(classifyStorageError(error));
  }
}
