/**
 * Calls `onChange` when files in the folder may have changed outside the app: through
 * `FileSystemObserver` where the browser has it, and always when the tab regains focus
 * or becomes visible (an editor or a `git pull` ran meanwhile). Returns the stop function.
 */
export function watchFolder(handle: FileSystemDirectoryHandle, onChange: () => void): () => void {
  const onVisible = () => {
    if (document.visibilityState === 'visible') onChange();
  };
  window.addEventListener('focus', onChange);
  document.addEventListener('visibilitychange', onVisible);
  let observer: FileSystemObserver | null = null;
  if (typeof FileSystemObserver === 'function') {
    try {
      observer = new FileSystemObserver(() => onChange());
      observer.observe(handle, { recursive: true }).catch(() => undefined);
    } catch {
      // An observer the browser refuses (some builds expose the class without support): focus and visibility still rescan.
      observer = null;
    }
  }
  return () => {
    window.removeEventListener('focus', onChange);
    document.removeEventListener('visibilitychange', onVisible);
    observer?.disconnect();
  };
}

/** Whether this browser can open a folder for reading and writing. */
export function canOpenFolders(): boolean {
  return typeof window.showDirectoryPicker === 'function';
}

/** Asks for a folder; null when the user cancelled the picker. */
export async function pickFolder(): Promise<FileSystemDirectoryHandle | null> {
  if (!window.showDirectoryPicker) return null;
  try {
    return await window.showDirectoryPicker({ id: 'forkpoint-decisions', mode: 'readwrite' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/**
 * Read-write permission for a remembered handle. `ask` must come from a click:
 * browsers show the permission prompt only in answer to a user gesture.
 */
export async function folderPermission(handle: FileSystemDirectoryHandle, ask: boolean): Promise<PermissionState> {
  const descriptor = { mode: 'readwrite' } as const;
  const current = handle.queryPermission ? await handle.queryPermission(descriptor) : 'granted';
  if (current === 'granted' || !ask || !handle.requestPermission) return current;
  return handle.requestPermission(descriptor);
}
