import type { Flow } from './build-flow';

// The last object built for each node or edge id, with its content, and the last flow handed
// out. The ids are the tree's fixed nodes and edges, so this stays small.
const lastById = new Map<string, { content: string; item: unknown }>();
let lastFlow: Flow = { nodes: [], edges: [] };

function keep<T extends { id: string }>(item: T): T {
  const content = JSON.stringify(item);
  const last = lastById.get(item.id);
  if (last && last.content === content) return last.item as T;
  lastById.set(item.id, { content, item });
  return item;
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Returns the previous object for every node and edge whose content did not change.
 * React Flow reuses its internal node for an identical object and skips re-rendering
 * it, so an answer re-renders only the few nodes and edges it actually changes. When
 * nothing on the map changed (a timer tick, a follow-up typed at the outcome), the
 * previous flow itself comes back, so React Flow has nothing to take in at all.
 */
export function stableFlow(flow: Flow): Flow {
  const nodes = flow.nodes.map(keep);
  const edges = flow.edges.map(keep);
  if (!sameItems(nodes, lastFlow.nodes) || !sameItems(edges, lastFlow.edges)) lastFlow = { nodes, edges };
  return lastFlow;
}
