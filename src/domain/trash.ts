import * as z from 'zod/mini';
import { DecisionRecordSchema, type DecisionRecord } from './record/record';
import { restoreFormat } from './record/restore';

/** How long a deleted record waits in the Trash before it may be purged. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a deleted record lived: restoring puts it back there when it can. */
export const TrashOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('browser') }),
  /** `folder` is the opened folder's name, `path` the file's path inside it, `text` the file as it was deleted. */
  z.object({ kind: z.literal('folder'), folder: z.string(), path: z.string(), text: z.string() }),
]);
export type TrashOrigin = z.infer<typeof TrashOriginSchema>;

export const TrashEntrySchema = z.object({
  /** Brought up to today's format first: an entry kept from before a format change still lists and restores. */
  record: z.pipe(
    z.transform((raw: unknown) => {
      const restored = restoreFormat(raw, 'record');
      return restored.ok ? restored.value : raw;
    }),
    DecisionRecordSchema,
  ),
  deletedAt: z.iso.datetime(),
  origin: TrashOriginSchema,
});
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

export function trashEntry(record: DecisionRecord, deletedAt: string, origin: TrashOrigin): TrashEntry {
  return { record, deletedAt, origin };
}

/** The moment an entry may be purged: 30 days after it was deleted. */
export function purgeAfter(entry: TrashEntry): string {
  return new Date(Date.parse(entry.deletedAt) + TRASH_DAYS * DAY_MS).toISOString();
}

export function isExpired(entry: TrashEntry, now: string): boolean {
  return Date.parse(now) >= Date.parse(purgeAfter(entry));
}

/** Whole days left before purging, never below 0. */
export function daysLeft(entry: TrashEntry, now: string): number {
  return Math.max(0, Math.ceil((Date.parse(purgeAfter(entry)) - Date.parse(now)) / DAY_MS));
}
