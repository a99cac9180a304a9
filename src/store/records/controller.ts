import { createStore } from 'zustand/vanilla';
import type { FolderFormatChoice } from '../../domain/folder/folder-format-choice';
import type { SpendLine } from '../../domain/portfolio/spend-lines';
import type { DecisionRecord, RecordId } from '../../domain/record/record';
import { canOpenFolders } from '../../storage/folder/folder-access';
import type { RecordsContext, RecordsDeps } from './context';
import { createDraftClaims } from '../../storage/draft-claims';
import { DB_NAME } from '../../storage/schema';
import { flushDraft, hasUnsavedWork, startDraftSync } from './drafts';
import { discardDraft, refreshWaitingDrafts, resumeDraft, startNewDecision, undoDiscard } from './waiting-drafts';
import { holdWorkRecords, reloadLibrary, startRecords, wholeLibrary } from './library';
import { beginRevisit, beginSuccessor, markExported, openRecord, setRecordStatus, setRecordTags, showView, startDecisionFromAdr } from './record-changes';
import { reloadStoredVersion, saveCurrentSession, saveSessionAsCopy, sessionAsRecord } from './saving';
import { initialFolderState, initialRecordsState, initialTrashState, type FolderState, type RecordsState, type TrashState } from './state';

/**
 * The records controller: every read, save, import, status change, export, folder
 * and Trash operation goes through it. It keeps its own state (three zustand
 * stores for what screens render, and the bookkeeping in `RecordsContext`) in this
 * closure and hands it to the pure-ish functions of the modules beside it, the way
 * React Flow's store keeps per-instance state. The app makes one (src/store/records.ts);
 * a test makes a fresh one.
 */
export function createRecordsController(deps: RecordsDeps) {
  const ctx: RecordsContext = {
    deps,
    records: createStore<RecordsState>()(initialRecordsState),
    folder: createStore<FolderState>()(initialFolderState),
    trash: createStore<TrashState>()(initialTrashState),
    entryCache: new WeakMap(),
    folderEntryCache: new WeakMap(),
    connection: null,
    starting: null,
    persistenceAsked: false,
    draft: { timer: undefined, dirty: false, pendingWrites: 0, unsavedSince: null, savedAs: null },
    claims: deps.claims ?? createDraftClaims(DB_NAME),
    opened: { source: null, stopWatching: null, remembered: null, scanning: null, again: false },
  };
  const bind =
    <A extends unknown[], R>(action: (context: RecordsContext, ...args: A) => R) =>
    (...args: A): R =>
      action(ctx, ...args);
  // The folder and the Trash read and write ADR files (the YAML parser, the Markdown writer): loaded on first use, off the first screen.
  const folderOpen = () => import('./folder-open');
  const folderWrites = () => import('./folder-writes');
  const trash = () => import('./trash');
  // So do the import, the numbering of exports and the portfolio's spend lines: only their screens need them.
  const transfer = () => import('./transfer');
  return {
    records: ctx.records,
    folder: ctx.folder,
    trash: ctx.trash,
    // Storage and the library
    startRecords: bind(startRecords),
    reloadLibrary: bind(reloadLibrary),
    /** Every record read whole (the library lists summaries): for exports, the import's check and the portfolio. */
    wholeLibrary: bind(wholeLibrary),
    /** The highest human-facing record number ever stored in this library; pass it to `assignNumber` so none is reused. */
    highestNumberEverAssigned: () => ctx.records.getState().highestNumber,
    // The open session: drafts and saves
    startDraftSync: bind(startDraftSync),
    flushDraft: bind(flushDraft),
    hasUnsavedWork: bind(hasUnsavedWork),
    // Waiting drafts: several may wait; each is resumed or discarded (with Undo) by its session id.
    newDecision: bind(startNewDecision),
    refreshWaitingDrafts: bind(refreshWaitingDrafts),
    resumeDraft: async (sessionId: string) => {
      await resumeDraft(ctx, sessionId);
      await holdWorkRecords(ctx);
    },
    discardDraft: bind(discardDraft),
    undoDiscard: bind(undoDiscard),
    saveCurrentSession: bind(saveCurrentSession),
    saveSessionAsCopy: bind(saveSessionAsCopy),
    reloadStoredVersion: bind(reloadStoredVersion),
    // One record
    openRecord: bind(openRecord),
    setRecordStatus: bind(setRecordStatus),
    setRecordTags: bind(setRecordTags),
    beginRevisit: bind(beginRevisit),
    beginSuccessor: bind(beginSuccessor),
    startDecisionFromAdr: bind(startDecisionFromAdr),
    showView: bind(showView),
    // Files in and out
    markExported: bind(markExported),
    sessionAsRecord: bind(sessionAsRecord),
    ensureNumbers: async (records: readonly DecisionRecord[]) => (await transfer()).ensureNumbers(ctx, records),
    storeImported: async (records: readonly DecisionRecord[]) => (await transfer()).storeImported(ctx, records),
    loadSpendLines: async () => (await transfer()).loadSpendLines(ctx),
    saveSpendLines: async (lines: readonly SpendLine[]) => (await transfer()).saveSpendLines(ctx, lines),
    // The decisions folder
    canOpenFolders,
    // Most starts have no folder to reopen: the folder code (the ADR reader and writer) loads only for one.
    restoreFolder: async () => {
      const remembered = ctx.connection && ctx.folder.getState().status.kind !== 'open' ? await ctx.connection.loadRememberedFolder() : null;
      if (remembered?.ok && remembered.value) await (await folderOpen()).restoreFolder(ctx, remembered.value);
    },
    openFolder: async () => (await folderOpen()).openFolder(ctx),
    reopenFolder: async () => (await folderOpen()).reopenFolder(ctx),
    openFolderReadOnly: async (files: readonly File[]) => (await folderOpen()).openFolderReadOnly(ctx, files),
    rescanFolder: async () => (await import('./folder-rescan')).rescanFolder(ctx),
    saveRecordToFolder: async (record: DecisionRecord) => (await folderWrites()).saveRecordToFolder(ctx, record),
    replaceFolderRecord: async (path: string, base: string, record: DecisionRecord) => (await folderWrites()).replaceFolderRecord(ctx, path, base, record),
    reloadFromFolder: async () => (await folderWrites()).reloadFromFolder(ctx),
    saveConflictAsNewFile: async () => (await folderWrites()).saveConflictAsNewFile(ctx),
    deleteFolderRecord: async (path: string) => (await folderWrites()).deleteFolderRecord(ctx, path),
    copyFolderRecordToBrowser: async (path: string) => (await folderWrites()).copyFolderRecordToBrowser(ctx, path),
    saveSessionToFolder: async () => (await folderWrites()).saveSessionToFolder(ctx),
    dismissFolderNotice: () => ctx.folder.setState({ notice: null }),
    chooseFolderFormat: async (format: FolderFormatChoice) => (await import('./folder-source')).chooseFolderFormat(ctx, format),
    // The Trash
    loadTrash: async () => (await trash()).loadTrash(ctx),
    deleteBrowserRecord: async (id: RecordId) => (await trash()).deleteBrowserRecord(ctx, id),
    restoreFromTrash: async (id: RecordId) => (await trash()).restoreFromTrash(ctx, id),
  };
}

export type RecordsController = ReturnType<typeof createRecordsController>;
