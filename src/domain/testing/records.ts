/** Builders for record tests: real sessions through `transition`, wrapped in records. */
import type { DecisionRecord, RecordId } from '../record/record';
import { recordFromSession } from '../record/ops';
import { followUpsOf } from '../guidance/follow-ups';
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
  return play(session, { type: 'follow-ups.edited', followUps: { ...followUpsOf(session), whyNotBuy: 'No product ranks our catalogue the way our customers expect.' } });
}

export function recordOf(session: Session, id = 'rec_1', now = '2026-11-22T10:00:00.000Z'): DecisionRecord {
  return recordFromSession(session, now, id as RecordId);
}
