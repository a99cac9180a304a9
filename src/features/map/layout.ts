import type { NodeId } from '../../domain/answers';
import type { Outcome } from '../../domain/outcomes';
import { EDGES, type EdgeId } from '../../domain/tree-edges';

/**
 * Fixed geometry of the map, in flow units. The tree never changes shape, so
 * positions and edge routes are laid out by hand: questions 2–4 in a middle
 * column, the outcomes they lead to on the left, node 1 and node 5 on the
 * right, node 5's outcomes along the bottom. The drawing is about as wide as
 * a 4:3 screen so a fitted tree uses the canvas on laptops and projectors alike. Edges are orthogonal polylines
 * that never cross a node; the SVG export draws the same geometry.
 */
export type Point = readonly [x: number, y: number];

// Sized for 28-unit titles (two lines) over a status of up to two lines: with the whole tree
// fitted, titles read at 14 px or more on a 1366×768 laptop and 18 px on a 1280×720 projector.
export const QUESTION_SIZE = { width: 280, height: 130 } as const;
export const OUTCOME_SIZE = { width: 250, height: 126 } as const;

/** Centres of the nodes. */
export const QUESTION_CENTRES: Record<NodeId, Point> = {
  differentiator: [1040, 65],
  maturity: [550, 235],
  requirements: [550, 435],
  gaps: [550, 635],
  maintenance: [1040, 780],
};

export const OUTCOME_CENTRES: Record<Outcome, Point> = {
  'reject-candidate': [125, 322],
  buy: [125, 557],
  'buy-and-wrap': [125, 777],
  'secure-capacity-first': [740, 977],
  build: [1040, 977],
  'find-another-vendor': [1310, 977],
};

export type MapNodeId = NodeId | Outcome;

export interface EdgeShape {
  readonly id: EdgeId;
  readonly source: NodeId;
  readonly target: MapNodeId;
  /** The answer that takes this edge, as the map labels it (from the tree's edge table). */
  readonly label: string;
  readonly points: readonly Point[];
  readonly labelAt: Point;
}

/** Where each edge of the tree is drawn, keyed by the edge table's ids (in drawing order). */
const EDGE_GEOMETRY: Record<EdgeId, Pick<EdgeShape, 'points' | 'labelAt'>> = {
  'differentiator-to-maturity': { points: [[900, 65], [550, 65], [550, 170]], labelAt: [725, 65] },
  'differentiator-to-maintenance': { points: [[1040, 130], [1040, 715]], labelAt: [1040, 420] },
  'maturity-to-requirements': { points: [[550, 300], [550, 370]], labelAt: [550, 335] },
  'maturity-to-maintenance': { points: [[690, 235], [840, 235], [840, 740], [900, 740]], labelAt: [765, 235] },
  'maturity-to-reject-candidate': { points: [[410, 235], [125, 235], [125, 259]], labelAt: [270, 235] },
  'requirements-to-reject-candidate': { points: [[410, 410], [125, 410], [125, 385]], labelAt: [270, 410] },
  'requirements-to-buy': { points: [[410, 470], [125, 470], [125, 494]], labelAt: [270, 470] },
  'requirements-to-gaps': { points: [[550, 500], [550, 570]], labelAt: [550, 535] },
  'requirements-to-maintenance': { points: [[690, 435], [770, 435], [770, 780], [900, 780]], labelAt: [770, 560] },
  'gaps-to-buy': { points: [[410, 645], [125, 645], [125, 620]], labelAt: [270, 645] },
  'gaps-to-buy-and-wrap': { points: [[410, 690], [125, 690], [125, 714]], labelAt: [270, 690] },
  'gaps-to-maintenance': { points: [[550, 700], [550, 820], [900, 820]], labelAt: [680, 820] },
  'maintenance-to-build': { points: [[1040, 845], [1040, 914]], labelAt: [1040, 880] },
  'maintenance-to-secure-capacity-first': { points: [[980, 845], [980, 880], [740, 880], [740, 914]], labelAt: [860, 880] },
  'maintenance-to-find-another-vendor': { points: [[1100, 845], [1100, 880], [1310, 880], [1310, 914]], labelAt: [1205, 880] },
};

/** Every edge of the tree as the map draws it: the table's words on this file's geometry. */
export const EDGE_SHAPES: readonly EdgeShape[] = (Object.keys(EDGE_GEOMETRY) as EdgeId[]).map((id) => {
  const edge = EDGES.find((e) => e.id === id);
  if (!edge) throw new Error(`No edge ${id} in the tree.`);
  return { id, source: edge.from, target: edge.to, label: edge.label, ...EDGE_GEOMETRY[id] };
});

export function edgeId(source: MapNodeId, target: MapNodeId): string {
  return `${source}-to-${target}`;
}

/** The whole drawing's extent, for the SVG export. */
export const MAP_BOUNDS = { width: 1435, height: 1040 } as const;

export function topLeft([x, y]: Point, size: { width: number; height: number }): { x: number; y: number } {
  return { x: x - size.width / 2, y: y - size.height / 2 };
}

/** An SVG path through the points, with rounded corners. */
export function polylinePath(points: readonly Point[], radius = 14): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${first[0]},${first[1]}`;
  for (let i = 0; i < rest.length; i += 1) {
    const corner = rest[i] as Point;
    const next = rest[i + 1];
    if (!next) {
      d += ` L${corner[0]},${corner[1]}`;
      break;
    }
    const previous = (i === 0 ? first : rest[i - 1]) as Point;
    const into = towards(corner, previous, radius);
    const out = towards(corner, next, radius);
    d += ` L${into[0]},${into[1]} Q${corner[0]},${corner[1]} ${out[0]},${out[1]}`;
  }
  return d;
}

/** The point `distance` from `from` in the direction of `to` (at most half-way). */
function towards(from: Point, to: Point, distance: number): Point {
  const dx = to[0] - from[0];
  const dy = to[1] - from[1];
  const length = Math.hypot(dx, dy) || 1;
  const step = Math.min(distance, length / 2);
  return [from[0] + (dx / length) * step, from[1] + (dy / length) * step];
}
