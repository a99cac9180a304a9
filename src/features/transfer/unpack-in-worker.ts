import type { Unpacked } from '../../domain/export/unzip/unpack-archive';

/**
 * Unpacks an archive in a worker of its own (ended once it answers), so the page
 * stays responsive whatever the archive holds. Rejects if the worker fails.
 */
export function unpackInWorker(bytes: Uint8Array): Promise<Unpacked> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./unzip.worker.ts', import.meta.url), { type: 'module', name: 'unzip' });
    worker.addEventListener('message', (event: MessageEvent<Unpacked>) => {
      worker.terminate();
      resolve(event.data);
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the unpacking worker stopped'));
    });
    worker.postMessage(bytes);
  });
}
