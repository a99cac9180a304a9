import { currentRevision, type DecisionRecord, type RecordId, type Status } from '../domain/record/record';
import { NEW_WORK } from '../domain/record/draft';
import { changeStatus, copyOf, recordFromSession, saveSessionInto, setTags, startRevisit, startSuccessor, supersede, type RecordOpResult } from '../domain/record/ops';
import { ok } from '../domain/result';
import { openRecordStore } from '../storage/indexeddb-record-store';
import { persisted, requestPersistence } from '../storage/persistence';
import type { RecordChange, SaveResult } from '../storage/record-store';
import { flushDraft, markSessionSaved, restoreDraft } from './draft-sync';
import { applyLibrary, applyRemoved, applySaved, applyStoreEvent, getConnection, setConnection, useRecordsStore, type RecordsView } from './records-store';
import { useSessionStore } from './session-store';

const nowIso = () => new Date().toISOString();
let starting: Promise<void> | null = null;

/**
 * Opens storage, loads the library, restores the draft (when `restore` says so)
 * and follows other tabs' changes. Runs once; later calls wait for the first.
 */
export function startRecords(options: { restoreDraft: boolean }): Promise<void> {
  starting ??= (async () => {
    const opened = await openRecordStore({ onEvent: applyStoreEvent, beforeClose: flushDraft });
    if (!opened.ok) {
      useRecordsStore.setState({ storage: { kind: 'failed', failure: opened.error.failure }, loaded: true });
      return;
    }
    setConnection(opened.value);
    // This tab merges its own saves at once; another tab's changes are read back by id.
    // Changes announced while the first list is read are read again after it, so the list cannot hide them.
    let early: string[] | null = [];
    opened.value.subscribe((ids, remote) => {
      if (!remote) return;
      if (early) early.push(...ids);
      else void refreshRecords(ids);
    });
    await reloadLibrary();
    const missed = early;
    early = null;
    if (missed.length > 0) await refreshRecords(missed);
    const [lastExport, highest] = await Promise.all([opened.value.getMeta('lastExportAt'), opened.value.getMeta('highestNumber')]);
    useRecordsStore.setState((s) => ({
      storage: s.storage.kind === 'loading' || s.storage.kind === 'blocked' ? { kind: 'ready' } : s.storage,
      lastExportAt: lastExport.ok ? lastExport.value : null,
      highestNumber: Math.max(s.highestNumber, highest.ok ? Number(highest.value ?? 0) || 0 : 0),
    }));
    useRecordsStore.setState({ persist: await persisted() });
    await restoreDraft(opened.value, options.restoreDraft);
  })();
  return starting;
}

export async function reloadLibrary(): Promise<void> {
  const store = getConnection();
  if (!store) return;
  const listed = await store.list();
  if (listed.ok) applyLibrary(listed.value.records, listed.value.quarantined);
  else useRecordsStore.setState({ storage: { kind: 'failed', failure: listed.error } });
}

async function refreshRecords(ids: readonly string[]): Promise<void> {
  const store = getConnection();
  if (!store) return;
  const read = await store.getMany(ids);
  if (!read.ok) return;
  applySaved(read.value.records, read.value.quarantined);
  // An id announced but no longer stored went to the Trash.
  const found = new Set([...read.value.records.map((r) => r.id as string), ...read.value.quarantined.map((q) => q.key)]);
  applyRemoved(ids.filter((id) => !found.has(id)));
}

async function write(changes: readonly RecordChange[]): Promise<SaveResult> {
  const store = getConnection();
  if (!store) {
    const { storage } = useRecordsStore.getState();
    return { kind: 'failed', failure: storage.kind === 'failed' ? storage.failure : 'unavailable' };
  }
  const result = await store.save(changes);
  if (result.kind === 'saved') applySaved(result.records);
  return result;
}

// Once known to have been asked, later saves skip reading the meta key again.
let persistenceAsked = false;

async function askPersistenceOnce(): Promise<void> {
  const store = getConnection();
  if (!store || persistenceAsked) return;
  const asked = await store.getMeta('persistAsked');
  if (!asked.ok) return;
  persistenceAsked = true;
  if (asked.value === null) {
    const persist = await requestPersistence();
    await store.setMeta('persistAsked', nowIso());
    useRecordsStore.setState({ persist });
  }
}

function changesOf(result: Extract<RecordOpResult, { ok: true }>, expected: (r: DecisionRecord) => number): RecordChange[] {
  return result.value.map((record) => ({ record, expected: expected(record) }));
}

/** Saves the open session into its record (a new one on first save). "Saved" shows only after the commit. */
export async function saveCurrentSession(): Promise<void> {
  const session = useSessionStore.getState().session;
  if (!session) return;
  const { work, records } = useRecordsStore.getState();
  const now = nowIso();
  let op: RecordOpResult;
  let changes: RecordChange[];
  if (work.recordId === null) {
    const old = work.supersedes ? records.get(work.supersedes) : undefined;
    op = old ? supersede(old, session, now) : ok([recordFromSession(session, now)]);
    if (!op.ok) return refuse(op.error);
    changes = changesOf(op, (r) => (old && r.id === old.id ? old.saveCount : 0));
  } else {
    const known = records.get(work.recordId);
    if (!known) return useRecordsStore.setState({ save: { kind: 'conflict', recordId: work.recordId } });
    // The record as this tab last saved it; if another tab moved it on, the stored count differs and the save is refused.
    op = saveSessionInto({ ...known, saveCount: work.saveCount }, session, work.whatChanged, now);
    if (!op.ok) return refuse(op.error);
    changes = changesOf(op, () => work.saveCount);
  }
  useRecordsStore.setState({ save: { kind: 'saving' } });
  const result = await write(changes);
  handleSessionSave(result, changes[0]?.record.id ?? null);
  if (result.kind === 'saved') await askPersistenceOnce();
}

function handleSessionSave(result: SaveResult, id: RecordId | null): void {
  switch (result.kind) {
    case 'saved': {
      const saved = result.records.find((r) => r.id === id) ?? result.records[0];
      if (!saved) return;
      const { work } = useRecordsStore.getState();
      useRecordsStore.setState({
        work: { ...work, recordId: saved.id, saveCount: saved.saveCount, supersedes: null },
        save: { kind: 'saved', recordId: saved.id, revision: currentRevision(saved).number },
      });
      markSessionSaved();
      return;
    }
    case 'conflict':
    case 'quarantined':
      useRecordsStore.setState({ save: { kind: 'conflict', recordId: result.id } });
      return;
    case 'refused':
      useRecordsStore.setState({ save: { kind: 'unwritable', reason: result.reason } });
      return;
    case 'failed':
      useRecordsStore.setState({ save: { kind: 'failed', failure: result.failure } });
      return;
  }
}

function refuse(message: string): void {
  useRecordsStore.setState({ save: { kind: 'refused', message } });
}

/** After a conflict: keeps this tab's walk as a new record, leaving the stored one as it is. */
export async function saveSessionAsCopy(): Promise<void> {
  const session = useSessionStore.getState().session;
  const { work, records } = useRecordsStore.getState();
  if (!session) return;
  const now = nowIso();
  const stored = work.recordId ? records.get(work.recordId) : undefined;
  let record = recordFromSession(session, now);
  if (stored) {
    const mine = saveSessionInto({ ...stored, saveCount: work.saveCount }, session, work.whatChanged || 'Saved as a copy', now);
    if (mine.ok && mine.value[0]) record = copyOf(mine.value[0], now);
  }
  useRecordsStore.setState({ work: { ...NEW_WORK }, save: { kind: 'saving' } });
  const result = await write([{ record, expected: 0 }]);
  handleSessionSave(result, record.id);
}

/** After a conflict: drops this tab's unsaved walk and opens the stored version instead. */
export function reloadStoredVersion(): void {
  const { work, records } = useRecordsStore.getState();
  const stored = work.recordId ? records.get(work.recordId) : undefined;
  if (!stored) return;
  const revision = currentRevision(stored);
  useRecordsStore.setState({
    work: { recordId: stored.id, saveCount: stored.saveCount, whatChanged: revision.whatChanged, supersedes: null },
    workFor: revision.session.id,
    save: { kind: 'idle' },
  });
  useSessionStore.getState().open(revision.session);
}

export async function setRecordStatus(id: RecordId, to: Status, note: string): Promise<void> {
  const { records } = useRecordsStore.getState();
  const record = records.get(id);
  if (!record) return;
  const related = record.supersedes ? (records.get(record.supersedes) ?? null) : null;
  const op = changeStatus(record, to, nowIso(), note, related);
  if (!op.ok) return useRecordsStore.setState({ notice: op.error });
  const result = await write(changesOf(op, (r) => records.get(r.id)?.saveCount ?? 0));
  useRecordsStore.setState({ notice: noticeFor(result) });
}

/** Saves a record's tags the way a status change is saved: compare-and-set on its save count, a notice on failure. */
export async function setRecordTags(id: RecordId, tags: readonly string[]): Promise<boolean> {
  const { records } = useRecordsStore.getState();
  const record = records.get(id);
  if (!record) return false;
  const op = setTags(record, tags, nowIso());
  if (!op.ok) {
    useRecordsStore.setState({ notice: op.error });
    return false;
  }
  const result = await write(changesOf(op, () => record.saveCount));
  useRecordsStore.setState({ notice: noticeFor(result) });
  return result.kind === 'saved';
}

function noticeFor(result: SaveResult): string | null {
  switch (result.kind) {
    case 'saved':
      return null;
    case 'conflict':
      return 'Another tab changed this decision a moment ago. The page now shows its latest version: check it and try again.';
    case 'quarantined':
      return 'The stored copy of this decision could not be read, so it was left untouched.';
    case 'refused':
      return `Not saved: this decision would not read back once stored. ${result.reason} Nothing was changed.`;
    case 'failed':
      return `Not saved (${result.failure}).`;
  }
}

/** Opens a record's current walk in the wizard as a new revision, recording what changed. */
export function beginRevisit(record: DecisionRecord, whatChanged: string): string | null {
  return begin(startRevisit(record, whatChanged));
}

export function beginSuccessor(record: DecisionRecord): string | null {
  return begin(startSuccessor(record));
}

function begin(start: ReturnType<typeof startRevisit>): string | null {
  if (!start.ok) return start.error;
  useRecordsStore.setState({ work: start.value.context, workFor: start.value.session.id, save: { kind: 'idle' }, view: { kind: 'home' } });
  useSessionStore.getState().open(start.value.session);
  return null;
}

export function showView(view: RecordsView): void {
  useRecordsStore.setState({ view, notice: null });
}

/** Notes that the library (or a record of it) was just exported to a file, for the backup reminder. */
export async function markExported(): Promise<void> {
  const at = nowIso();
  useRecordsStore.setState({ lastExportAt: at });
  await getConnection()?.setMeta('lastExportAt', at);
}

/** The highest human-facing record number ever stored in this library; pass it to `assignNumber` so none is reused. */
export function highestNumberEverAssigned(): number {
  return useRecordsStore.getState().highestNumber;
}
