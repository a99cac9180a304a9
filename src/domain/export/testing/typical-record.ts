/**
 * A typical decision, for measuring the share link and showing the Markdown:
 * two candidates, eight requirements, ids as the app makes them (random UUIDs).
 */
import type { Coverage } from '../../answers';
import type { Framing } from '../../framing';
import type { CandidateId, RequirementId, SessionId } from '../../ids';
import { recordFromSession } from '../../record/ops';
import type { DecisionRecord, RecordId } from '../../record/record';
import { newSession } from '../../session';
import { ALL_CHECKS, answer, differentiator, play } from '../../testing/sessions';

const c = (uuid: string) => `cand_${uuid}` as CandidateId;
const r = (uuid: string) => `req_${uuid}` as RequirementId;
const A = c('0b6f3a52-8c1e-4f7a-9d3e-2a41c5b7e901');
const B = c('5d2e9b14-37a0-4c6b-8f15-b9e0d4a7c362');
const REQUIREMENTS = [
  [r('11a2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d'), 'Hybrid search (vector + keyword)', 'must'],
  [r('22b3d4e5-6f70-4b8c-9dae-1f2a3b4c5d6e'), 'p99 latency under 80 ms at 2,000 QPS', 'must'],
  [r('33c4e5f6-7081-4c9d-aebf-2a3b4c5d6e7f'), 'Data stays in the EU', 'must'],
  [r('44d5f607-8192-4dae-bfc0-3b4c5d6e7f80'), 'Metadata filtering on price and stock', 'should'],
  [r('55e60718-92a3-4ebf-c0d1-4c5d6e7f8091'), 'Prometheus metrics export', 'should'],
  [r('66f71829-a3b4-4fc0-d1e2-5d6e7f8091a2'), 'Zero-downtime reindexing', 'should'],
  [r('77082a3b-b4c5-40d1-e2f3-6e7f8091a2b3'), 'Single sign-on for the console', 'should'],
  [r('88193b4c-c5d6-41e2-f304-7f8091a2b3c4'), 'Built-in reranking', 'nice'],
] as const;

const framing: Framing = {
  componentName: 'Vector store for product search',
  description:
    'Stores 40M product embeddings and their metadata; serves hybrid queries for search and recommendations at p99 under 80 ms with 99.9% availability. Search, ranking and the recommendation emails depend on it.',
  componentKind: 'infrastructure',
  layer: 'component',
  capacity: { engineers: 14, systemsMaintained: 5, spareEngineers: 1.5 },
  profile: 'midsize',
  candidates: [
    { id: A, name: 'Acme Vectors', vendor: 'Acme Inc.', notes: 'Managed service, EU region, SOC 2.' },
    { id: B, name: 'Quiver Cloud', vendor: 'Quiver Ltd', notes: 'Fast, but keyword search is in beta.' },
  ],
  requirements: REQUIREMENTS.map(([id, name, bucket]) => ({ id, name, bucket })),
  participants: ['Ada Lovelace', 'Grace Hopper', 'Edsger Dijkstra'],
  facilitator: 'Ada Lovelace',
  date: '2026-11-22',
};

const coverage = (...values: Coverage[]): Record<string, Coverage> =>
  Object.fromEntries(values.map((v, i) => [REQUIREMENTS[i]?.[0] ?? '', v]));

/** Node 1 no; both mature; Acme meets 80%, Quiver has gaps that turn out narrow: Buy Acme is proposed. */
export function typicalRecord(): DecisionRecord {
  const session = play(
    newSession('2026-11-22', 'session_8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586' as SessionId),
    { type: 'framing.submitted', framing },
    differentiator('no', 'Shoppers choose us for the catalogue and prices, not for how we store vectors.'),
    answer({ node: 'maturity', rationale: 'References at two retailers of our size confirmed both.', candidates: { [A]: { checks: ALL_CHECKS, mature: true, overrideReason: '' }, [B]: { checks: ALL_CHECKS, mature: true, overrideReason: '' } } }),
    answer({
      node: 'requirements',
      rationale: '',
      candidates: {
        [A]: { coverage: coverage('covered', 'covered', 'covered', 'covered', 'covered', 'partial', 'covered', 'missing'), verdict: 'meets', overrideReason: '' },
        [B]: { coverage: coverage('covered', 'covered', 'covered', 'partial', 'missing', 'covered', 'missing', 'covered'), verdict: 'gaps', overrideReason: '' },
      },
    }),
    answer({
      node: 'gaps',
      rationale: 'Metrics can come from our own exporter.',
      candidates: { [B]: { gaps: { [REQUIREMENTS[3][0]]: { kind: 'core', breadth: 'narrow' }, [REQUIREMENTS[4][0]]: { kind: 'edge' }, [REQUIREMENTS[6][0]]: { kind: 'edge' } }, verdict: 'narrow-core-gaps', overrideReason: '' } },
    }),
  );
  return recordFromSession(session, '2026-11-22T11:05:00.000Z', 'rec_3f9a1c7e-2b4d-4e6f-8a0b-1c2d3e4f5a6b' as RecordId);
}
