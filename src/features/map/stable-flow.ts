import type { Flow } from './build-flow';

// The last object built for each node or edge id, with its content. The ids are the
// tree's fixed nodes and edges, so this stays small.
const lastById = new Map<string, { content: string; item: unknown }>();

function keep<T extends { id: string }>(item: T): T {
  const content = JSON.stringify(item);
  const last = lastById.get(item.id);
  if (last && last.content === content) return last.item as T;
  lastById.set(item.id, { content, item });
  return item;
}

/**
 * Returns the previous object for every node and edge whose content did not change.
 * React Flow reuses its internal node for an identical object and skips re-rendering
 * it, so an answer re-renders only the few nodes and edges it actually changes.
 */
export function stableFlow(flow: Flow): Flow {
  return { nodes: flow.nodes.map(keep), edges: flow.edges.map(keep) };
}
