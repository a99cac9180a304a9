import { calendarDay } from '../../domain/calendar-day';
import { kebab } from '../../domain/export/file-name';
import { recordToJson } from '../../domain/export/to-json';
import { markExported, sessionAsRecord, useRecordsStore } from '../../store/records';
import { saveFile } from '../../ui/save-file';

/** Downloads the open session as record JSON: work survives when storage does not. */
export function exportSessionRecord(): void {
  const record = sessionAsRecord();
  if (!record) return;
  const name = record.revisions.at(-1)?.session.framing.componentName ?? '';
  saveFile(`unsaved-${kebab(name)}.json`, recordToJson(record));
}

/**
 * Downloads every record this tab holds in memory (and the open session) as the
 * library archive, which the import reads back. For when storage went away under
 * the app: site data cleared, connection closed.
 */
export async function exportHeldLibrary(): Promise<void> {
  const { buildArchive } = await import('../../domain/export/archive');
  const held = [...useRecordsStore.getState().records.values()];
  const session = sessionAsRecord();
  const all = session ? [...held.filter((r) => r.id !== session.id), session] : held;
  saveFile(`forkpoint-rescue-${calendarDay()}.zip`, await buildArchive(all), 'application/zip');
  await markExported();
}
