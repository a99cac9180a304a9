import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { FolderFile } from '../domain/decision-folder/check-folder';
import { readDecisionFile } from '../domain/decision-folder/read-decision-file';
import { readDecisionText, type ListedFile, type ReadFile } from './read-folder';

/** Files claimed at a time: a claim costs one atomic add, so batches stay small and the threads finish together. */
const BATCH = 10;
/** Below this, starting a thread (~0.1 s to load the tool) costs more than it saves. */
const FILES_PER_THREAD = 250;
const MAX_THREADS = 4;

/** What a worker thread is started with: the files, and the count of files claimed so far, shared by every thread. */
interface Shared {
  readonly files: readonly ListedFile[];
  readonly claimed: Int32Array;
}

/** What a worker posts: the files it checked from `start` on, or `done` once none are left to claim. */
type FromWorker = { readonly start: number; readonly checked: readonly FolderFile[] } | 'done';

/** One file as the check sees it: unreadable, or what the app's reader found in it. */
function checkOne(file: ReadFile): FolderFile {
  if ('error' in file) return { path: file.path, ok: false, unreadable: { message: file.error, line: null } };
  const result = readDecisionFile(file.text, file.path);
  return result.ok ? { path: file.path, ok: true, summary: result.value } : { path: file.path, ok: false, unreadable: result.error };
}

const checkRange = (files: readonly ListedFile[], start: number, end: number): FolderFile[] => files.slice(start, end).map((file) => checkOne(readDecisionText(file)));

/**
 * Claims and checks batches until none are left. A claim is an atomic add on the
 * shared count, so no thread waits for another to hand it work (the main thread,
 * busy checking, would answer a worker's request only between two of its batches).
 */
function checkClaimed({ files, claimed }: Shared, store: (start: number, checked: readonly FolderFile[]) => void): void {
  for (let start = Atomics.add(claimed, 0, BATCH); start < files.length; start = Atomics.add(claimed, 0, BATCH)) {
    store(start, checkRange(files, start, Math.min(files.length, start + BATCH)));
  }
}

/**
 * Reads and checks every file, in order. Parsing is CPU-bound (~1.5 ms a file), so a
 * large folder is shared between this thread and worker threads running this same
 * module; each claims the next batch when it is done with one, so a busy core takes fewer.
 */
export async function checkFiles(files: readonly ListedFile[]): Promise<FolderFile[]> {
  const results: (FolderFile | undefined)[] = Array.from({ length: files.length });
  const store = (start: number, checked: readonly FolderFile[]) => checked.forEach((file, i) => (results[start + i] = file));
  const shared: Shared = { files, claimed: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) };

  const threads = Math.min(MAX_THREADS, availableParallelism() - 1, Math.floor(files.length / FILES_PER_THREAD));
  // Started before this thread begins on its own share: a worker takes ~0.1 s to load the tool.
  const workers = Array.from({ length: Math.max(0, threads) }, () => new Worker(new URL(import.meta.url), { workerData: shared }));
  const finished = workers.map((worker) => resultsOf(worker, store));
  checkClaimed(shared, store);
  await Promise.all(finished);
  // A file claimed by a worker that failed has no result yet: it is checked here.
  return results.map((file, i) => file ?? checkOne(readDecisionText(files[i] as ListedFile)));
}

/** Stores what a worker checked until it says it is done, fails or exits; then lets it go without waiting for it. */
function resultsOf(worker: Worker, store: (start: number, checked: readonly FolderFile[]) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    // Called again by the exit that follows; ending an ended worker does nothing.
    const finish = () => {
      void worker.terminate();
      resolve();
    };
    worker.on('message', (message: FromWorker) => (message === 'done' ? finish() : store(message.start, message.checked)));
    worker.on('error', finish).on('exit', finish);
  });
}

/** In a worker thread: claims and checks batches, posting each back, until none are left. */
export function serveChecks(): void {
  checkClaimed(workerData as Shared, (start, checked) => parentPort?.postMessage({ start, checked } satisfies FromWorker));
  parentPort?.postMessage('done' satisfies FromWorker);
}
