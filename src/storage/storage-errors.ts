import type { Result } from '../domain/result';

/** What went wrong with browser storage, in terms the app can act on. */
export type StorageFailure = 'quota' | 'unavailable' | 'newer-version' | 'upgrade-failed' | 'closed' | 'unknown';

/** A read or a write that can only fail the way storage fails. */
export type ReadResult<T> = Result<T, StorageFailure>;
export type WriteResult = Result<undefined, StorageFailure>;

const NAMES: Readonly<Record<string, StorageFailure>> = {
  QuotaExceededError: 'quota',
  SecurityError: 'unavailable',
  UnknownError: 'unavailable',
  NotAllowedError: 'unavailable',
  VersionError: 'newer-version',
  InvalidStateError: 'closed',
  TransactionInactiveError: 'closed',
};

/**
 * Classifies an error thrown by IndexedDB or a wrapper around it. A quota error
 * often arrives wrapped in an AbortError (the transaction aborted because a write
 * did not fit); the inner error is looked for in `inner` (Dexie), `cause` and `error`.
 */
export function classifyStorageError(error: unknown, depth = 0): StorageFailure {
  if (typeof error !== 'object' || error === null || depth > 3) return 'unknown';
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (typeof name === 'string' && name in NAMES) return NAMES[name] ?? 'unknown';
  if ((error as { code?: unknown }).code === 22) return 'quota';
  for (const key of ['inner', 'cause', 'error'] as const) {
    const inner: unknown = (error as Record<string, unknown>)[key];
    if (inner && inner !== error) {
      const kind = classifyStorageError(inner, depth + 1);
      if (kind !== 'unknown') return kind;
    }
  }
  if (typeof message === 'string' && /quota/i.test(message)) return 'quota';
  return 'unknown';
}

/** A sentence for the person at the screen: what happened and what they can do. */
export function describeFailure(kind: StorageFailure): string {
  switch (kind) {
    case 'quota':
      return 'The browser’s storage for this site is full, so nothing was saved. Your work is still here: export it to a file, or free some space and save again.';
    case 'unavailable':
      return 'This browser does not let the app store data here (a private window or blocked site data). Nothing is being saved: export your work to a file before you close the tab.';
    case 'newer-version':
      return 'The saved decisions were written by a newer version of Forkpoint. Nothing was changed: reload to get the newer version.';
    case 'upgrade-failed':
      return 'Upgrading the saved decisions failed, so they were left exactly as they were. Nothing is being saved: export your work to a file.';
    case 'closed':
      return 'The connection to the browser’s storage was closed (site data cleared, or the app updated in another tab). Export what is on screen, then reload.';
    case 'unknown':
      return 'The browser refused to save. Your work is still here: export it to a file and try again.';
  }
}
