import { describe, expect, it } from 'vitest';
import { decide } from './decision';
import type { Outcome } from './outcomes';
import type { SessionEvent } from './transition';
import {
  ALL_CHECKS,
  NO_CHECKS,
  ROOMY,
  STRETCHED,
  differentiator,
  fit,
  framed,
  gaps,
  maintenance,
  maturity,
  play,
  type FramingOptions,
} from './testing/sessions';

const REQUIREMENTS: FramingOptions['requirements'] = [
  ['Hybrid search', 'must'],
  ['Metadata filters', 'should'],
  ['Multi-tenancy', 'should'],
  ['Dashboards', 'nice'],
];
const ALL_COVERED = ['covered', 'covered', 'covered', 'missing'] as const;
const MUST_MISSING = ['partial', 'covered', 'covered', 'covered'] as const;
/** Should-haves at 50%: one partly covered, one missing → node 4 with two gaps. */
const SHORT = ['covered', 'partial', 'missing', 'covered'] as const;
const EDGE_ONLY = { 1: { kind: 'edge' }, 2: { kind: 'not-a-gap' } } as const;
const NARROW = { 1: { kind: 'core', breadth: 'narrow' }, 2: { kind: 'edge' } } as const;
const BROAD = { 1: { kind: 'core', breadth: 'broad' }, 2: { kind: 'edge' } } as const;

interface Route {
  readonly name: string;
  readonly candidates: readonly string[];
  readonly capacity?: FramingOptions['capacity'];
  readonly events: readonly SessionEvent[];
  readonly candidateOutcomes: readonly (Outcome | null)[];
  readonly outcome: Outcome;
  readonly nodes: number;
}

const ONE = ['Qdrant Cloud'];
const TWO = ['Qdrant Cloud', 'Pinecone'];

/** Every route the tree allows to each of the six outcomes, with none, one and two candidates. */
const ROUTES: Route[] = [
  { name: 'Build: differentiator, can maintain', candidates: ONE, events: [differentiator('yes'), maintenance('yes')], candidateOutcomes: [null], outcome: 'build', nodes: 2 },
  { name: 'Build: differentiator, can maintain (two candidates)', candidates: TWO, events: [differentiator('yes'), maintenance('yes')], candidateOutcomes: [null, null], outcome: 'build', nodes: 2 },
  { name: 'Secure capacity first: differentiator, cannot maintain', candidates: ONE, capacity: STRETCHED, events: [differentiator('yes'), maintenance('no')], candidateOutcomes: [null], outcome: 'secure-capacity-first', nodes: 2 },
  { name: 'Build: no candidate at all', candidates: [], events: [differentiator('no'), maturity({}), maintenance('yes')], candidateOutcomes: [], outcome: 'build', nodes: 3 },
  { name: 'Secure capacity first: no candidate at all', candidates: [], capacity: STRETCHED, events: [differentiator('no'), maturity({}), maintenance('no')], candidateOutcomes: [], outcome: 'secure-capacity-first', nodes: 3 },
  { name: 'Build: no mature option', candidates: ONE, events: [differentiator('no'), maturity({ 0: { checks: NO_CHECKS } }), maintenance('yes')], candidateOutcomes: ['reject-candidate'], outcome: 'build', nodes: 3 },
  { name: 'Secure capacity first: no mature option (two candidates)', candidates: TWO, capacity: STRETCHED, events: [differentiator('no'), maturity({ 0: { checks: NO_CHECKS }, 1: { checks: { ...ALL_CHECKS, publicSla: false } } }), maintenance('no')], candidateOutcomes: ['reject-candidate', 'reject-candidate'], outcome: 'secure-capacity-first', nodes: 3 },
  { name: 'Buy: mature, all must-haves, 80% of should-haves', candidates: ONE, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: ALL_COVERED, verdict: 'meets' } })], candidateOutcomes: ['buy'], outcome: 'buy', nodes: 3 },
  { name: 'Buy: gaps are edge cases', candidates: ONE, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: SHORT, verdict: 'gaps' } }), gaps({ 0: { ratings: EDGE_ONLY, verdict: 'no-core-gap' } })], candidateOutcomes: ['buy'], outcome: 'buy', nodes: 4 },
  { name: 'Buy and wrap: core gaps all narrow', candidates: ONE, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: SHORT, verdict: 'gaps' } }), gaps({ 0: { ratings: NARROW, verdict: 'narrow-core-gaps' } })], candidateOutcomes: ['buy-and-wrap'], outcome: 'buy-and-wrap', nodes: 4 },
  { name: 'Build: broad core gap, can maintain', candidates: ONE, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: SHORT, verdict: 'gaps' } }), gaps({ 0: { ratings: BROAD, verdict: 'broad-core-gap' } }), maintenance('yes')], candidateOutcomes: ['build'], outcome: 'build', nodes: 5 },
  { name: 'Find another vendor: broad core gap, cannot maintain', candidates: ONE, capacity: STRETCHED, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: SHORT, verdict: 'gaps' } }), gaps({ 0: { ratings: BROAD, verdict: 'broad-core-gap' } }), maintenance('no')], candidateOutcomes: ['find-another-vendor'], outcome: 'find-another-vendor', nodes: 5 },
  { name: 'Reject this candidate: must-have missing, then build', candidates: ONE, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: MUST_MISSING, verdict: 'must-have-missing' } }), maintenance('yes')], candidateOutcomes: ['reject-candidate'], outcome: 'build', nodes: 4 },
  { name: 'Reject this candidate: must-have missing, cannot maintain', candidates: ONE, capacity: STRETCHED, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: MUST_MISSING, verdict: 'must-have-missing' } }), maintenance('no')], candidateOutcomes: ['reject-candidate'], outcome: 'secure-capacity-first', nodes: 4 },
  { name: 'Two candidates: one rejected at node 3, the other bought', candidates: TWO, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }), fit({ 0: { coverage: MUST_MISSING, verdict: 'must-have-missing' }, 1: { coverage: ALL_COVERED, verdict: 'meets' } })], candidateOutcomes: ['reject-candidate', 'buy'], outcome: 'buy', nodes: 3 },
  { name: 'Two candidates: one not mature, the other wrapped', candidates: TWO, events: [differentiator('no'), maturity({ 0: { checks: NO_CHECKS }, 1: { checks: ALL_CHECKS } }), fit({ 1: { coverage: SHORT, verdict: 'gaps' } }), gaps({ 1: { ratings: NARROW, verdict: 'narrow-core-gaps' } })], candidateOutcomes: ['reject-candidate', 'buy-and-wrap'], outcome: 'buy-and-wrap', nodes: 4 },
  { name: 'Two candidates: buy beats buy and wrap', candidates: TWO, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }), fit({ 0: { coverage: SHORT, verdict: 'gaps' }, 1: { coverage: ALL_COVERED, verdict: 'meets' } }), gaps({ 0: { ratings: NARROW, verdict: 'narrow-core-gaps' } })], candidateOutcomes: ['buy-and-wrap', 'buy'], outcome: 'buy', nodes: 4 },
  { name: 'Two candidates: wrap beats another vendor', candidates: TWO, capacity: STRETCHED, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }), fit({ 0: { coverage: SHORT, verdict: 'gaps' }, 1: { coverage: SHORT, verdict: 'gaps' } }), gaps({ 0: { ratings: BROAD, verdict: 'broad-core-gap' }, 1: { ratings: NARROW, verdict: 'narrow-core-gaps' } }), maintenance('no')], candidateOutcomes: ['find-another-vendor', 'buy-and-wrap'], outcome: 'buy-and-wrap', nodes: 5 },
  { name: 'Two candidates: both broad, can maintain → build', candidates: TWO, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }), fit({ 0: { coverage: SHORT, verdict: 'gaps' }, 1: { coverage: SHORT, verdict: 'gaps' } }), gaps({ 0: { ratings: BROAD, verdict: 'broad-core-gap' }, 1: { ratings: BROAD, verdict: 'broad-core-gap' } }), maintenance('yes')], candidateOutcomes: ['build', 'build'], outcome: 'build', nodes: 5 },
  { name: 'Two candidates: both miss a must-have → secure capacity', candidates: TWO, capacity: STRETCHED, events: [differentiator('no'), maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }), fit({ 0: { coverage: MUST_MISSING, verdict: 'must-have-missing' }, 1: { coverage: MUST_MISSING, verdict: 'must-have-missing' } }), maintenance('no')], candidateOutcomes: ['reject-candidate', 'reject-candidate'], outcome: 'secure-capacity-first', nodes: 4 },
];

describe('every route reaches its outcome', () => {
  it.each(ROUTES)('$name', (route) => {
    const session = play(framed({ candidates: route.candidates, requirements: REQUIREMENTS, capacity: route.capacity ?? ROOMY }), ...route.events);
    const decision = decide(session);
    expect(session.step).toBe('outcome');
    expect(decision.walk.pending).toBeNull();
    expect(decision.walk.candidates.map((c) => c.outcome)).toEqual(route.candidateOutcomes);
    expect(decision.outcome).toBe(route.outcome);
    expect(decision.walk.route).toHaveLength(route.nodes);
  });

  it('covers all six outcomes', () => {
    const reached = new Set(ROUTES.flatMap((r) => [r.outcome, ...r.candidateOutcomes.filter((o) => o !== null)]));
    expect([...reached].sort()).toEqual(['build', 'buy', 'buy-and-wrap', 'find-another-vendor', 'reject-candidate', 'secure-capacity-first']);
  });
});
