import { NODE_IDS, type NodeId } from '../../domain/answers';
import type { CandidateId } from '../../domain/ids';
import type { Outcome } from '../../domain/outcomes';
import { reachableFrom } from '../../domain/tree-edges';
import type { Walk } from '../../domain/walk';
import { edgeId, type MapNodeId } from './layout';

/** Whose route the map lights: every route, one candidate's, or the route that builds in-house. */
export type RouteView = 'all' | 'in-house' | CandidateId;

/** A route as the map draws it: nodes in order, ending with an outcome once there is one. */
export type RouteNodes = readonly MapNodeId[];

function withOutcome(nodes: readonly NodeId[], outcome: Outcome | null): RouteNodes {
  return outcome ? [...nodes, outcome] : nodes;
}

/** The in-house route, or null when the tree did not send the decision itself to node 5. */
export function inHouseRoute(w: Walk): RouteNodes | null {
  if (!w.inHouse) return null;
  return withOutcome(w.route, w.inHouse.outcome);
}

/** One candidate's route; before node 2 is answered it shares the decision's route so far. */
export function candidateRoute(w: Walk, id: CandidateId): RouteNodes {
  const route = w.candidates.find((c) => c.candidate.id === id);
  if (!route || route.nodes.length === 0) return w.route.filter((n) => n === 'differentiator' || n === 'maturity');
  return withOutcome(['differentiator', ...route.nodes], route.outcome);
}

/** The routes a view lights. "all" is the decision's own route plus every candidate's and the in-house one. */
export function routesOf(w: Walk, view: RouteView): RouteNodes[] {
  if (view === 'in-house') return [inHouseRoute(w) ?? w.route];
  if (view !== 'all') return [candidateRoute(w, view)];
  const inHouse = inHouseRoute(w);
  return [w.route, ...w.candidates.map((c) => candidateRoute(w, c.candidate.id)), ...(inHouse ? [inHouse] : [])];
}

export interface Lit {
  readonly nodes: ReadonlySet<MapNodeId>;
  readonly edges: ReadonlySet<string>;
}

export function litBy(routes: readonly RouteNodes[]): Lit {
  const nodes = new Set<MapNodeId>();
  const edges = new Set<string>();
  for (const route of routes) {
    route.forEach((node, i) => {
      nodes.add(node);
      const previous = route[i - 1];
      if (previous) edges.add(edgeId(previous, node));
    });
  }
  return { nodes, edges };
}

/**
 * What the answers still to come can reach from the first unanswered node, following
 * the tree's edge table. From node 4 on, the walk knows whether node 5 is reached on
 * the in-house route or a candidate's, so only that route's edges count.
 */
export function stillReachable(w: Walk): ReadonlySet<MapNodeId> {
  if (w.pending === null) return new Set();
  const settled = NODE_IDS.indexOf(w.pending) >= NODE_IDS.indexOf('gaps');
  const route = w.inHouse ? 'in-house' : 'candidate';
  return reachableFrom(w.pending, (edge) => !settled || edge.route === undefined || edge.route === route);
}
