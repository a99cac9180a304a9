import { create } from 'zustand';
import type { FolderItem } from '../domain/folder/folder-item';
import type { DecisionRecord } from '../domain/record/record';
import type { LibraryEntry } from '../domain/record/query';
import type { FolderSource } from '../storage/folder/folder-source';

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
  /** Counts "Reload from the folder": screens that keep what an edit was based on start again from the file. */
  readonly reloads: number;
  /** The last scan: how many files it checked and how many it had to read. */
  readonly lastScan: { readonly count: number; readonly files: number; readonly read: number; readonly at: number } | null;
}

export const useFolderStore = create<FolderState>()(() => ({
  status: { kind: 'none' },
  items: new Map(),
  entries: [],
  scanning: false,
  notice: null,
  conflict: null,
  highestNumber: 0,
  reloads: 0,
  lastScan: null,
}));

/** The open folder and what stops watching it: not data to render. */
let source: FolderSource | null = null;
let stopWatching: (() => void) | null = null;
export const getFolderSource = (): FolderSource | null => source;
export function setFolderSource(next: FolderSource | null, stop: (() => void) | null): void {
  stopWatching?.();
  source = next;
  stopWatching = stop;
}

export const selectFolderEntries = (s: FolderState) => s.entries;
export const selectFolderStatus = (s: FolderState) => s.status;
