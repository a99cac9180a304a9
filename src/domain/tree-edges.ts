import type { FitVerdict, GapVerdict, NodeId } from './answers';
import type { Outcome } from './outcomes';

/**
 * Every edge of the tree, with the words people see on it. The map draws these, the
 * wizard offers their labels as answers, the Markdown path and the explanations
 * reuse them: rename an answer here and every screen and export follows.
 *
 * `when` is the answer value that takes the edge. `choice`, where given, is how the
 * wizard words the same answer when it needs more than the map's short label.
 * `implicit` edges are ones the engine takes without the team choosing them (a
 * candidate set aside as not mature, no candidate left after node 3): the map draws
 * them, the "where each answer leads" hint leaves them out. `route` marks an edge
 * taken only on that kind of route: node 5's No ends in "Secure capacity first"
 * when the decision itself got there, "Find another vendor" after a candidate's
 * broad core gap.
 */
export const EDGES = [
  { id: 'differentiator-to-maintenance', from: 'differentiator', to: 'maintenance', when: 'yes', label: 'Yes' },
  { id: 'differentiator-to-maturity', from: 'differentiator', to: 'maturity', when: 'no', label: 'No' },
  { id: 'maturity-to-requirements', from: 'maturity', to: 'requirements', when: 'yes', label: 'Yes' },
  { id: 'maturity-to-maintenance', from: 'maturity', to: 'maintenance', when: 'no', label: 'No' },
  { id: 'maturity-to-reject-candidate', from: 'maturity', to: 'reject-candidate', when: 'not-mature', label: 'Not mature', implicit: true },
  { id: 'requirements-to-buy', from: 'requirements', to: 'buy', when: 'meets', label: '80% or more' },
  { id: 'requirements-to-gaps', from: 'requirements', to: 'gaps', when: 'gaps', label: 'Gaps', choice: 'Gaps to classify' },
  { id: 'requirements-to-reject-candidate', from: 'requirements', to: 'reject-candidate', when: 'must-have-missing', label: 'Must-have missing' },
  { id: 'requirements-to-maintenance', from: 'requirements', to: 'maintenance', when: 'none-left', label: 'None left', implicit: true },
  { id: 'gaps-to-buy', from: 'gaps', to: 'buy', when: 'no-core-gap', label: 'No core gap' },
  { id: 'gaps-to-buy-and-wrap', from: 'gaps', to: 'buy-and-wrap', when: 'narrow-core-gaps', label: 'Narrow core gaps' },
  { id: 'gaps-to-maintenance', from: 'gaps', to: 'maintenance', when: 'broad-core-gap', label: 'Broad core gap' },
  { id: 'maintenance-to-build', from: 'maintenance', to: 'build', when: 'yes', label: 'Yes' },
  { id: 'maintenance-to-secure-capacity-first', from: 'maintenance', to: 'secure-capacity-first', when: 'no', label: 'No', route: 'in-house' },
  { id: 'maintenance-to-find-another-vendor', from: 'maintenance', to: 'find-another-vendor', when: 'no', label: 'No', route: 'candidate' },
] as const satisfies readonly TreeEdgeShape[];

export interface TreeEdgeShape {
  readonly id: string;
  readonly from: NodeId;
  readonly to: NodeId | Outcome;
  readonly when: string;
  readonly label: string;
  readonly choice?: string;
  readonly implicit?: boolean;
  readonly route?: 'in-house' | 'candidate';
}

export type TreeEdge = (typeof EDGES)[number];
export type EdgeId = TreeEdge['id'];

/** The edge an answer takes out of a node (the first, where one answer leads two ways). */
export function edgeFor(from: NodeId, when: string): TreeEdgeShape {
  const edge = (EDGES as readonly TreeEdgeShape[]).find((e) => e.from === from && e.when === when);
  if (!edge) throw new Error(`The tree has no edge out of ${from} for ${when}.`);
  return edge;
}

/** The label of the edge an answer takes, as the map shows it. */
export const answerLabel = (from: NodeId, when: string): string => edgeFor(from, when).label;

/** How the wizard offers an answer: its own wording where the table gives one, else the map's label. */
export const choiceLabel = (from: NodeId, when: string): string => {
  const edge = edgeFor(from, when);
  return edge.choice ?? edge.label;
};

/**
 * Everything the edges lead to from `node`, following only the edges `follow` accepts
 * (by default all of them).
 */
export function reachableFrom(node: NodeId, follow: (edge: TreeEdgeShape) => boolean = () => true): Set<NodeId | Outcome> {
  const found = new Set<NodeId | Outcome>();
  const queue: (NodeId | Outcome)[] = [node];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const edge of EDGES as readonly TreeEdgeShape[]) {
      if (edge.from !== at || !follow(edge) || found.has(edge.to)) continue;
      found.add(edge.to);
      queue.push(edge.to);
    }
  }
  return found;
}

/** A label inside a sentence: `Narrow core gaps` → `narrow core gaps`. */
export const inSentence = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

export const fitLabel = (verdict: FitVerdict): string => answerLabel('requirements', verdict);
export const gapLabel = (verdict: GapVerdict): string => answerLabel('gaps', verdict);
