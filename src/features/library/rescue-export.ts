import { calendarDay } from '../../domain/calendar-day';
import { kebab } from '../../domain/export/file-name';
import { recordToJson } from '../../domain/export/to-json';
import { markExported, sessionAsRecord, wholeLibrary } from '../../store/records';
import { saveFile } from '../../ui/save-file';

/** Downloads the open session as record JSON: work survives when storage does not. */
export function exportSessionRecord(): void {
  const record = sessionAsRecord();
  if (!record) return;
  const name = record.revisions.at(-1)?.session.framing.componentName ?? '';
  saveFile(`unsaved-${kebab(name)}.json`, recordToJson(record));
}

/**
 * Downloads the library (and the open session) as the archive the import reads
 * back, for when saving stopped working: read whole from storage while it still
 * reads (a full disk), otherwise the records this tab held whole (those opened here)
 * when the connection went (site data cleared, connection closed).
 */
export async function exportHeldLibrary(): Promise<void> {
  const { buildArchive } = await import('../../domain/export/archive');
  const held = await wholeLibrary();
  const session = sessionAsRecord();
  const all = session ? [...held.filter((r) => r.id !== session.id), session] : held;
  saveFile(`forkpoint-rescue-${calendarDay()}.zip`, await buildArchive(all), 'application/zip');
  await markExported();
}
