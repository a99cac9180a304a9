import type { StoreApi } from 'zustand';
import type { FolderItem } from '../../domain/folder/folder-item';
import type { LibraryEntry } from '../../domain/record/query';
import type { DecisionRecord } from '../../domain/record/record';
import type { Session } from '../../domain/session';
import type { DraftClaims } from '../../storage/draft-claims';
import type { FolderSource } from '../../storage/folder/folder-source';
import type { RememberedFolder } from '../../storage/folder-memory';
import type { openRecordStore } from '../../storage/indexeddb-record-store';
import type { RecordStore } from '../../storage/record-store';
import type { SessionStore } from '../session-store';
import type { FolderState, RecordsState, TrashState } from './state';

/** What a records controller is made from: how it opens storage, and the session it keeps. */
export interface RecordsDeps {
  readonly openStore: typeof openRecordStore;
  readonly session: StoreApi<SessionStore>;
  /** Which tab has which draft open; by default the browser's Web Locks on the app's database. */
  readonly claims?: DraftClaims;
}

/**
 * One controller's state. The three zustand stores hold what screens render; the
 * rest is bookkeeping no screen shows (the connection, timers, counters). It lives
 * here, per controller, instead of in module-level variables: a test makes a fresh
 * controller and nothing leaks from the one before.
 */
export interface RecordsContext {
  readonly deps: RecordsDeps;
  readonly records: StoreApi<RecordsState>;
  readonly folder: StoreApi<FolderState>;
  readonly trash: StoreApi<TrashState>;
  readonly entryCache: WeakMap<DecisionRecord, LibraryEntry>;
  readonly folderEntryCache: WeakMap<FolderItem, LibraryEntry | null>;
  connection: RecordStore | null;
  starting: Promise<void> | null;
  persistenceAsked: boolean;
  readonly draft: DraftBookkeeping;
  readonly claims: DraftClaims;
  readonly opened: OpenedFolder;
}

export interface DraftBookkeeping {
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The open session has changes no draft write has taken yet (or the last one failed). */
  dirty: boolean;
  /** Draft writes started and not yet committed. */
  pendingWrites: number;
  /** When the open session was first changed since its last save; null when it has nothing unsaved. */
  unsavedSince: string | null;
  /** The session as last saved into its record: while the open session is this very object, nothing in it is unsaved. */
  savedAs: Session | null;
}

export interface OpenedFolder {
  source: FolderSource | null;
  stopWatching: (() => void) | null;
  remembered: RememberedFolder | null;
  scanning: Promise<void> | null;
  /** A rescan was asked for while one ran: run one more after it. */
  again: boolean;
}

export const nowIso = () => new Date().toISOString();
