import type { FolderFormatChoice } from '../../domain/folder/folder-format-choice';
import type { WritableFolder } from '../../storage/folder/folder-source';
import type { FolderSource } from '../../storage/folder/folder-source';
import type { RecordsContext } from './context';

/** Makes `next` the open folder, and stops watching the one before. */
export function setFolderSource(ctx: RecordsContext, next: FolderSource | null, stop: (() => void) | null): void {
  ctx.opened.stopWatching?.();
  ctx.opened.source = next;
  ctx.opened.stopWatching = stop;
}

/** The open folder when it can be written (opened through the folder picker, not read from a file list). */
export function writableSource(ctx: RecordsContext): WritableFolder | null {
  const open = ctx.opened.source;
  return open && 'create' in open ? (open as WritableFolder) : null;
}

/** Remembers the folder (handle, name, highest number, format of new files) in browser storage, for the next visit. */
export async function remember(ctx: RecordsContext, handle: FileSystemDirectoryHandle): Promise<void> {
  const { highestNumber, format } = ctx.folder.getState();
  ctx.opened.remembered = { handle, name: handle.name, highestNumber, format };
  await ctx.connection?.rememberFolder(ctx.opened.remembered);
}

/** The team's choice of layout and naming for new files in the open folder, remembered with it. */
export async function chooseFolderFormat(ctx: RecordsContext, format: FolderFormatChoice): Promise<void> {
  ctx.folder.setState({ format });
  const folder = writableSource(ctx);
  if (folder) await remember(ctx, folder.handle);
}

export const describeError = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.message : String(error));
