/** Builders for record tests: real sessions through `transition`, wrapped in records. */
import { currentRevision, type DecisionRecord, type RecordId } from '../record/record';
import { restoreRecord } from '../record/restore';
import { recordFromSession } from '../record/ops';
import type { Session } from '../session';
import { ALL_CHECKS, differentiator, fit, framed, maintenance, maturity, play, type FramingOptions } from './sessions';

const BUY_FRAMING: FramingOptions = { candidates: ['Acme Vectors'], requirements: [['Hybrid search', 'must'], ['Metrics export', 'should']] };

/** Node 1 no, Acme mature and covering everything: Buy. */
export function buySession(options: FramingOptions = BUY_FRAMING): Session {
  return play(framed(options), differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: ['covered', 'covered'], verdict: 'meets' } }));
}

/** Node 1 yes, node 5 as given: Build (yes, with why buying will not do, so it can be decided) or Secure capacity first (no). */
export function inHouseSession(answer: 'yes' | 'no' = 'yes', options: FramingOptions = {}): Session {
  const session = play(framed(options), differentiator('yes'), maintenance(answer, answer === 'no' ? 'The team is booked on the migration all year.' : ''));
  return play(session, { type: 'follow-ups.edited', followUps: { ...session.followUps, whyNotBuy: 'No product ranks our catalogue the way our customers expect.' } });
}

export function recordOf(session: Session, id = 'rec_1', now = '2026-11-22T10:00:00.000Z'): DecisionRecord {
  return recordFromSession(session, now, id as RecordId);
}

/**
 * A session as record format v1 could store it (fields it did not have yet left
 * out), read back the way every stored or imported record is: through restoreRecord.
 */
export function readAsV1(session: unknown): Session {
  const record = { ...recordOf(buySession()), formatVersion: 1, revisions: [{ number: 1, savedAt: '2026-11-22T10:00:00.000Z', whatChanged: '', session }] };
  const restored = restoreRecord(JSON.parse(JSON.stringify(record)));
  if (!restored.ok) throw new Error(`A v1 session did not restore: ${JSON.stringify(restored.error)}`);
  return currentRevision(restored.value).session;
}
