import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';
import type { FolderFile } from '../domain/decision-folder/check-folder';
import { readDecisionFile } from '../domain/decision-folder/read-decision-file';
import { readDecisionText, type ListedFile, type ReadFile } from './read-folder';

/** Files handed out at a time: small enough to share the work evenly, large enough to keep messages few. */
const BATCH = 25;
/** Below this, starting a thread (~50 ms to load the tool) costs more than it saves. */
const FILES_PER_THREAD = 250;
const MAX_THREADS = 4;

/** One file as the check sees it: unreadable, or what the app's reader found in it. */
function checkOne(file: ReadFile): FolderFile {
  if ('error' in file) return { path: file.path, ok: false, unreadable: { message: file.error, line: null } };
  const result = readDecisionFile(file.text, file.path);
  return result.ok ? { path: file.path, ok: true, summary: result.value } : { path: file.path, ok: false, unreadable: result.error };
}

const checkBatch = (files: readonly ListedFile[]): FolderFile[] => files.map((file) => checkOne(readDecisionText(file)));

/** Lets the event loop pass the worker threads' messages (their next batches) between two batches checked here. */
const yieldToWorkers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads and checks every file, in order. Parsing is CPU-bound (~1.5 ms a file), so a
 * large folder is shared between this thread and worker threads running this same
 * module; each takes the next batch when it is done with one, so a busy core takes fewer.
 */
export async function checkFiles(files: readonly ListedFile[]): Promise<FolderFile[]> {
  const results: FolderFile[] = [];
  let next = 0;
  const take = (): { start: number; batch: readonly ListedFile[] } | null => {
    if (next >= files.length) return null;
    const start = next;
    next = Math.min(files.length, next + BATCH);
    return { start, batch: files.slice(start, next) };
  };
  const store = (start: number, checked: readonly FolderFile[]) => checked.forEach((file, i) => (results[start + i] = file));

  const here = async () => {
    for (let job = take(); job; job = take()) {
      store(job.start, checkBatch(job.batch));
      await yieldToWorkers();
    }
  };
  const threads = Math.min(MAX_THREADS, availableParallelism() - 1, Math.floor(files.length / FILES_PER_THREAD));
  const workers = Array.from({ length: Math.max(0, threads) }, () => new Worker(new URL(import.meta.url)));
  try {
    // The workers are handed their first batch before this thread starts on its own.
    await Promise.all([...workers.map((worker) => inWorker(worker, take, store)), here()]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/** Feeds a worker batches until none are left. A worker that fails leaves its batch to be checked here. */
async function inWorker(worker: Worker, take: () => { start: number; batch: readonly ListedFile[] } | null, store: (start: number, checked: readonly FolderFile[]) => void): Promise<void> {
  for (let job = take(); job; job = take()) {
    const { start, batch } = job;
    const checked = await new Promise<FolderFile[] | null>((resolve) => {
      const done = (value: FolderFile[] | null) => {
        worker.off('message', done).off('error', failed).off('exit', failed);
        resolve(value);
      };
      const failed = () => done(null);
      worker.on('message', done).on('error', failed).on('exit', failed);
      worker.postMessage(batch);
    });
    store(start, checked ?? checkBatch(batch));
    if (!checked) return;
  }
}

/** In a worker thread: checks each batch it is sent and posts the results back. */
export function serveChecks(): void {
  parentPort?.on('message', (batch: readonly ListedFile[]) => parentPort?.postMessage(checkBatch(batch)));
}
