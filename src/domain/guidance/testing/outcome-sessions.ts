/**
 * Test builders: one session per outcome, made through `transition` like the
 * lead's builders in ../testing/sessions.ts.
 */
import type { Profile } from '../../framing';
import type { Outcome } from '../../outcomes';
import type { Session } from '../../session';
import type { SessionEvent } from '../../transition';
import { ALL_CHECKS, differentiator, fit, framed, gaps, maintenance, maturity, play } from '../../testing/sessions';
import type { FollowUps } from '../schemas';

export const REQUIREMENTS = [
  ['Hybrid search', 'must'],
  ['Metadata filters', 'should'],
  ['Multi-tenancy', 'should'],
  ['Dashboards', 'nice'],
] as const;

const GAPPY = fit({ 0: { coverage: ['covered', 'partial', 'missing', 'missing'], verdict: 'gaps' } });

/** The events after framing that reach each decision outcome with one candidate. */
const ROUTES: Record<Exclude<Outcome, 'reject-candidate'>, readonly SessionEvent[]> = {
  buy: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: ['covered', 'covered', 'covered', 'missing'], verdict: 'meets' } })],
  'buy-and-wrap': [
    differentiator('no'),
    maturity({ 0: { checks: ALL_CHECKS } }),
    GAPPY,
    gaps({ 0: { ratings: { 1: { kind: 'core', breadth: 'narrow' }, 2: { kind: 'edge' } }, verdict: 'narrow-core-gaps' } }),
  ],
  build: [differentiator('yes'), maintenance('yes')],
  'find-another-vendor': [
    differentiator('no'),
    maturity({ 0: { checks: ALL_CHECKS } }),
    GAPPY,
    gaps({ 0: { ratings: { 1: { kind: 'core', breadth: 'broad' }, 2: { kind: 'edge' } }, verdict: 'broad-core-gap' } }),
    maintenance('no', 'We are taking on two other systems this year.'),
  ],
  'secure-capacity-first': [differentiator('yes'), maintenance('no', 'We are taking on two other systems this year.')],
};

export type DecisionOutcome = keyof typeof ROUTES;
export const DECISION_OUTCOMES = Object.keys(ROUTES) as DecisionOutcome[];

export function reach(outcome: DecisionOutcome, profile: Profile = 'midsize'): Session {
  return play(framed({ candidates: ['Acme Vectors'], requirements: REQUIREMENTS, profile }), ...ROUTES[outcome]);
}

/** Build reached from node 2 "no": the component was judged not to be a differentiator. */
export function buildNotDifferentiator(profile: Profile = 'midsize'): Session {
  return play(framed({ candidates: ['Acme Vectors'], requirements: REQUIREMENTS, profile }), differentiator('no'), maturity({ 0: { checks: ALL_CHECKS, mature: false, overrideReason: 'References could not confirm the SLA.' } }), maintenance('yes'));
}

export function withFollowUps(session: Session, patch: Partial<FollowUps>): Session {
  return { ...session, followUps: { ...session.followUps, ...patch } };
}
