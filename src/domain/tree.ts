import { NODE_IDS, type NodeId } from './answers';
import { OUTCOME_NAMES, type Outcome } from './outcomes';
import { EDGES } from './tree-edges';

/** What the wizard and the map show for each node. Written for Forkpoint from the spec's facts. */
export interface NodeText {
  readonly number: 1 | 2 | 3 | 4 | 5;
  /** Short name for the map and the step list. */
  readonly title: string;
  readonly question: string;
  readonly test: string;
  readonly guidance: readonly string[];
  /** Where each answer leads, for the map's edge labels and the screen's hint. */
  readonly leadsTo: readonly { readonly answer: string; readonly to: string }[];
}

const TEXTS: Record<NodeId, Omit<NodeText, 'leadsTo'>> = {
  differentiator: {
    number: 1,
    title: 'Core differentiator?',
    question: 'Is this component a core differentiator for your product?',
    test: 'Picture two competitors buying this exact component from the same vendor. Would your product lose what sets it apart? If yes, it differentiates; if not, it is infrastructure.',
    guidance: [
      'A retrieval pipeline sets a search company apart; a clinical validation pipeline sets apart a company whose AI helps diagnose patients. For an online shop, a vector database usually only supports what sets it apart.',
      'This is the question teams answer quickest and get wrong most often, leaning towards “differentiator” because building is more fun than buying. Most AI infrastructure is plumbing — important, but plumbing.',
    ],
  },
  maturity: {
    number: 2,
    title: 'Mature option?',
    question: 'Does a mature commercial option exist?',
    test: 'For each candidate, all four must hold: in production for two years or more, customers at your scale or bigger, a public SLA, and a record — confirmed by references — with the failures you care about.',
    guidance: [
      'Plenty of products are about a year and a half old, demo well, and have never been operated in anger.',
      '10,000 queries a second proven in production at three companies beats 100,000 promised in a benchmark. Ask references what broke, how the vendor reacted, and whether the SLA held.',
    ],
  },
  requirements: {
    number: 3,
    title: 'Meets 80%?',
    question: 'Does it meet at least 80% of your requirements?',
    test: 'Mark each requirement covered, partly covered or not covered. A must-have that is not fully covered rules the product out. Otherwise, at least 80% of the should-haves (a partial one counts half) means buy. Nice-to-haves never count.',
    guidance: [
      'No product covers everything; what matters is whether it covers the part that matters.',
      'No discount and no roadmap promise makes up for a missing must-have.',
    ],
  },
  gaps: {
    number: 4,
    title: 'Core or edge?',
    question: 'Are the gaps core or edge cases?',
    test: 'A core gap hits the main user flow; an edge case is an unusual scenario; some gaps fall outside your real workload and are no gap at all. A core gap is narrow when a thin layer on top can fill it, broad when a whole category of function is missing.',
    guidance: [
      'Core: a RAG system needs hybrid search and the product only does vector search. Not a gap: a 2,048-dimension limit when your vectors stop at 1,536.',
      'Narrow: one missing filter type or one unsupported metric. Broad: you would be building half the product yourselves.',
    ],
  },
  maintenance: {
    number: 5,
    title: 'Can you maintain it?',
    question: 'Can you maintain it for the long term?',
    test: 'Can the team give a fifth of one engineer’s time to this system for good — not for the first six months, permanently?',
    guidance: [
      'Maintenance is monitoring, upgrades, incidents, documentation and on-call — and for AI infrastructure, constant tuning as the data, the model versions and the queries drift.',
      'Building is the easy part. A team of fewer than ten engineers should almost always answer no for anything beyond a thin integration layer.',
    ],
  },
};

const isNode = (to: NodeId | Outcome): to is NodeId => (NODE_IDS as readonly string[]).includes(to);

/** Where each answer of `node` leads, from the edge table; one answer that leads two ways names both. */
function leadsTo(node: NodeId): NodeText['leadsTo'] {
  const byLabel = new Map<string, string[]>();
  for (const edge of EDGES) {
    if (edge.from !== node || ('implicit' in edge && edge.implicit)) continue;
    const to = isNode(edge.to) ? TEXTS[edge.to].title : OUTCOME_NAMES[edge.to];
    byLabel.set(edge.label, [...(byLabel.get(edge.label) ?? []), to]);
  }
  return [...byLabel].map(([answer, targets]) => ({ answer, to: targets.map((t, i) => (i === 0 ? t : t.charAt(0).toLowerCase() + t.slice(1))).join(', or ') }));
}

export const TREE: Record<NodeId, NodeText> = Object.fromEntries(NODE_IDS.map((node) => [node, { ...TEXTS[node], leadsTo: leadsTo(node) }])) as Record<NodeId, NodeText>;
