import { FOLLOW_THE_FOLDER } from '../../domain/folder/folder-format-choice';
import { canOpenFolders, folderPermission, pickFolder, watchFolder } from '../../storage/folder/folder-access';
import { fileListSource, handleSource } from '../../storage/folder/folder-source';
import type { RememberedFolder } from '../../storage/folder-memory';
import type { RecordsContext } from './context';
import { rescanFolder } from './folder-rescan';
import { describeError as describe, remember, setFolderSource } from './folder-source';

/**
 * On startup: the folder opened last time (read from storage by the caller, which loads
 * this module only when there is one), reopened at once if the browser still grants
 * access, else offered.
 */
export async function restoreFolder(ctx: RecordsContext, remembered: RememberedFolder): Promise<void> {
  if (ctx.folder.getState().status.kind === 'open') return;
  ctx.opened.remembered = remembered;
  const { name, highestNumber, format } = ctx.opened.remembered;
  ctx.folder.setState({ status: { kind: 'remembered', name }, highestNumber, format });
  if ((await folderPermission(ctx.opened.remembered.handle, false).catch(() => 'denied')) === 'granted') await openHandle(ctx, ctx.opened.remembered.handle);
}

/** "Open a decisions folder": the browser's folder picker, read-write. */
export async function openFolder(ctx: RecordsContext): Promise<void> {
  if (!canOpenFolders()) return;
  try {
    const handle = await pickFolder();
    if (!handle) return;
    const same = ctx.opened.remembered ? await ctx.opened.remembered.handle.isSameEntry(handle) : false;
    if (!same) ctx.folder.setState({ highestNumber: 0, format: FOLLOW_THE_FOLDER });
    await openHandle(ctx, handle);
  } catch (error) {
    ctx.folder.setState({ status: { kind: 'failed', message: `The folder could not be opened: ${describe(error)}` } });
  }
}

/** Reopens the remembered folder; must run from a click, which the permission prompt needs. */
export async function reopenFolder(ctx: RecordsContext): Promise<void> {
  if (!ctx.opened.remembered) return;
  try {
    const permission = await folderPermission(ctx.opened.remembered.handle, true);
    if (permission !== 'granted') {
      ctx.folder.setState({ notice: `Access to “${ctx.opened.remembered.name}” was not granted, so it stays closed.` });
      return;
    }
    await openHandle(ctx, ctx.opened.remembered.handle);
  } catch (error) {
    ctx.folder.setState({ status: { kind: 'failed', message: `“${ctx.opened.remembered.name}” could not be reopened: ${describe(error)}` } });
  }
}

/** A folder read through `<input webkitdirectory>` (browsers without the File System Access API): read-only. */
export async function openFolderReadOnly(ctx: RecordsContext, files: readonly File[]): Promise<void> {
  const folder = fileListSource(files);
  setFolderSource(ctx, folder, null);
  ctx.folder.setState({ status: { kind: 'open', name: folder.name, writable: false }, items: new Map(), entries: [], notice: null, conflict: null });
  await rescanFolder(ctx);
}

async function openHandle(ctx: RecordsContext, handle: FileSystemDirectoryHandle): Promise<void> {
  const folder = handleSource(handle);
  setFolderSource(ctx, folder, watchFolder(handle, () => void rescanFolder(ctx)));
  ctx.folder.setState({ status: { kind: 'open', name: folder.name, writable: true }, items: new Map(), entries: [], notice: null, conflict: null });
  await rescanFolder(ctx);
  await remember(ctx, handle);
}

