import { kebab } from '../../domain/export/file-name';
import { calendarDay } from '../../domain/calendar-day';
import { recordToJson } from '../../domain/export/to-json';
import { recordFromSession, saveSessionInto } from '../../domain/record/ops';
import type { DecisionRecord } from '../../domain/record/record';
import { markExported } from '../../store/records-actions';
import { useRecordsStore } from '../../store/records-store';
import { useSessionStore } from '../../store/session-store';
import { saveFile } from '../../ui/save-file';

/**
 * The open session as a decision record, built as a save would build it (into its
 * record when it has one), so the file imports like any exported record.
 */
function sessionAsRecord(): DecisionRecord | null {
  const session = useSessionStore.getState().session;
  if (!session) return null;
  const { work, records } = useRecordsStore.getState();
  const now = new Date().toISOString();
  const known = work.recordId ? records.get(work.recordId) : undefined;
  if (known) {
    const into = saveSessionInto(known, session, work.whatChanged || 'Exported while it could not be saved', now);
    if (into.ok && into.value[0]) return into.value[0];
  }
  return recordFromSession(session, now);
}

/** Downloads the open session as record JSON: work survives when storage does not. */
export function exportSessionRecord(): void {
  const record = sessionAsRecord();
  if (!record) return;
  const name = record.revisions.at(-1)?.session.framing.componentName ?? '';
  saveFile(`unsaved-${kebab(name)}.json`, recordToJson(record));
}


/**
 * Downloads every record this tab holds in memory (and the open session) as one
 * zip of record JSON files, which the import reads back. For when storage went
 * away under the app: site data cleared, connection closed.
 */
export async function exportHeldLibrary(): Promise<void> {
  const { zipSync, strToU8 } = await import('fflate');
  const held = [...useRecordsStore.getState().records.values()];
  const session = sessionAsRecord();
  const all = session ? [...held.filter((r) => r.id !== session.id), session] : held;
  const files: Record<string, Uint8Array> = {};
  for (const record of all) {
    const name = record.revisions.at(-1)?.session.framing.componentName ?? '';
    files[`${kebab(name, 40)}-${record.id}.json`] = strToU8(recordToJson(record));
  }
  const zip = zipSync(files, { level: 6 });
  saveFile(`forkpoint-rescue-${calendarDay()}.zip`, zip, 'application/zip');
  await markExported();
}
