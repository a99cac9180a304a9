import { writtenAs } from '../../domain/adr/adr-file';
import { writeAdr } from '../../domain/adr/write-adr';
import { calendarDay } from '../../domain/calendar-day';
import { conventionOfItems, newFileFormat, type NewFileFormat } from '../../domain/folder/folder-format';
import { readFolderFile } from '../../domain/folder/folder-item';
import { newFileName } from '../../domain/folder/folder-naming';
import { fileNameOf } from '../../domain/folder/folder-scan';
import { copyOf, recordFromSession } from '../../domain/record/ops';
import { checkRecord } from '../../domain/record/readable';
import { currentRevision, type DecisionRecord } from '../../domain/record/record';
import { trashEntry } from '../../domain/trash';
import { nowIso, type RecordsContext } from './context';
import { applyItems, rescanFolder } from './folder-rescan';
import { describeError as describe, remember, writableSource } from './folder-source';
import { applySaved } from './library';

/** A new file's layout and naming: the team's choice, else what the folder's files already use. */
function folderFormat(ctx: RecordsContext): NewFileFormat {
  const { items, format } = ctx.folder.getState();
  return newFileFormat(conventionOfItems(items.values()), format);
}

/** Writes a record as a new file, numbered after every number the folder has or had; never overwrites a file. */
export async function saveRecordToFolder(ctx: RecordsContext, record: DecisionRecord): Promise<string | null> {
  const folder = writableSource(ctx);
  if (!folder) return null;
  const { items } = ctx.folder.getState();
  const present = [...items.values()].find((item) => item.kind === 'record' && item.record.id === record.id);
  if (present) {
    ctx.folder.setState({ notice: `This decision is in the folder already, as ${present.stamp.path}.` });
    return null;
  }
  const names = [...items.keys()].map(fileNameOf);
  const title = currentRevision(record).session.framing.componentName;
  const format = folderFormat(ctx);
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      const { name, number } = newFileName(names, title, calendarDay(), ctx.folder.getState().highestNumber + attempt, format.naming);
      const numbered = { ...record, number };
      // The write gate every save passes: nothing is written that a read would refuse.
      const checked = checkRecord(numbered);
      if (!checked.ok) {
        ctx.folder.setState({ notice: `Not written to the folder: ${checked.error}` });
        return null;
      }
      const text = writeAdr(numbered, format.layout);
      if (await folder.create(name, text)) {
        ctx.folder.setState({ highestNumber: Math.max(ctx.folder.getState().highestNumber, number), notice: null });
        await remember(ctx, folder.handle);
        await rescanFolder(ctx);
        return name;
      }
    }
    ctx.folder.setState({ notice: 'No free file name was found in the folder: nothing was written.' });
  } catch (error) {
    ctx.folder.setState({ notice: `Not written to the folder: ${describe(error)}` });
  }
  return null;
}

/**
 * Replaces a folder record's file, only if the file is still what the change was
 * based on (`base`); otherwise nothing is written and the conflict is shown.
 */
export async function replaceFolderRecord(ctx: RecordsContext, path: string, base: string, record: DecisionRecord): Promise<string | null> {
  const folder = writableSource(ctx);
  if (!folder) return null;
  const checked = checkRecord(record);
  if (!checked.ok) {
    ctx.folder.setState({ notice: `Not written to the folder: ${checked.error}` });
    return null;
  }
  try {
    // A file keeps the layout it has; only new files follow the folder's format.
    const item = ctx.folder.getState().items.get(path);
    const text = writeAdr(record, item && item.kind !== 'refused' ? writtenAs(item.adr.format) : folderFormat(ctx).layout);
    const disk = await folder.read(path);
    if (!disk || disk.text !== base) {
      ctx.folder.setState({ conflict: { path, base, disk: disk?.text ?? '', wanted: record } });
      await rescanFolder(ctx);
      return null;
    }
    const stamp = await folder.replace(path, text);
    const items = new Map(ctx.folder.getState().items);
    items.set(path, readFolderFile(text, stamp));
    applyItems(ctx, items);
    ctx.folder.setState({ conflict: null, notice: null });
    return text;
  } catch (error) {
    ctx.folder.setState({ notice: `Not written to the folder: ${describe(error)}` });
    return null;
  }
}

/** After a conflict: keep the file as it is on disk and show that. */
export async function reloadFromFolder(ctx: RecordsContext): Promise<void> {
  await rescanFolder(ctx);
  ctx.folder.setState((s) => ({ conflict: null, reloads: s.reloads + 1 }));
}

/** After a conflict: write the refused change as a new record in a new file, leaving the changed one alone. */
export async function saveConflictAsNewFile(ctx: RecordsContext): Promise<string | null> {
  const conflict = ctx.folder.getState().conflict;
  if (!conflict) return null;
  ctx.folder.setState({ conflict: null });
  return saveRecordToFolder(ctx, copyOf(conflict.wanted, nowIso()));
}

/**
 * Deletes a folder record's file, after keeping a copy in this browser's Trash.
 * A file changed on disk since it was read is not deleted: the change is shown instead.
 */
export async function deleteFolderRecord(ctx: RecordsContext, path: string): Promise<boolean> {
  const folder = writableSource(ctx);
  const item = ctx.folder.getState().items.get(path);
  const store = ctx.connection;
  if (!folder || !store || item?.kind !== 'record') return false;
  const disk = await folder.read(path);
  if (disk && disk.text !== item.text) {
    ctx.folder.setState({ conflict: { path, base: item.text, disk: disk.text, wanted: item.record } });
    await rescanFolder(ctx);
    return false;
  }
  const kept = await store.putInTrash(trashEntry(item.record, nowIso(), { kind: 'folder', folder: folder.name, path, text: disk?.text ?? item.text }));
  if (!kept.ok) {
    ctx.folder.setState({ notice: `Not deleted: a copy could not be kept in the Trash (${kept.error}).` });
    return false;
  }
  try {
    if (disk) await folder.remove(path);
  } catch (error) {
    ctx.folder.setState({ notice: `The file could not be deleted: ${describe(error)}` });
    return false;
  }
  const items = new Map(ctx.folder.getState().items);
  items.delete(path);
  applyItems(ctx, items);
  ctx.folder.setState({ notice: `${fileNameOf(path)} was deleted from the folder. A copy is in this browser’s Trash for 30 days.` });
  return true;
}

/** "Copy to this browser": the folder record joins this browser's library (refused if it is there already). */
export async function copyFolderRecordToBrowser(ctx: RecordsContext, path: string): Promise<string> {
  const item = ctx.folder.getState().items.get(path);
  const store = ctx.connection;
  if (item?.kind !== 'record' || !store) return 'Only decisions written by Forkpoint can be copied into this browser.';
  if (ctx.records.getState().entries.some((e) => e.id === item.record.id)) return 'This decision is in this browser’s library already.';
  const result = await store.save([{ record: { ...item.record, saveCount: 0 }, expected: 0 }]);
  if (result.kind === 'saved') {
    applySaved(ctx, result.records);
    return 'Copied to this browser’s library.';
  }
  return result.kind === 'failed' ? `Not copied (${result.failure}).` : 'This decision is in this browser’s library already.';
}

/** "Save to the folder" on the outcome screen: the session as a new record in a new file. */
export async function saveSessionToFolder(ctx: RecordsContext): Promise<string | null> {
  const session = ctx.deps.session.getState().session;
  return session ? saveRecordToFolder(ctx, recordFromSession(session, nowIso())) : null;
}

