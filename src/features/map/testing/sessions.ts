/**
 * Sessions for the map's tests, built through `transition` with the domain's
 * own builders so every one of them is a state the engine can produce.
 */
import type { Session } from '../../../domain/session';
import {
  ALL_CHECKS,
  NO_CHECKS,
  STRETCHED,
  differentiator,
  fit,
  framed,
  gaps,
  maintenance,
  maturity,
  play,
  type FramingOptions,
} from '../../../domain/testing/sessions';

export { cid } from '../../../domain/testing/sessions';

const REQUIREMENTS: FramingOptions['requirements'] = [
  ['Hybrid search', 'must'],
  ['Metadata filters', 'should'],
  ['Multi-tenancy', 'should'],
];
const ALL_COVERED = ['covered', 'covered', 'covered'] as const;
const MUST_MISSING = ['partial', 'covered', 'covered'] as const;
const SHORT = ['covered', 'partial', 'missing'] as const;
const NARROW = { 1: { kind: 'core', breadth: 'narrow' }, 2: { kind: 'edge' } } as const;
const BROAD = { 1: { kind: 'core', breadth: 'broad' }, 2: { kind: 'edge' } } as const;

const one = (capacity?: FramingOptions['capacity']) =>
  framed({ candidates: ['Qdrant Cloud'], requirements: REQUIREMENTS, ...(capacity ? { capacity } : {}) });
const two = (capacity?: FramingOptions['capacity']) =>
  framed({ candidates: ['Qdrant Cloud', 'Pinecone'], requirements: REQUIREMENTS, ...(capacity ? { capacity } : {}) });

export const SESSIONS = {
  fresh: (): Session => one(),
  notADifferentiator: (): Session => play(one(), differentiator('no')),
  buildAsDifferentiator: (): Session => play(one(), differentiator('yes'), maintenance('yes')),
  differentiatorPending5: (): Session => play(one(), differentiator('yes')),
  buy: (): Session => play(one(), differentiator('no'), maturity({ 0: { checks: ALL_CHECKS } }), fit({ 0: { coverage: ALL_COVERED, verdict: 'meets' } })),
  buyAndWrap: (): Session =>
    play(
      one(),
      differentiator('no'),
      maturity({ 0: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: SHORT, verdict: 'gaps' } }),
      gaps({ 0: { ratings: NARROW, verdict: 'narrow-core-gaps' } }),
    ),
  findAnotherVendor: (): Session =>
    play(
      one(STRETCHED),
      differentiator('no'),
      maturity({ 0: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: SHORT, verdict: 'gaps' } }),
      gaps({ 0: { ratings: BROAD, verdict: 'broad-core-gap' } }),
      maintenance('no'),
    ),
  notMatureThenSecure: (): Session =>
    play(one(STRETCHED), differentiator('no'), maturity({ 0: { checks: NO_CHECKS } }), maintenance('no')),
  allRejectedThenBuild: (): Session =>
    play(
      one(),
      differentiator('no'),
      maturity({ 0: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: MUST_MISSING, verdict: 'must-have-missing' } }),
      maintenance('yes'),
    ),
  /** Qdrant Cloud is bought outright; Pinecone has a broad core gap and the team cannot maintain a build. */
  twoCandidates: (): Session =>
    play(
      two(STRETCHED),
      differentiator('no'),
      maturity({ 0: { checks: ALL_CHECKS }, 1: { checks: ALL_CHECKS } }),
      fit({ 0: { coverage: ALL_COVERED, verdict: 'meets' }, 1: { coverage: SHORT, verdict: 'gaps' } }),
      gaps({ 1: { ratings: BROAD, verdict: 'broad-core-gap' } }),
      maintenance('no'),
    ),
} as const;
