import type { DecisionRecord } from '../record/record';
import { recordBaseName } from './file-name';
import type { RecordLookup } from './extra-sections';
import { recordToJson } from './to-json';
import { writeAdr } from '../adr/write-adr';

export const ARCHIVE_README = 'README.md';

/** The archive's name for a library exported on `today` (YYYY-MM-DD). */
export function archiveName(today: string): string {
  return `forkpoint-decisions-${today}.zip`;
}

/**
 * The whole library as one zip: for each record `NNNN-title.md` (MADR, for a
 * docs/decisions folder) and `NNNN-title.json` (the same record as JSON), side
 * by side, plus a README saying what they are. A record without its number yet (the
 * rescue export, when storage went away) carries its id in the name too, so no two files share one.
 */
export async function buildArchive(records: readonly DecisionRecord[], lookup?: RecordLookup): Promise<Uint8Array<ArrayBuffer>> {
  const { zipSync, strToU8 } = await import('fflate');
  const files: Record<string, Uint8Array> = { [ARCHIVE_README]: strToU8(readme(records.length)) };
  for (const record of records) {
    const base = record.number === null ? `${recordBaseName(record)}-${record.id}` : recordBaseName(record);
    files[`${base}.md`] = strToU8(writeAdr(record, 'madr', { lookup }));
    files[`${base}.json`] = strToU8(recordToJson(record));
  }
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

function readme(count: number): string {
  return [
    '# Forkpoint decision records',
    '',
    `${count} build-vs-buy decision record${count === 1 ? '' : 's'}, each twice:`,
    '',
    '* `NNNN-title.md`: the record as a MADR 4 decision record, ready for a `docs/decisions` folder.',
    '* `NNNN-title.json`: the same record as JSON, with every revision; `decision-record.schema.json` on the Forkpoint site describes it.',
    '',
    'Import this archive (or any of the files) in Forkpoint to get the records back.',
    '',
  ].join('\n');
}
