import type { RecordId } from '../../domain/record/record';
import { byCodeUnit } from '../../domain/code-unit-order';
import { readFolderFile } from '../../domain/folder/folder-item';
import type { WritableFolder } from '../../storage/folder/folder-source';
import { nowIso, type RecordsContext } from './context';
import { applyItems } from './folder-rescan';
import { applyRemoved, applySaved, wholeRecords } from './library';

/** Reads the Trash, purging first what has waited 30 days. */
export async function loadTrash(ctx: RecordsContext): Promise<void> {
  const store = ctx.connection;
  if (!store) return;
  await store.purgeTrash(nowIso());
  const listed = await store.listTrash();
  if (listed.ok) ctx.trash.setState({ entries: listed.value.sort((a, b) => byCodeUnit(b.deletedAt, a.deletedAt)), loaded: true });
}

/** Moves a browser record to the Trash; refused (with why) if another tab changed it meanwhile. */
export async function deleteBrowserRecord(ctx: RecordsContext, id: RecordId): Promise<boolean> {
  const store = ctx.connection;
  const record = (await wholeRecords(ctx, [id])).get(id);
  if (!store || !record) return false;
  const result = await store.moveToTrash(id, record.saveCount, nowIso());
  switch (result.kind) {
    case 'trashed':
      applyRemoved(ctx, [id]);
      ctx.trash.setState((s) => ({ entries: [result.entry, ...s.entries.filter((e) => e.record.id !== id)], notice: null }));
      return true;
    case 'conflict':
      ctx.records.setState({ notice: 'Another tab changed this decision a moment ago, so it was not deleted. Check its latest version first.' });
      return false;
    case 'quarantined':
      ctx.records.setState({ notice: 'The stored copy of this decision could not be read, so it was left untouched.' });
      return false;
    case 'refused':
      ctx.records.setState({ notice: `Not deleted: ${result.reason}` });
      return false;
    case 'failed':
      ctx.records.setState({ notice: `Not deleted (${result.failure}).` });
      return false;
  }
}

/**
 * Restores a Trash entry where it came from: a folder record back into its folder
 * when that folder is open (as a new file if the name was taken since), anything
 * else into this browser's library. A record whose id is in the library already is refused.
 */
export async function restoreFromTrash(ctx: RecordsContext, id: RecordId): Promise<boolean> {
  const store = ctx.connection;
  const entry = ctx.trash.getState().entries.find((e) => e.record.id === id);
  if (!store || !entry) return false;
  const folder = ctx.opened.source;
  const backToFolder = entry.origin.kind === 'folder' && folder?.writable === true && folder.name === entry.origin.folder;
  if (backToFolder && entry.origin.kind === 'folder') {
    const writable = folder as WritableFolder;
    if (!(await writable.create(entry.origin.path, entry.origin.text))) {
      ctx.trash.setState({ notice: `${entry.origin.path} exists again in the folder, so the deleted copy stays in the Trash.` });
      return false;
    }
    const read = await writable.read(entry.origin.path);
    if (read) applyItems(ctx, new Map(ctx.folder.getState().items).set(read.stamp.path, readFolderFile(read.text, read.stamp)));
  }
  const result = await store.takeFromTrash(id, !backToFolder);
  if (result.kind !== 'saved') {
    ctx.trash.setState({
      notice:
        result.kind === 'failed'
          ? `Not restored (${result.failure}).`
          : result.kind === 'refused'
            ? `Not restored: ${result.reason}`
            : 'A decision with this id is in the library already, so the deleted copy stays in the Trash.',
    });
    return false;
  }
  applySaved(ctx, result.records);
  const where = backToFolder && entry.origin.kind === 'folder' ? `to ${entry.origin.path} in the folder` : 'to this browser’s library';
  ctx.trash.setState((s) => ({ entries: s.entries.filter((e) => e.record.id !== id), notice: `Restored ${where}.` }));
  return true;
}
