/**
 * Builders for tests: real sessions made through `transition`, so a test never
 * holds a state the engine could not have produced.
 */
import type { AnswerInput, Coverage, GapRating, MaturityChecks, YesNo } from '../answers';
import type { Bucket, Capacity, Framing, Profile } from '../framing';
import type { CandidateId, RequirementId, SessionId } from '../ids';
import { newSession, type Session } from '../session';
import { transition, type SessionEvent } from '../transition';

export const ALL_CHECKS: MaturityChecks = {
  inProductionTwoYears: true,
  customersAtOurScale: true,
  publicSla: true,
  provenFailureRecord: true,
};
export const NO_CHECKS: MaturityChecks = {
  inProductionTwoYears: false,
  customersAtOurScale: false,
  publicSla: false,
  provenFailureRecord: false,
};
export const ROOMY: Capacity = { engineers: 20, systemsMaintained: 4, spareEngineers: 1 };
export const STRETCHED: Capacity = { engineers: 4, systemsMaintained: 6, spareEngineers: 0 };

export interface FramingOptions {
  candidates?: readonly string[];
  requirements?: readonly (readonly [string, Bucket])[];
  capacity?: Capacity;
  profile?: Profile;
}

export const cid = (n: number) => `cand_${n}` as CandidateId;
export const rid = (n: number) => `req_${n}` as RequirementId;

export function framing(options: FramingOptions = {}): Framing {
  return {
    componentName: 'Vector store for product search',
    description:
      'Stores 40M product embeddings, serves hybrid queries for search and recommendations at p99 under 80 ms with 99.9% availability; search and ranking depend on it.',
    componentKind: 'infrastructure',
    layer: 'component',
    capacity: options.capacity ?? ROOMY,
    profile: options.profile ?? 'midsize',
    candidates: (options.candidates ?? []).map((name, i) => ({ id: cid(i), name, vendor: `${name} Inc.`, notes: '' })),
    requirements: (options.requirements ?? []).map(([name, bucket], i) => ({ id: rid(i), name, bucket })),
    participants: ['Ada', 'Grace'],
    facilitator: 'Ada',
    date: '2026-11-22',
  };
}

/** Applies events in order and fails loudly on a rejection: builders only make valid sessions. */
export function play(start: Session, ...events: SessionEvent[]): Session {
  return events.reduce((session, event) => {
    const result = transition(session, event);
    if (!result.ok) throw new Error(`${event.type} rejected: ${result.error.message} ${JSON.stringify(result.error.errors)}`);
    return result.value;
  }, start);
}

export function framed(options: FramingOptions = {}): Session {
  return play(newSession('2026-11-22', 'session_test' as SessionId), { type: 'framing.submitted', framing: framing(options) });
}

export const answer = (input: AnswerInput): SessionEvent => ({ type: 'answer.given', answer: input });

export const differentiator = (value: YesNo, rationale = value === 'yes' ? 'Our ranking is what customers pay for.' : '') =>
  answer({ node: 'differentiator', answer: value, rationale });

export const maturity = (byCandidate: Record<number, { checks: MaturityChecks; mature?: boolean; overrideReason?: string }>) =>
  answer({
    node: 'maturity',
    rationale: '',
    candidates: Object.fromEntries(
      Object.entries(byCandidate).map(([i, c]) => [
        cid(Number(i)),
        { checks: c.checks, mature: c.mature ?? Object.values(c.checks).every(Boolean), overrideReason: c.overrideReason ?? '' },
      ]),
    ),
  });

export const fit = (
  byCandidate: Record<number, { coverage: readonly Coverage[]; verdict: 'meets' | 'gaps' | 'must-have-missing'; overrideReason?: string }>,
) =>
  answer({
    node: 'requirements',
    rationale: '',
    candidates: Object.fromEntries(
      Object.entries(byCandidate).map(([i, c]) => [
        cid(Number(i)),
        {
          coverage: Object.fromEntries(c.coverage.map((cov, r) => [rid(r), cov])),
          verdict: c.verdict,
          overrideReason: c.overrideReason ?? '',
        },
      ]),
    ),
  });

export const gaps = (
  byCandidate: Record<
    number,
    { ratings: Record<number, GapRating>; verdict: 'no-core-gap' | 'narrow-core-gaps' | 'broad-core-gap'; overrideReason?: string }
  >,
) =>
  answer({
    node: 'gaps',
    rationale: '',
    candidates: Object.fromEntries(
      Object.entries(byCandidate).map(([i, c]) => [
        cid(Number(i)),
        {
          gaps: Object.fromEntries(Object.entries(c.ratings).map(([r, g]) => [rid(Number(r)), g])),
          verdict: c.verdict,
          overrideReason: c.overrideReason ?? '',
        },
      ]),
    ),
  });

export const maintenance = (value: YesNo, overrideReason = '') =>
  answer({ node: 'maintenance', answer: value, overrideReason, rationale: '' });
