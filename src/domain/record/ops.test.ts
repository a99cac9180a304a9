import { describe, expect, it } from 'vitest';
import type { SessionId } from '../ids';
import { currentRevision, DecisionRecordSchema, type RecordId } from './record';
import { allowedStatuses, changeStatus, copyOf, MAX_TAG_LENGTH, setTags, titleOf, recordFromSession, saveSessionInto, startRevisit, startSuccessor, supersede } from './ops';
import { DraftSchema, newDraft, NEW_WORK } from './draft';
import { startTimer } from '../guidance/timebox';
import { buySession, inHouseSession, recordOf } from '../testing/records';
import { framed } from '../testing/sessions';

const NOW = '2026-12-01T09:00:00.000Z';

describe('recordFromSession', () => {
  it('proposes a session that reached an outcome, with a dated history', () => {
    const record = recordOf(buySession());
    expect(record.status).toBe('proposed');
    expect(record.statusHistory.map((h) => h.status)).toEqual(['draft', 'proposed']);
    expect(DecisionRecordSchema.safeParse(record).success).toBe(true);
  });

  it('keeps an unfinished session as a draft', () => {
    expect(recordOf(framed()).status).toBe('draft');
  });

  it('keeps a Build without why buying will not do as a draft, and proposes it once that is said', () => {
    const build = inHouseSession('yes');
    const bare = { ...build, followUps: { ...build.followUps, whyNotBuy: '  ' } };
    expect(recordOf(bare).status).toBe('draft');
    expect(recordOf(build).status).toBe('proposed');
    const rejected = changeStatus(recordOf(bare), 'rejected', NOW, '');
    if (!rejected.ok) throw new Error(rejected.error);
    const refused = changeStatus(rejected.value[0]!, 'proposed', NOW, '');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toMatch(/why buying will not do/);
  });

  it('gives each record a random id', () => {
    const a = recordFromSession(buySession(), NOW);
    const b = recordFromSession(buySession(), NOW);
    expect(a.id).not.toBe(b.id);
  });
});

describe('saveSessionInto', () => {
  it('replaces the revision when the same walk is saved again', () => {
    const record = recordOf(framed());
    const result = saveSessionInto(record, buySession(), '', NOW);
    if (!result.ok) throw new Error(result.error);
    const [saved] = result.value;
    expect(saved?.revisions).toHaveLength(1);
    expect(saved?.status).toBe('proposed');
  });

  it('adds revision N+1 for a revisit and needs what changed', () => {
    const record = recordOf(buySession());
    const start = startRevisit(record, 'Acme lost its SLA', 'session_2' as SessionId);
    if (!start.ok) throw new Error(start.error);
    expect(saveSessionInto(record, start.value.session, '  ', NOW)).toEqual({ ok: false, error: 'Say what changed since the last revision.' });
    const result = saveSessionInto(record, start.value.session, start.value.context.whatChanged, NOW);
    if (!result.ok) throw new Error(result.error);
    const saved = result.value[0];
    expect(saved?.revisions.map((r) => [r.number, r.whatChanged])).toEqual([
      [1, ''],
      [2, 'Acme lost its SLA'],
    ]);
    expect(saved && currentRevision(saved).session.answers).toEqual(record.revisions[0]?.session.answers);
  });

  it("gives a revisit its own hour: the first session's clock is not carried over", () => {
    const first = { ...buySession(), timer: startTimer(Date.parse('2026-05-01T09:00:00.000Z'), 'differentiator') };
    const record = recordOf(first);
    const start = startRevisit(record, 'Acme lost its SLA', 'session_2' as SessionId);
    if (!start.ok) throw new Error(start.error);
    expect(start.value.session.timer).toBeNull();
    expect(currentRevision(record).session.timer).toEqual(first.timer);
  });

  it('sends an accepted decision back to review when revisited', () => {
    const accepted = changeStatus(recordOf(buySession()), 'accepted', NOW, '');
    if (!accepted.ok) throw new Error(accepted.error);
    const record = accepted.value[0]!;
    const start = startRevisit(record, 'The bill doubled', 'session_2' as SessionId);
    if (!start.ok) throw new Error(start.error);
    const result = saveSessionInto(record, start.value.session, 'The bill doubled', NOW);
    if (!result.ok) throw new Error(result.error);
    expect(result.value[0]?.status).toBe('proposed');
    expect(result.value[0]?.statusHistory.at(-1)?.note).toBe('Revision 2: The bill doubled');
  });
});

describe('status lifecycle', () => {
  it('refuses a change MADR’s lifecycle does not allow', () => {
    const result = changeStatus(recordOf(buySession()), 'deprecated', NOW, '');
    expect(result).toEqual({ ok: false, error: 'A proposed decision cannot be marked deprecated.' });
  });

  it('does not propose an unfinished walk', () => {
    const rejected = changeStatus(recordOf(framed()), 'rejected', NOW, 'Abandoned');
    if (!rejected.ok) throw new Error(rejected.error);
    expect(changeStatus(rejected.value[0]!, 'proposed', NOW, '').ok).toBe(false);
  });

  it('links a successor both ways and supersedes the old one only when the new one is accepted', () => {
    const accepted = changeStatus(recordOf(buySession()), 'accepted', NOW, '');
    if (!accepted.ok) throw new Error(accepted.error);
    const old = accepted.value[0]!;
    const start = startSuccessor(old, '2027-06-01', 'session_new' as SessionId);
    if (!start.ok) throw new Error(start.error);
    expect(start.value.context.supersedes).toBe(old.id);
    expect(start.value.session.framing.componentName).toBe(currentRevision(old).session.framing.componentName);
    expect(start.value.session.framing.date).toBe('2027-06-01');
    const linked = supersede(old, inHouseSession('yes'), NOW, 'rec_new' as RecordId);
    if (!linked.ok) throw new Error(linked.error);
    const [successor, before] = linked.value;
    expect(successor?.supersedes).toBe(old.id);
    expect(before?.supersededBy).toBe('rec_new');
    expect(before?.status).toBe('accepted');

    expect(changeStatus(successor!, 'accepted', NOW, '', null).ok).toBe(false);
    const done = changeStatus(successor!, 'accepted', NOW, '', before);
    if (!done.ok) throw new Error(done.error);
    expect(done.value.map((r) => [r.id, r.status])).toEqual([
      ['rec_new', 'accepted'],
      [old.id, 'superseded'],
    ]);
    expect(startRevisit(done.value[1]!, 'x').ok).toBe(false);
  });
});

describe('copyOf', () => {
  it('keeps every revision under a new id, unsaved and unlinked', () => {
    const record = { ...recordOf(buySession()), saveCount: 4 };
    const copy = copyOf(record, NOW, 'rec_copy' as RecordId);
    expect(copy.id).toBe('rec_copy');
    expect(copy.saveCount).toBe(0);
    expect(copy.revisions).toEqual(record.revisions);
    expect(DecisionRecordSchema.safeParse(copy).success).toBe(true);
  });
});

describe('allowedStatuses and drafts', () => {
  it('offers only the changes MADR’s lifecycle allows', () => {
    const record = recordOf(buySession());
    expect(allowedStatuses(record)).toEqual(['accepted', 'rejected']);
    expect(allowedStatuses({ ...record, status: 'superseded' })).toEqual([]);
  });

  it('keeps a draft that parses back to itself', () => {
    const draft = newDraft(buySession(), { ...NEW_WORK, whatChanged: 'x' }, NOW);
    expect(DraftSchema.parse(draft)).toEqual(draft);
  });

  it('keeps a draft whose half-typed step input is unreadable, without that input', () => {
    const draft = newDraft(buySession(), NEW_WORK, NOW, { step: 'requirements', value: { rationale: 'half' } });
    expect(DraftSchema.parse(draft)).toEqual(draft);
    const parsed = DraftSchema.safeParse({ ...draft, stepInput: { step: 'node 9', value: 1 } });
    expect(parsed.success && parsed.data.session).toEqual(draft.session);
    expect(parsed.success && parsed.data.stepInput).toBeNull();
  });

  it('refuses to revisit without what changed, or a superseded record', () => {
    const record = recordOf(buySession());
    expect(startRevisit(record, ' ').ok).toBe(false);
    expect(startSuccessor({ ...record, status: 'superseded' }, '2027-06-01').ok).toBe(false);
    expect(supersede({ ...record, status: 'superseded' }, buySession(), NOW).ok).toBe(false);
    expect(saveSessionInto({ ...record, status: 'superseded' }, buySession(), '', NOW).ok).toBe(false);
    expect(() => currentRevision({ ...record, revisions: [] })).toThrow();
  });
});

describe('unfinished walks and titles', () => {
  it('keeps an unfinished walk a draft when saved again, and names an untitled record', () => {
    const record = recordOf(framed());
    const again = saveSessionInto(record, framed(), '', NOW);
    expect(again.ok && again.value[0]?.status).toBe('draft');
    const untitled = { ...record, revisions: record.revisions.map((r) => ({ ...r, session: { ...r.session, framing: { ...r.session.framing, componentName: '' } } })) };
    expect(titleOf(untitled)).toBe('Untitled decision');
    expect(titleOf(record)).toBe('Vector store for product search');
  });
});

describe('setTags', () => {
  it('trims, collapses spaces, drops empty tags and keeps the first spelling of a case-insensitive duplicate', () => {
    const record = recordOf(buySession());
    const result = setTags(record, ['  search ', 'Search', '', 'data   platform', 'SEARCH'], NOW);
    if (!result.ok) throw new Error(result.error);
    const [tagged] = result.value;
    expect(tagged?.tags).toEqual(['search', 'data platform']);
    expect(tagged?.updatedAt).toBe(NOW);
    expect(tagged?.status).toBe(record.status);
    expect(tagged?.statusHistory).toEqual(record.statusHistory);
    expect(DecisionRecordSchema.safeParse(tagged).success).toBe(true);
  });

  it('refuses a tag that is too long and leaves the record as it was', () => {
    const record = { ...recordOf(buySession()), tags: ['search'] };
    expect(setTags(record, ['x'.repeat(MAX_TAG_LENGTH + 1)], NOW)).toEqual({ ok: false, error: `A tag can be at most ${MAX_TAG_LENGTH} characters long.` });
    expect(record.tags).toEqual(['search']);
  });
});
