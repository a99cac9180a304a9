import { FOLLOW_THE_FOLDER, type FolderFormatChoice } from '../../domain/folder/folder-format-choice';
import type { FolderItem } from '../../domain/folder/folder-item';
import { NEW_WORK, type Draft, type WorkContext } from '../../domain/record/draft';
import type { LibraryEntry } from '../../domain/record/query';
import type { DecisionRecord, RecordId } from '../../domain/record/record';
import type { TrashEntry } from '../../domain/trash';
import type { QuarantinedRow } from '../../storage/parse-row';
import type { PersistState } from '../../storage/persistence';
import type { StorageFailure } from '../../storage/storage-errors';

/** Where browser storage stands; anything but `ready` means nothing is being saved. */
export type StorageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'blocked' }
  /** Opening has waited longer than it should: another tab is most likely upgrading the database. */
  | { readonly kind: 'waiting' }
  /** Another tab opened a newer version of the app: this tab flushed its draft and let go of storage. */
  | { readonly kind: 'updated' }
  | { readonly kind: 'failed'; readonly failure: StorageFailure };

/** The last save the user asked for, as the save panel reports it. */
export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly recordId: RecordId; readonly revision: number }
  | { readonly kind: 'conflict'; readonly recordId: RecordId }
  | { readonly kind: 'refused'; readonly message: string }
  /** Storage's write gate refused it: stored, it would not read back. The work stays in memory. */
  | { readonly kind: 'unwritable'; readonly reason: string }
  | { readonly kind: 'failed'; readonly failure: StorageFailure };

/** Which records screen shows when no session is open. */
export type RecordsView =
  | { readonly kind: 'home' }
  | { readonly kind: 'library' }
  | { readonly kind: 'portfolio' }
  | { readonly kind: 'record'; readonly id: RecordId; readonly compare: readonly [number, number] | null }
  /** One file of the opened decisions folder, by its path inside the folder. */
  | { readonly kind: 'folder-file'; readonly path: string }
  | { readonly kind: 'trash' };

/** The newest records of a large library, shown before the whole list is read; `total` counts every stored row. */
export interface FirstPage {
  readonly entries: readonly LibraryEntry[];
  readonly total: number;
}

export interface RecordsState {
  readonly storage: StorageState;
  /** Set once the first list has loaded: nothing is written before that. */
  readonly loaded: boolean;
  readonly records: ReadonlyMap<RecordId, DecisionRecord>;
  readonly entries: readonly LibraryEntry[];
  /** A large library's newest records, listed while every summary is read (null once it is listed, or when it was listed at once). */
  readonly firstPage: FirstPage | null;
  readonly quarantined: readonly QuarantinedRow[];
  readonly persist: PersistState | null;
  /** When the library was last exported to a file (ISO), or null if never. */
  readonly lastExportAt: string | null;
  /** The highest human-facing number ever stored in this library: numbers above it are free. */
  readonly highestNumber: number;
  /** What the open session is for: a new decision, a revisit, a successor. */
  readonly work: WorkContext;
  /** The session id `work` belongs to; another session id means a fresh decision. */
  readonly workFor: string | null;
  /** Drafts waiting in this browser (unsaved work not open in this tab), the most recently changed first. */
  readonly waiting: readonly Draft[];
  /** Session ids of waiting drafts another tab has open: listed, but only that tab may go on with them or discard them. */
  readonly openElsewhere: ReadonlySet<string>;
  /** Stored rows of the drafts store that do not read as a draft: kept as they are, and counted for the list to say so. */
  readonly unreadableDrafts: number;
  /** The draft discarded last, kept in memory so "Undo" can put it back. */
  readonly discarded: Draft | null;
  /** What the last action on waiting drafts could not do, and why. */
  readonly draftNotice: string | null;
  readonly save: SaveState;
  readonly view: RecordsView;
  /** A status change or other record action that was refused, with why. */
  readonly notice: string | null;
}

export const initialRecordsState = (): RecordsState => ({
  storage: { kind: 'loading' },
  loaded: false,
  records: new Map(),
  entries: [],
  firstPage: null,
  quarantined: [],
  persist: null,
  lastExportAt: null,
  highestNumber: 0,
  work: NEW_WORK,
  workFor: null,
  waiting: [],
  openElsewhere: new Set(),
  unreadableDrafts: 0,
  discarded: null,
  draftNotice: null,
  save: { kind: 'idle' },
  view: { kind: 'home' },
  notice: null,
});

/** Where the decisions folder stands. */
export type FolderStatus =
  /** No folder opened (yet) in this browser. */
  | { readonly kind: 'none' }
  /** A folder opened on an earlier visit: reopening it needs a click, for the browser's permission prompt. */
  | { readonly kind: 'remembered'; readonly name: string }
  | { readonly kind: 'open'; readonly name: string; readonly writable: boolean }
  | { readonly kind: 'failed'; readonly message: string };

/** A save refused because the file changed on disk after it was read. */
export interface FolderConflict {
  readonly path: string;
  /** The text the save was based on and the text now on disk. */
  readonly base: string;
  readonly disk: string;
  /** The record the save wanted to write, kept so "Save as a new file" can still write it. */
  readonly wanted: DecisionRecord;
}

export interface FolderState {
  readonly status: FolderStatus;
  readonly items: ReadonlyMap<string, FolderItem>;
  readonly entries: readonly LibraryEntry[];
  readonly scanning: boolean;
  /** Something that happened in the folder the user must know about (a file gone, a write refused). */
  readonly notice: string | null;
  readonly conflict: FolderConflict | null;
  /** The highest file number the folder ever had, so none is handed out twice. */
  readonly highestNumber: number;
  /** The layout and naming of new files: the team's choice, remembered with the folder. */
  readonly format: FolderFormatChoice;
  /** Counts "Reload from the folder": screens that keep what an edit was based on start again from the file. */
  readonly reloads: number;
  /** The last scan: how many files it checked and how many it had to read. */
  readonly lastScan: { readonly count: number; readonly files: number; readonly read: number; readonly at: number } | null;
}

export const initialFolderState = (): FolderState => ({
  status: { kind: 'none' },
  items: new Map(),
  entries: [],
  scanning: false,
  notice: null,
  conflict: null,
  highestNumber: 0,
  format: FOLLOW_THE_FOLDER,
  reloads: 0,
  lastScan: null,
});

export interface TrashState {
  readonly entries: readonly TrashEntry[];
  readonly loaded: boolean;
  /** What the last delete or restore did, or why it was refused. */
  readonly notice: string | null;
}

export const initialTrashState = (): TrashState => ({ entries: [], loaded: false, notice: null });

export const selectView = (s: RecordsState) => s.view;
/** True when the waiting drafts' list has something to say: a draft, an Undo, a notice, unreadable rows. */
export const selectHasDraftsToShow = (s: RecordsState) => s.waiting.length > 0 || s.discarded !== null || s.draftNotice !== null || s.unreadableDrafts > 0;
/** True once the library has been read, so browser storage is open (or has failed for good). */
export const selectStorageReady = (s: RecordsState) => s.loaded;
export const selectFolderEntries = (s: FolderState) => s.entries;
export const selectFolderStatus = (s: FolderState) => s.status;
