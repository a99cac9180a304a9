import * as z from 'zod/mini';
import { idSchema, newId } from '../ids';
import { RECORD_FORMAT_VERSION } from './format';
import { SessionSchema, type Session } from '../session';
import { FileEditSchema, OutsideEditSchema } from './outside-edits';

export const RecordIdSchema = idSchema().brand<'RecordId'>();
export type RecordId = z.infer<typeof RecordIdSchema>;

/** MADR's status words; "draft" means the session is not finished. */
export const STATUSES = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const STATUS_NAMES: Record<Status, string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  deprecated: 'Deprecated',
  superseded: 'Superseded',
};

export const StatusChangeSchema = z.object({
  status: StatusSchema,
  at: z.iso.datetime(),
  note: z.string(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** One walk through the tree. A revisit adds a revision; none is ever rewritten. */
export const RevisionSchema = z.object({
  number: z.number().check(z.int(), z.gte(1)),
  savedAt: z.iso.datetime(),
  /** The new information that prompted this revision; empty for the first. */
  whatChanged: z.string(),
  session: SessionSchema,
});
export type Revision = z.infer<typeof RevisionSchema>;

/** A record in today's format; `restoreRecord` (restore.ts) brings older ones up to it. */
export const DecisionRecordSchema = z.object({
  formatVersion: z.literal(RECORD_FORMAT_VERSION),
  id: RecordIdSchema,
  /** Incremented on every save; a save based on an older value is a conflict with another tab. */
  saveCount: z.number().check(z.int(), z.gte(0)),
  /** The human-facing number used in file names, assigned at first export and never reused. */
  number: z.nullable(z.number().check(z.int(), z.gte(1))),
  tags: z.array(z.string()),
  status: StatusSchema,
  statusHistory: z.array(StatusChangeSchema),
  supersedes: z.nullable(RecordIdSchema),
  supersededBy: z.nullable(RecordIdSchema),
  /** MADR's `date` as the team set it in the file; null: the day of the last update. A change made in Forkpoint clears it. */
  date: z.nullable(z.iso.date()),
  /** Decision-makers as the team set them in the file; null: the facilitator and participants of the current revision. */
  decisionMakers: z.nullable(z.array(z.string())),
  consulted: z.array(z.string()),
  informed: z.array(z.string()),
  /** The edits the team made in the file, oldest first (status edits are in `statusHistory`). */
  fileEdits: z.array(FileEditSchema),
  /** Readable text edited outside Forkpoint: at most one a revision, never dropped. */
  outsideEdits: z.array(OutsideEditSchema),
  revisions: z.array(RevisionSchema).check(z.minLength(1)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type DecisionRecord = z.infer<typeof DecisionRecordSchema>;

/** The revision the record currently stands on: the last one. */
export function currentRevision(record: DecisionRecord): Revision {
  const last = record.revisions[record.revisions.length - 1];
  if (!last) throw new Error(`Record ${record.id} has no revision`);
  return last;
}

export function newRecord(session: Session, now: string, id: RecordId = newId<RecordId>('rec')): DecisionRecord {
  return {
    formatVersion: RECORD_FORMAT_VERSION,
    id,
    saveCount: 0,
    number: null,
    tags: [],
    status: 'draft',
    statusHistory: [{ status: 'draft', at: now, note: '' }],
    supersedes: null,
    supersededBy: null,
    date: null,
    decisionMakers: null,
    consulted: [],
    informed: [],
    fileEdits: [],
    outsideEdits: [],
    revisions: [{ number: 1, savedAt: now, whatChanged: '', session }],
    createdAt: now,
    updatedAt: now,
  };
}
