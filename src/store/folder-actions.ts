import { calendarDay } from '../domain/calendar-day';
import { detectFolderConvention } from '../domain/adr/file-name';
import { writeAdr } from '../domain/adr/write-adr';
import { readFolderFile, type FolderItem } from '../domain/folder/folder-item';
import { highestNumberIn, newFileName } from '../domain/folder/folder-naming';
import { fileNameOf, planRescan, type FileStamp } from '../domain/folder/folder-scan';
import { checkRecord } from '../domain/record/readable';
import { currentRevision, type DecisionRecord } from '../domain/record/record';
import { copyOf, recordFromSession } from '../domain/record/ops';
import { trashEntry } from '../domain/trash';
import { canOpenFolders, folderPermission, pickFolder, watchFolder } from '../storage/folder/folder-access';
import { fileListSource, handleSource, type FolderSource, type WritableFolder } from '../storage/folder/folder-source';
import type { RememberedFolder } from '../storage/folder-memory';
import { applyItems } from './folder-items';
import { getFolderSource, setFolderSource, useFolderStore } from './folder-store';
import { applySaved, getConnection, useRecordsStore } from './records-store';
import { useSessionStore } from './session-store';

const nowIso = () => new Date().toISOString();

/** The layout the folder's files already use (MADR 4, log4brains or adr-tools), so a new file matches them. */
function folderFormat() {
  const items = [...useFolderStore.getState().items.values()];
  return detectFolderConvention(items.map((item) => item.stamp.path), items.map((item) => item.text)).format;
}
let remembered: RememberedFolder | null = null;

const describe = (error: unknown) => (error instanceof Error || error instanceof DOMException ? error.message : String(error));
const writableSource = (): WritableFolder | null => {
  const open = getFolderSource();
  return open && 'create' in open ? (open as WritableFolder) : null;
};

/** On startup: the folder opened last time, reopened at once if the browser still grants access, else offered. */
export async function restoreFolder(): Promise<void> {
  const store = getConnection();
  if (!store || useFolderStore.getState().status.kind === 'open') return;
  const loaded = await store.loadRememberedFolder();
  if (!loaded.ok || !loaded.value) return;
  remembered = loaded.value;
  useFolderStore.setState({ status: { kind: 'remembered', name: remembered.name }, highestNumber: remembered.highestNumber });
  if ((await folderPermission(remembered.handle, false).catch(() => 'denied')) === 'granted') await openHandle(remembered.handle);
}

/** "Open a decisions folder": the browser's folder picker, read-write. */
export async function openFolder(): Promise<void> {
  if (!canOpenFolders()) return;
  try {
    const handle = await pickFolder();
    if (!handle) return;
    const same = remembered ? await remembered.handle.isSameEntry(handle) : false;
    if (!same) useFolderStore.setState({ highestNumber: 0 });
    await openHandle(handle);
  } catch (error) {
    useFolderStore.setState({ status: { kind: 'failed', message: `The folder could not be opened: ${describe(error)}` } });
  }
}

/** Reopens the remembered folder; must run from a click, which the permission prompt needs. */
export async function reopenFolder(): Promise<void> {
  if (!remembered) return;
  try {
    const permission = await folderPermission(remembered.handle, true);
    if (permission !== 'granted') {
      useFolderStore.setState({ notice: `Access to “${remembered.name}” was not granted, so it stays closed.` });
      return;
    }
    await openHandle(remembered.handle);
  } catch (error) {
    useFolderStore.setState({ status: { kind: 'failed', message: `“${remembered.name}” could not be reopened: ${describe(error)}` } });
  }
}

/** A folder read through `<input webkitdirectory>` (browsers without the File System Access API): read-only. */
export async function openFolderReadOnly(files: readonly File[]): Promise<void> {
  const folder = fileListSource(files);
  setFolderSource(folder, null);
  useFolderStore.setState({ status: { kind: 'open', name: folder.name, writable: false }, items: new Map(), entries: [], notice: null, conflict: null });
  await rescanFolder();
}

async function openHandle(handle: FileSystemDirectoryHandle): Promise<void> {
  const folder = handleSource(handle);
  setFolderSource(folder, watchFolder(handle, () => void rescanFolder()));
  useFolderStore.setState({ status: { kind: 'open', name: folder.name, writable: true }, items: new Map(), entries: [], notice: null, conflict: null });
  await rescanFolder();
  await remember(handle);
}

async function remember(handle: FileSystemDirectoryHandle): Promise<void> {
  remembered = { handle, name: handle.name, highestNumber: useFolderStore.getState().highestNumber };
  await getConnection()?.rememberFolder(remembered);
}

let scanning: Promise<void> | null = null;
let again = false;

/**
 * Reads what changed in the folder since the last scan (size and last-modified first,
 * content only for files that moved). Calls made while a scan runs fold into one more scan.
 */
export async function rescanFolder(): Promise<void> {
  if (scanning) {
    again = true;
    return scanning;
  }
  scanning = (async () => {
    do {
      again = false;
      await scanOnce();
    } while (again);
  })().finally(() => {
    scanning = null;
    useFolderStore.setState({ scanning: false });
  });
  return scanning;
}

async function scanOnce(): Promise<void> {
  const folder = getFolderSource();
  if (!folder) return;
  useFolderStore.setState({ scanning: true });
  let listed: FileStamp[];
  try {
    listed = await folder.list();
  } catch (error) {
    useFolderStore.setState({ notice: `The folder could not be read: ${describe(error)}` });
    return;
  }
  if (getFolderSource() !== folder) return;
  const { items } = useFolderStore.getState();
  const plan = planRescan(new Map([...items].map(([path, item]) => [path, item.stamp])), listed);
  const noteScan = () =>
    useFolderStore.setState((s) => ({ lastScan: { count: (s.lastScan?.count ?? 0) + 1, files: listed.length, read: plan.read.length, at: Date.now() } }));
  if (plan.read.length === 0 && plan.gone.length === 0) return noteScan();
  const next = new Map(items);
  for (const path of plan.gone) next.delete(path);
  // Read in parallel: 1,000 small files take one round of the event loop each otherwise.
  const read = await Promise.all(plan.read.map(async (path) => folder.read(path).catch(() => null)));
  for (const found of read) if (found) next.set(found.stamp.path, readFolderFile(found.text, found.stamp));
  if (getFolderSource() !== folder) return;
  await keepGoneRecords(plan.gone.flatMap((path) => items.get(path) ?? []), folder);
  applyItems(next);
  noteScan();
  const highest = Math.max(useFolderStore.getState().highestNumber, highestNumberIn(listed.map((s) => fileNameOf(s.path))));
  if (highest !== useFolderStore.getState().highestNumber) {
    useFolderStore.setState({ highestNumber: highest });
    if (remembered && 'handle' in folder) await remember((folder as WritableFolder).handle);
  }
}

/** A decision file deleted outside the app: its last-read record is kept in this browser's Trash. */
async function keepGoneRecords(gone: readonly FolderItem[], folder: FolderSource): Promise<void> {
  const records = gone.flatMap((item) => (item.kind === 'record' ? [item] : []));
  if (records.length === 0) return;
  const store = getConnection();
  for (const item of records) await store?.putInTrash(trashEntry(item.record, nowIso(), { kind: 'folder', folder: folder.name, path: item.stamp.path, text: item.text }));
  const names = records.map((item) => fileNameOf(item.stamp.path)).join(', ');
  useFolderStore.setState({
    notice: `${names} ${records.length === 1 ? 'was' : 'were'} deleted from the folder. ${store ? 'A copy is in this browser’s Trash for 30 days.' : ''}`.trim(),
  });
}

/** Writes a record as a new file, numbered after every number the folder has or had; never overwrites a file. */
export async function saveRecordToFolder(record: DecisionRecord): Promise<string | null> {
  const folder = writableSource();
  if (!folder) return null;
  const { items } = useFolderStore.getState();
  const present = [...items.values()].find((item) => item.kind === 'record' && item.record.id === record.id);
  if (present) {
    useFolderStore.setState({ notice: `This decision is in the folder already, as ${present.stamp.path}.` });
    return null;
  }
  const names = [...items.keys()].map(fileNameOf);
  const title = currentRevision(record).session.framing.componentName;
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      const { name, number } = newFileName(names, title, calendarDay(), useFolderStore.getState().highestNumber + attempt);
      const numbered = { ...record, number };
      // The write gate every save passes: nothing is written that a read would refuse.
      const checked = checkRecord(numbered);
      if (!checked.ok) {
        useFolderStore.setState({ notice: `Not written to the folder: ${checked.error}` });
        return null;
      }
      const text = writeAdr(numbered, folderFormat());
      if (await folder.create(name, text)) {
        useFolderStore.setState({ highestNumber: Math.max(useFolderStore.getState().highestNumber, number), notice: null });
        await remember(folder.handle);
        await rescanFolder();
        return name;
      }
    }
    useFolderStore.setState({ notice: 'No free file name was found in the folder: nothing was written.' });
  } catch (error) {
    useFolderStore.setState({ notice: `Not written to the folder: ${describe(error)}` });
  }
  return null;
}

/**
 * Replaces a folder record's file, only if the file is still what the change was
 * based on (`base`); otherwise nothing is written and the conflict is shown.
 */
export async function replaceFolderRecord(path: string, base: string, record: DecisionRecord): Promise<string | null> {
  const folder = writableSource();
  if (!folder) return null;
  const checked = checkRecord(record);
  if (!checked.ok) {
    useFolderStore.setState({ notice: `Not written to the folder: ${checked.error}` });
    return null;
  }
  try {
    const text = writeAdr(record, folderFormat());
    const disk = await folder.read(path);
    if (!disk || disk.text !== base) {
      useFolderStore.setState({ conflict: { path, base, disk: disk?.text ?? '', wanted: record } });
      await rescanFolder();
      return null;
    }
    const stamp = await folder.replace(path, text);
    const items = new Map(useFolderStore.getState().items);
    items.set(path, readFolderFile(text, stamp));
    applyItems(items);
    useFolderStore.setState({ conflict: null, notice: null });
    return text;
  } catch (error) {
    useFolderStore.setState({ notice: `Not written to the folder: ${describe(error)}` });
    return null;
  }
}

/** After a conflict: keep the file as it is on disk and show that. */
export async function reloadFromFolder(): Promise<void> {
  await rescanFolder();
  useFolderStore.setState((s) => ({ conflict: null, reloads: s.reloads + 1 }));
}

/** After a conflict: write the refused change as a new record in a new file, leaving the changed one alone. */
export async function saveConflictAsNewFile(): Promise<string | null> {
  const conflict = useFolderStore.getState().conflict;
  if (!conflict) return null;
  useFolderStore.setState({ conflict: null });
  return saveRecordToFolder(copyOf(conflict.wanted, nowIso()));
}

/**
 * Deletes a folder record's file, after keeping a copy in this browser's Trash.
 * A file changed on disk since it was read is not deleted: the change is shown instead.
 */
export async function deleteFolderRecord(path: string): Promise<boolean> {
  const folder = writableSource();
  const item = useFolderStore.getState().items.get(path);
  const store = getConnection();
  if (!folder || !store || item?.kind !== 'record') return false;
  const disk = await folder.read(path);
  if (disk && disk.text !== item.text) {
    useFolderStore.setState({ conflict: { path, base: item.text, disk: disk.text, wanted: item.record } });
    await rescanFolder();
    return false;
  }
  const kept = await store.putInTrash(trashEntry(item.record, nowIso(), { kind: 'folder', folder: folder.name, path, text: disk?.text ?? item.text }));
  if (!kept.ok) {
    useFolderStore.setState({ notice: `Not deleted: a copy could not be kept in the Trash (${kept.error}).` });
    return false;
  }
  try {
    if (disk) await folder.remove(path);
  } catch (error) {
    useFolderStore.setState({ notice: `The file could not be deleted: ${describe(error)}` });
    return false;
  }
  const items = new Map(useFolderStore.getState().items);
  items.delete(path);
  applyItems(items);
  useFolderStore.setState({ notice: `${fileNameOf(path)} was deleted from the folder. A copy is in this browser’s Trash for 30 days.` });
  return true;
}

/** "Copy to this browser": the folder record joins this browser's library (refused if it is there already). */
export async function copyFolderRecordToBrowser(path: string): Promise<string> {
  const item = useFolderStore.getState().items.get(path);
  const store = getConnection();
  if (item?.kind !== 'record' || !store) return 'Only decisions written by Forkpoint can be copied into this browser.';
  if (useRecordsStore.getState().records.has(item.record.id)) return 'This decision is in this browser’s library already.';
  const result = await store.save([{ record: { ...item.record, saveCount: 0 }, expected: 0 }]);
  if (result.kind === 'saved') {
    applySaved(result.records);
    return 'Copied to this browser’s library.';
  }
  return result.kind === 'failed' ? `Not copied (${result.failure}).` : 'This decision is in this browser’s library already.';
}

/** "Save to the folder" on the outcome screen: the session as a new record in a new file. */
export async function saveSessionToFolder(): Promise<string | null> {
  const session = useSessionStore.getState().session;
  return session ? saveRecordToFolder(recordFromSession(session, nowIso())) : null;
}

export function dismissFolderNotice(): void {
  useFolderStore.setState({ notice: null });
}

export { canOpenFolders };
