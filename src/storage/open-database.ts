import { err, ok, type Result } from '../domain/result';
import { DB_NAME, MIGRATIONS, type Migration } from './schema';
import { classifyStorageError, type StorageFailure } from './storage-errors';

export interface OpenOptions {
  /** The IndexedDB factory; null when the browser has none. Defaults to the global one. */
  readonly factory?: IDBFactory | null;
  readonly name?: string;
  readonly migrations?: readonly Migration[];
  readonly onBlocked?: () => void;
}

/** Why the database did not open: the kind of failure, and the browser's words for it. */
export interface OpenFailure {
  readonly failure: StorageFailure;
  readonly detail: string;
}

export type OpenedDatabase = Result<IDBDatabase, OpenFailure>;

function defaultFactory(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB;
  } catch {
    // Some browsers throw SecurityError on merely reading the global when storage is blocked.
    return null;
  }
}

/**
 * Opens the database at the latest migration's version, running the migrations it
 * lacks inside the upgrade transaction. A failure is returned, never thrown; the
 * database is never deleted or recreated, so a failed open leaves stored data alone.
 */
export function openDatabase(options: OpenOptions = {}): Promise<OpenedDatabase> {
  const factory = options.factory === undefined ? defaultFactory() : options.factory;
  const migrations = options.migrations ?? MIGRATIONS;
  const version = migrations.length;
  if (!factory) return Promise.resolve(err({ failure: 'unavailable', detail: 'This browser has no IndexedDB.' }));
  return new Promise((resolve) => {
    let upgradeError: unknown = null;
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(options.name ?? DB_NAME, version);
    } catch (error) {
      resolve(err({ failure: classifyOrUnavailable(error), detail: describe(error) }));
      return;
    }
    req.onblocked = () => options.onBlocked?.();
    req.onupgradeneeded = (event) => {
      const db = req.result;
      const tx = req.transaction;
      if (!tx) return;
      const from = event.oldVersion;
      void runMigrations(db, tx, migrations.filter((m) => m.version > from)).catch((error: unknown) => {
        upgradeError = error;
        try {
          tx.abort();
        } catch {
          // Already finished aborting.
        }
      });
    };
    req.onsuccess = () => resolve(ok(req.result));
    req.onerror = (event) => {
      event.preventDefault();
      const error = req.error;
      if (upgradeError !== null || error?.name === 'AbortError') {
        resolve(err({ failure: 'upgrade-failed', detail: describe(upgradeError ?? error) }));
      } else {
        resolve(err({ failure: classifyOrUnavailable(error), detail: describe(error) }));
      }
    };
  });
}

async function runMigrations(db: IDBDatabase, tx: IDBTransaction, pending: readonly Migration[]): Promise<void> {
  for (const migration of pending) await migration.up(db, tx);
}

function classifyOrUnavailable(error: unknown): StorageFailure {
  const kind = classifyStorageError(error);
  return kind === 'unknown' ? 'unavailable' : kind;
}

function describe(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : 'unknown error';
}
