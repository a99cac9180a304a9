import { useStore, type StoreApi } from 'zustand';
import { openRecordStore } from '../storage/indexeddb-record-store';
import { createRecordsController } from './records/controller';
import { useSessionStore } from './session-store';

/** The app's records controller: the one way screens reach saved decisions, the folder and the Trash. */
export const records = createRecordsController({ openStore: openRecordStore, session: useSessionStore });

/** A React hook over one of the controller's stores, that also reads it outside React (`getState`). */
function hookOf<S>(api: StoreApi<S>) {
  const useBoundStore = <T>(selector: (state: S) => T): T => useStore(api, selector);
  return Object.assign(useBoundStore, { getState: api.getState, subscribe: api.subscribe });
}

export const useRecordsStore = hookOf(records.records);
export const useFolderStore = hookOf(records.folder);
export const useTrashStore = hookOf(records.trash);

export type { RecordsController } from './records/controller';
export type { DraftBookkeeping } from './records/context';
export * from './records/state';
export type { ImportOutcome, Numbered, SpendLinesRead } from './records/transfer';
export { DRAFT_DEBOUNCE_MS } from './records/drafts';

// The controller's actions under their own names, for screens that call one or two of them.
export const {
  startRecords,
  reloadLibrary,
  wholeLibrary,
  openRecord,
  highestNumberEverAssigned,
  startDraftSync,
  flushDraft,
  hasUnsavedWork,
  newDecision,
  refreshWaitingDrafts,
  resumeDraft,
  discardDraft,
  undoDiscard,
  saveCurrentSession,
  saveSessionAsCopy,
  reloadStoredVersion,
  setRecordStatus,
  setRecordTags,
  beginRevisit,
  beginSuccessor,
  startDecisionFromAdr,
  showView,
  markExported,
  ensureNumbers,
  storeImported,
  sessionAsRecord,
  loadSpendLines,
  saveSpendLines,
  canOpenFolders,
  restoreFolder,
  openFolder,
  reopenFolder,
  openFolderReadOnly,
  rescanFolder,
  saveRecordToFolder,
  replaceFolderRecord,
  reloadFromFolder,
  saveConflictAsNewFile,
  deleteFolderRecord,
  copyFolderRecordToBrowser,
  saveSessionToFolder,
  dismissFolderNotice,
  chooseFolderFormat,
  loadTrash,
  deleteBrowserRecord,
  restoreFromTrash,
} = records;
