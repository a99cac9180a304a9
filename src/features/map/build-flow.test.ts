import { describe, expect, it } from 'vitest';
import type { Session } from '../../domain/session';
import { play } from '../../domain/testing/sessions';
import { buildFlow, shortAnswer, shortOutcomeStatus, type Flow, type QuestionNode } from './build-flow';
import { EDGE_SHAPES, edgeId } from './layout';
import type { RouteView } from './routes';
import { SESSIONS, cid } from './testing/sessions';

const litNodes = (flow: Flow) => flow.nodes.filter((n) => n.data.lit).map((n) => n.id).sort();
const litEdges = (flow: Flow) => flow.edges.filter((e) => e.data?.lit).map((e) => e.id).sort();
const stateOf = (flow: Flow, id: string) => flow.nodes.find((n) => n.id === id)?.data.state;

interface Row {
  readonly name: string;
  readonly session: () => Session;
  readonly view?: RouteView;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

const ROWS: Row[] = [
  {
    name: 'Build via differentiator',
    session: SESSIONS.buildAsDifferentiator,
    nodes: ['differentiator', 'maintenance', 'build'],
    edges: ['differentiator-to-maintenance', 'maintenance-to-build'],
  },
  {
    name: 'Buy',
    session: SESSIONS.buy,
    nodes: ['differentiator', 'maturity', 'requirements', 'buy'],
    edges: ['differentiator-to-maturity', 'maturity-to-requirements', 'requirements-to-buy'],
  },
  {
    name: 'Buy and wrap',
    session: SESSIONS.buyAndWrap,
    nodes: ['differentiator', 'maturity', 'requirements', 'gaps', 'buy-and-wrap'],
    edges: ['differentiator-to-maturity', 'maturity-to-requirements', 'requirements-to-gaps', 'gaps-to-buy-and-wrap'],
  },
  {
    name: 'Find another vendor',
    session: SESSIONS.findAnotherVendor,
    nodes: ['differentiator', 'maturity', 'requirements', 'gaps', 'maintenance', 'find-another-vendor'],
    edges: [
      'differentiator-to-maturity',
      'maturity-to-requirements',
      'requirements-to-gaps',
      'gaps-to-maintenance',
      'maintenance-to-find-another-vendor',
    ],
  },
  {
    name: 'Not mature: the candidate is set aside, the decision goes on to node 5',
    session: SESSIONS.notMatureThenSecure,
    nodes: ['differentiator', 'maturity', 'maintenance', 'reject-candidate', 'secure-capacity-first'],
    edges: ['differentiator-to-maturity', 'maturity-to-maintenance', 'maturity-to-reject-candidate', 'maintenance-to-secure-capacity-first'],
  },
  {
    name: 'Every candidate misses a must-have: node 3 hands over to node 5',
    session: SESSIONS.allRejectedThenBuild,
    nodes: ['differentiator', 'maturity', 'requirements', 'maintenance', 'reject-candidate', 'build'],
    edges: [
      'differentiator-to-maturity',
      'maturity-to-requirements',
      'requirements-to-reject-candidate',
      'requirements-to-maintenance',
      'maintenance-to-build',
    ],
  },
  {
    name: 'Part-way: node 1 answered no, node 2 current',
    session: SESSIONS.notADifferentiator,
    nodes: ['differentiator', 'maturity'],
    edges: ['differentiator-to-maturity'],
  },
  { name: 'Nothing answered yet', session: SESSIONS.fresh, nodes: ['differentiator'], edges: [] },
  {
    name: 'Two candidates, all routes: the union of both',
    session: SESSIONS.twoCandidates,
    nodes: ['differentiator', 'maturity', 'requirements', 'gaps', 'maintenance', 'buy', 'find-another-vendor'],
    edges: [
      'differentiator-to-maturity',
      'maturity-to-requirements',
      'requirements-to-buy',
      'requirements-to-gaps',
      'gaps-to-maintenance',
      'maintenance-to-find-another-vendor',
    ],
  },
  {
    name: 'Two candidates, the first one’s route: bought at node 3',
    session: SESSIONS.twoCandidates,
    view: cid(0),
    nodes: ['differentiator', 'maturity', 'requirements', 'buy'],
    edges: ['differentiator-to-maturity', 'maturity-to-requirements', 'requirements-to-buy'],
  },
  {
    name: 'Two candidates, the second one’s route: broad gap, cannot maintain',
    session: SESSIONS.twoCandidates,
    view: cid(1),
    nodes: ['differentiator', 'maturity', 'requirements', 'gaps', 'maintenance', 'find-another-vendor'],
    edges: [
      'differentiator-to-maturity',
      'maturity-to-requirements',
      'requirements-to-gaps',
      'gaps-to-maintenance',
      'maintenance-to-find-another-vendor',
    ],
  },
];

describe('buildFlow lights exactly the path taken', () => {
  it.each(ROWS)('$name', ({ session, view, nodes, edges }) => {
    const flow = buildFlow(session(), view);
    expect(litNodes(flow)).toEqual([...nodes].sort());
    expect(litEdges(flow)).toEqual([...edges].sort());
  });

  it('marks lit edges for the DOM with a class, a data attribute and an arrow, and no other edge', () => {
    const flow = buildFlow(SESSIONS.buy());
    for (const edge of flow.edges) {
      const lit = edge.data?.lit === true;
      expect(edge.className).toBe(lit ? 'edge-lit' : 'edge-unlit');
      expect(edge.domAttributes).toEqual({ 'data-lit': String(lit) });
      expect(edge.markerEnd !== undefined).toBe(lit);
    }
  });
});

describe('buildFlow draws the whole tree', () => {
  it('has the five questions, the six outcomes and one edge per answer, with unique ids', () => {
    const flow = buildFlow(SESSIONS.fresh());
    expect(flow.nodes.filter((n) => n.type === 'question')).toHaveLength(5);
    expect(flow.nodes.filter((n) => n.type === 'outcome')).toHaveLength(6);
    expect(new Set(flow.edges.map((e) => e.id)).size).toBe(EDGE_SHAPES.length);
    const ids = new Set(flow.nodes.map((n) => n.id));
    for (const edge of flow.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.id).toBe(edgeId(edge.source as never, edge.target as never));
    }
  });

  it('labels each edge with the answer that takes it', () => {
    const labels = Object.fromEntries(buildFlow(SESSIONS.fresh()).edges.map((e) => [e.id, e.data?.label]));
    expect(labels['differentiator-to-maintenance']).toBe('Yes');
    expect(labels['differentiator-to-maturity']).toBe('No');
    expect(labels['requirements-to-buy']).toBe('80% or more');
    expect(labels['gaps-to-buy-and-wrap']).toBe('Narrow core gaps');
  });

  it('lays the nodes out top-down without overlaps', () => {
    const boxes = buildFlow(SESSIONS.fresh()).nodes.map((n) => ({ ...n.position, w: n.width ?? 0, h: n.height ?? 0, id: n.id }));
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    const y = (id: string) => boxes.find((b) => b.id === id)?.y ?? NaN;
    expect(y('differentiator')).toBeLessThan(y('maturity'));
    expect(y('maturity')).toBeLessThan(y('requirements'));
    expect(y('requirements')).toBeLessThan(y('gaps'));
    expect(y('gaps')).toBeLessThan(y('maintenance'));
    expect(y('maintenance')).toBeLessThan(y('build'));
  });
});

describe('node states', () => {
  it('shows answered nodes with their answer, the current one, and what is not reached yet', () => {
    const flow = buildFlow(SESSIONS.notADifferentiator());
    const first = flow.nodes.find((n) => n.id === 'differentiator') as QuestionNode;
    expect(first.data).toMatchObject({ state: 'answered', answer: 'No' });
    expect(first.ariaLabel).toBe('Question 1: Is this component a core differentiator for your product? — answered: No');
    expect(stateOf(flow, 'maturity')).toBe('current');
    expect(flow.nodes.find((n) => n.id === 'maturity')?.ariaLabel).toMatch(/— current question$/);
    expect(stateOf(flow, 'gaps')).toBe('not-reached');
    expect(stateOf(flow, 'buy')).toBe('not-reached');
  });

  it('dims the branches a differentiator can no longer reach', () => {
    const flow = buildFlow(SESSIONS.differentiatorPending5());
    for (const id of ['maturity', 'requirements', 'gaps', 'buy', 'buy-and-wrap', 'reject-candidate', 'find-another-vendor']) {
      expect(stateOf(flow, id), id).toBe('unreachable');
    }
    expect(stateOf(flow, 'maintenance')).toBe('current');
    expect(stateOf(flow, 'build')).toBe('not-reached');
    expect(stateOf(flow, 'secure-capacity-first')).toBe('not-reached');
  });

  it('names who reached each outcome when two candidates end differently', () => {
    const flow = buildFlow(SESSIONS.twoCandidates());
    expect(flow.nodes.find((n) => n.id === 'buy')?.ariaLabel).toBe('Outcome: Buy — reached by Qdrant Cloud; adopted: Qdrant Cloud');
    expect(flow.nodes.find((n) => n.id === 'find-another-vendor')?.ariaLabel).toBe('Outcome: Find another vendor — reached by Pinecone');
    expect(stateOf(flow, 'buy-and-wrap')).toBe('unreachable');
    expect(stateOf(flow, 'secure-capacity-first')).toBe('unreachable');
  });

  it('keeps the answers on screen when the team steps back to an earlier node', () => {
    const back = play(SESSIONS.buy(), { type: 'step.goto', step: 'maturity' });
    const flow = buildFlow(back);
    expect(stateOf(flow, 'maturity')).toBe('current');
    expect(stateOf(flow, 'requirements')).toBe('answered');
    expect(flow.nodes.find((n) => n.id === 'maturity')?.ariaLabel).toMatch(/current question, answered earlier: Yes — Qdrant Cloud$/);
  });

  it('sums up a crowded outcome on the node instead of cutting a name, and keeps every name in its label', () => {
    const names = Array.from({ length: 15 }, (_, i) => `Candidate ${i + 1}`);
    const data = { outcome: 'buy', name: 'Buy', state: 'reached', reachedBy: names, lit: true, adopted: null } as const;
    expect(shortOutcomeStatus(data)).toBe('Candidate 1 and 14 more');
    expect(shortOutcomeStatus({ ...data, reachedBy: ['Qdrant', 'Pinecone'] })).toBe('Qdrant, Pinecone');
    expect(shortOutcomeStatus({ ...data, reachedBy: ['A very long candidate name indeed, really'] })).toBe('A very long candidate name indeed, really');
    expect(shortOutcomeStatus({ ...data, state: 'not-reached', reachedBy: [] })).toBe('not reached');
  });

  it('sums up a long answer on a question node by whole candidates, and keeps it all in the label', () => {
    const gaps = ['Acme Vector', 'Beta Search', 'Gamma Index'].map((name) => `${name}: a broad core gap`);
    expect(shortAnswer({ lead: '', parts: gaps, joiner: '; ' })).toBe('Acme Vector: a broad core gap and 2 more');
    expect(shortAnswer({ lead: '', parts: gaps.slice(0, 1), joiner: '; ' })).toBe('Acme Vector: a broad core gap');
    expect(shortAnswer({ lead: 'Yes — ', parts: ['Qdrant', 'Pinecone', 'Weaviate', 'Milvus', 'Chroma'], joiner: ', ' })).toBe('Yes — Qdrant, Pinecone and 3 more');
    expect(shortAnswer({ lead: 'No — no candidate is mature', parts: [], joiner: ', ' })).toBe('No — no candidate is mature');

    const flow = buildFlow(SESSIONS.twoCandidates());
    const requirements = flow.nodes.find((n) => n.id === 'requirements') as QuestionNode;
    expect(requirements.data.answer).toContain('; ');
    expect(requirements.ariaLabel).toContain(requirements.data.answer ?? '?');
  });

  it('marks the option the team adopted on its outcome, in words, once the tree is finished', () => {
    const done = SESSIONS.twoCandidates();
    expect(done.step).toBe('outcome');
    const flow = buildFlow(done);
    const adopted = flow.nodes.filter((n) => n.type === 'outcome' && n.data.adopted !== null);
    expect(adopted.map((n) => n.id)).toEqual(['buy']);
    expect(adopted[0]?.ariaLabel).toBe('Outcome: Buy — reached by Qdrant Cloud; adopted: Qdrant Cloud');
    expect(adopted[0]?.type === 'outcome' && shortOutcomeStatus(adopted[0].data)).toBe('★ Adopted: Qdrant Cloud');
    const pinecone = flow.nodes.find((n) => n.id === 'find-another-vendor');
    expect(pinecone?.className).not.toContain('map-node--adopted');
  });
});
