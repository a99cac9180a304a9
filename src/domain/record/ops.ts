import { decide } from '../decision';
import { canDecide } from '../guidance/follow-ups';
import { newId, type SessionId } from '../ids';
import { NEW_WORK, type WorkContext } from './draft';
import { currentRevision, newRecord, type DecisionRecord, type RecordId, type Status } from './record';
import { err, ok, type Result } from '../result';
import { newSession, type Session } from '../session';

export type RecordOpResult = Result<readonly DecisionRecord[], string>;

const fail = (message: string): RecordOpResult => err(message);

/** True when every route through the tree has its outcome: the session can be proposed. */
export function reachedOutcome(session: Session): boolean {
  return decide(session).outcome !== null;
}

/**
 * The status a freshly saved walk stands at: proposed once it has an outcome and
 * nothing blocking is missing from its follow-ups (a Build needs why buying will
 * not do), draft before.
 */
export function statusForSession(session: Session): 'draft' | 'proposed' {
  return canDecide(session) ? 'proposed' : 'draft';
}

function withStatus(record: DecisionRecord, status: Status, now: string, note: string): DecisionRecord {
  if (record.status === status) return record;
  return { ...record, status, statusHistory: [...record.statusHistory, { status, at: now, note }] };
}

/**
 * A new record from a session, with a random id. Its status is proposed when the
 * session reached an outcome and draft otherwise.
 */
export function recordFromSession(session: Session, now: string, id: RecordId = newId<RecordId>('rec')): DecisionRecord {
  const record = newRecord(session, now, id);
  return withStatus(record, statusForSession(session), now, 'The team reached an outcome.');
}

/**
 * Stores a walk in a record. The same session saved again replaces the revision it
 * made; a different session (a revisit) adds revision N+1, which needs the new
 * information that prompted it. A record that moves on re-enters review: its
 * status goes back to proposed (or draft while unfinished).
 */
export function saveSessionInto(record: DecisionRecord, session: Session, whatChanged: string, now: string): RecordOpResult {
  if (record.status === 'superseded') return fail('This decision has been superseded: revisit the decision that replaced it.');
  const current = currentRevision(record);
  const sameWalk = current.session.id === session.id;
  if (!sameWalk && whatChanged.trim() === '') return fail('Say what changed since the last revision.');
  const revision = {
    number: sameWalk ? current.number : current.number + 1,
    savedAt: now,
    whatChanged: sameWalk ? current.whatChanged : whatChanged.trim(),
    session,
  };
  const revisions = sameWalk ? [...record.revisions.slice(0, -1), revision] : [...record.revisions, revision];
  const status = statusForSession(session);
  const note = sameWalk ? (status === 'proposed' ? 'The team reached an outcome.' : '') : `Revision ${revision.number}: ${revision.whatChanged}`;
  const moved = record.status === status ? record : withStatus(record, status, now, note);
  // A change made here dates the file again; a new revision takes its decision-makers from its own session.
  return ok([{ ...moved, revisions, updatedAt: now, date: null, decisionMakers: sameWalk ? moved.decisionMakers : null }]);
}

/** Status changes a person can make by hand; superseded is reached only by accepting a successor. */
const MANUAL: Readonly<Record<Status, readonly Status[]>> = {
  draft: ['rejected'],
  proposed: ['accepted', 'rejected'],
  accepted: ['deprecated'],
  rejected: ['proposed'],
  deprecated: [],
  superseded: [],
};

export function allowedStatuses(record: DecisionRecord): readonly Status[] {
  return MANUAL[record.status];
}

/**
 * Changes a record's status, with a dated history entry. Accepting a record that
 * supersedes another also moves the older one to superseded (pass it as `related`):
 * until then the older decision stays in force.
 */
export function changeStatus(
  record: DecisionRecord,
  to: Status,
  now: string,
  note: string,
  related: DecisionRecord | null = null,
): RecordOpResult {
  if (!MANUAL[record.status].includes(to)) return fail(`A ${record.status} decision cannot be marked ${to}.`);
  if (to === 'proposed' && !canDecide(currentRevision(record).session)) {
    return fail(
      reachedOutcome(currentRevision(record).session)
        ? 'Complete the follow-ups the outcome needs (such as why buying will not do) before proposing this decision.'
        : 'Finish the walk through the tree before proposing this decision.',
    );
  }
  const updated = { ...withStatus(record, to, now, note.trim()), updatedAt: now, date: null };
  if (to !== 'accepted' || record.supersedes === null) return ok([updated]);
  if (related === null || related.id !== record.supersedes) return fail('The decision this one supersedes could not be found.');
  const old = { ...withStatus(related, 'superseded', now, `Superseded by “${titleOf(record)}”.`), supersededBy: record.id, updatedAt: now, date: null };
  return ok([updated, old]);
}

/**
 * A new decision that will replace `old`: linked both ways now, while `old` keeps
 * its status until the new one is accepted.
 */
export function supersede(old: DecisionRecord, session: Session, now: string, id: RecordId = newId<RecordId>('rec')): RecordOpResult {
  if (old.status === 'superseded') return fail('This decision has already been superseded.');
  const successor = { ...recordFromSession(session, now, id), supersedes: old.id };
  return ok([successor, { ...old, supersededBy: successor.id, updatedAt: now, date: null }]);
}

/** A copy under a new id, for a save that lost a race with another tab: nothing is overwritten. */
export function copyOf(record: DecisionRecord, now: string, id: RecordId = newId<RecordId>('rec')): DecisionRecord {
  const note = `Saved as a copy of “${titleOf(record)}” while another tab had changed it.`;
  return {
    ...record,
    id,
    saveCount: 0,
    number: null,
    supersedes: null,
    supersededBy: null,
    statusHistory: [...record.statusHistory, { status: record.status, at: now, note }],
    updatedAt: now,
    date: null,
  };
}

export function titleOf(record: DecisionRecord): string {
  return currentRevision(record).session.framing.componentName || 'Untitled decision';
}

export type StartResult = Result<{ readonly session: Session; readonly context: WorkContext }, string>;

/**
 * A revisit: a new walk that starts from the current revision's framing and
 * answers, back at the framing step. Untouched answers carry over; a changed one
 * invalidates what lies downstream, as in the wizard. The revisit is its own
 * session, so it gets its own hour: the earlier session's clock stays in its revision.
 */
export function startRevisit(record: DecisionRecord, whatChanged: string, sessionId: SessionId = newId<SessionId>('session')): StartResult {
  if (record.status === 'superseded') return err('This decision has been superseded: revisit the decision that replaced it.');
  if (whatChanged.trim() === '') return err('Say what changed: the new information that reopens this decision.');
  const session = { ...currentRevision(record).session, id: sessionId, step: 'framing' as const, timer: null };
  return ok({ session, context: { recordId: record.id, saveCount: record.saveCount, whatChanged: whatChanged.trim(), supersedes: null } });
}

/**
 * A fresh walk for a decision that will supersede `old`: its framing is the starting
 * point, no answers carry over, and it is dated `today`: the old decision's date
 * would make the successor due for revisit the moment it is saved.
 */
export function startSuccessor(old: DecisionRecord, today: string, sessionId: SessionId = newId<SessionId>('session')): StartResult {
  if (old.status === 'superseded') return err('This decision has already been superseded.');
  const { framing } = currentRevision(old).session;
  const session: Session = { ...newSession(today, sessionId), framing: { ...framing, date: today } };
  return ok({ session, context: { ...NEW_WORK, supersedes: old.id } });
}

/** The longest tag kept; tags are labels for filtering, not notes. */
export const MAX_TAG_LENGTH = 40;

/**
 * Replaces a record's tags: trimmed, inner whitespace collapsed, empty ones
 * dropped, duplicates (ignoring case, as the library's filter does) kept once
 * in their first spelling. Refuses a tag longer than MAX_TAG_LENGTH.
 */
export function setTags(record: DecisionRecord, tags: readonly string[], now: string): RecordOpResult {
  const kept: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag === '') continue;
    if (tag.length > MAX_TAG_LENGTH) return fail(`A tag can be at most ${MAX_TAG_LENGTH} characters long.`);
    if (!kept.some((k) => k.toLowerCase() === tag.toLowerCase())) kept.push(tag);
  }
  return ok([{ ...record, tags: kept, updatedAt: now, date: null }]);
}
