/** Promise adapters over raw IndexedDB requests and transactions. */

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new DOMException('The request failed', 'UnknownError'));
  });
}

/**
 * Resolves when the transaction commits — the only moment a write is on disk —
 * and rejects with the transaction's own error (e.g. QuotaExceededError) when it aborts.
 */
export function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
    tx.onerror = (event) => {
      // Keep the request's error from also surfacing as an uncaught one; onabort reports it.
      event.preventDefault();
      tx.abort();
    };
  });
}
