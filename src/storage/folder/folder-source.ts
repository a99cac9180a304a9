import { isDecisionFileName, type FileStamp } from '../../domain/folder/folder-scan';

/** A folder of decision files, read through the File System Access API or a read-only file list. */
export interface FolderSource {
  readonly name: string;
  /** False for a folder read through `<input webkitdirectory>`: it can only be read. */
  readonly writable: boolean;
  /** Every decision file in the folder and its subfolders, without reading them. */
  list(): Promise<FileStamp[]>;
  /** The file's text and its stamp at the moment it was read; null when it is gone. */
  read(path: string): Promise<{ text: string; stamp: FileStamp } | null>;
}

/** A folder the user granted read-write access to. */
export interface WritableFolder extends FolderSource {
  readonly handle: FileSystemDirectoryHandle;
  /** Writes a new file; refuses (returns false) if the name is taken, so nothing is overwritten. */
  create(path: string, text: string): Promise<boolean>;
  /** Replaces a file's content through a swap file committed on close: a crash never leaves half a file. */
  replace(path: string, text: string): Promise<FileStamp>;
  remove(path: string): Promise<void>;
}

const stampOf = (path: string, file: File): FileStamp => ({ path, size: file.size, lastModified: file.lastModified });

/** Folders a decisions folder never needs to look into. */
const SKIPPED_DIRECTORIES = /^(\.|node_modules$)/;

export function handleSource(handle: FileSystemDirectoryHandle): WritableFolder {
  const fileHandle = async (path: string, create = false): Promise<FileSystemFileHandle> => {
    const parts = path.split('/');
    const name = parts.pop() ?? '';
    let dir = handle;
    for (const part of parts) dir = await dir.getDirectoryHandle(part, { create });
    return dir.getFileHandle(name, { create });
  };
  const parentOf = async (path: string): Promise<[FileSystemDirectoryHandle, string]> => {
    const parts = path.split('/');
    const name = parts.pop() ?? '';
    let dir = handle;
    for (const part of parts) dir = await dir.getDirectoryHandle(part);
    return [dir, name];
  };
  const writeTo = async (file: FileSystemFileHandle, text: string): Promise<void> => {
    const writable = await file.createWritable();
    try {
      await writable.write(text);
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw error;
    }
  };
  return {
    name: handle.name,
    writable: true,
    handle,
    async list() {
      const stamps: FileStamp[] = [];
      const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
        const pending: Promise<void>[] = [];
        for await (const entry of dir.values()) {
          if (entry.kind === 'directory') {
            if (!SKIPPED_DIRECTORIES.test(entry.name)) pending.push(walk(entry, `${prefix}${entry.name}/`));
          } else if (isDecisionFileName(entry.name)) {
            pending.push(entry.getFile().then((file) => void stamps.push(stampOf(`${prefix}${entry.name}`, file))));
          }
        }
        await Promise.all(pending);
      };
      await walk(handle, '');
      return stamps.sort((a, b) => a.path.localeCompare(b.path));
    },
    async read(path) {
      try {
        const file = await (await fileHandle(path)).getFile();
        return { text: await file.text(), stamp: stampOf(path, file) };
      } catch (error) {
        if (error instanceof DOMException && (error.name === 'NotFoundError' || error.name === 'TypeMismatchError')) return null;
        throw error;
      }
    },
    async create(path, text) {
      const [dir, name] = await parentOf(path);
      const exists = await dir.getFileHandle(name).then(
        () => true,
        (error: unknown) => !(error instanceof DOMException && error.name === 'NotFoundError'),
      );
      if (exists) return false;
      await writeTo(await dir.getFileHandle(name, { create: true }), text);
      return true;
    },
    async replace(path, text) {
      const file = await fileHandle(path);
      await writeTo(file, text);
      return stampOf(path, await file.getFile());
    },
    async remove(path) {
      const [dir, name] = await parentOf(path);
      await dir.removeEntry(name);
    },
  };
}

/** A folder chosen through `<input type="file" webkitdirectory>`: a snapshot, read-only. */
export function fileListSource(files: readonly File[]): FolderSource {
  const byPath = new Map<string, File>();
  for (const file of files) {
    // webkitRelativePath starts with the chosen folder's own name: drop it.
    const relative = file.webkitRelativePath.split('/').slice(1).join('/') || file.name;
    if (isDecisionFileName(file.name) && !relative.split('/').some((p) => SKIPPED_DIRECTORIES.test(p))) byPath.set(relative, file);
  }
  const name = files[0]?.webkitRelativePath.split('/')[0] ?? 'folder';
  return {
    name,
    writable: false,
    list: () => Promise.resolve([...byPath.entries()].map(([path, file]) => stampOf(path, file)).sort((a, b) => a.path.localeCompare(b.path))),
    async read(path) {
      const file = byPath.get(path);
      return file ? { text: await file.text(), stamp: stampOf(path, file) } : null;
    },
  };
}
