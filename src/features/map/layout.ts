import type { NodeId } from '../../domain/answers';
import type { Outcome } from '../../domain/outcomes';

/**
 * Fixed geometry of the map, in flow units. The tree never changes shape, so
 * positions and edge routes are laid out by hand: questions 2–4 in a middle
 * column, the outcomes they lead to on the left, node 1 and node 5 on the
 * right, node 5's outcomes along the bottom. Edges are orthogonal polylines
 * that never cross a node; the SVG export draws the same geometry.
 */
export type Point = readonly [x: number, y: number];

export const QUESTION_SIZE = { width: 260, height: 110 } as const;
export const OUTCOME_SIZE = { width: 210, height: 90 } as const;

/** Centres of the nodes. */
export const QUESTION_CENTRES: Record<NodeId, Point> = {
  differentiator: [950, 55],
  maturity: [450, 245],
  requirements: [450, 435],
  gaps: [450, 625],
  maintenance: [950, 815],
};

export const OUTCOME_CENTRES: Record<Outcome, Point> = {
  'reject-candidate': [105, 330],
  buy: [105, 530],
  'buy-and-wrap': [105, 720],
  'secure-capacity-first': [690, 1000],
  build: [950, 1000],
  'find-another-vendor': [1210, 1000],
};

export type MapNodeId = NodeId | Outcome;

export interface EdgeShape {
  readonly source: NodeId;
  readonly target: MapNodeId;
  /** The answer that takes this edge, as the map labels it. */
  readonly label: string;
  readonly points: readonly Point[];
  readonly labelAt: Point;
}

/**
 * Every edge of the tree. Labels follow TREE[node].leadsTo; two edges the
 * tree table leaves implicit are drawn too, because the engine takes them:
 * a candidate set aside as not mature (node 2 → reject) and every candidate
 * rejected at node 3 (node 3 → node 5).
 */
export const EDGE_SHAPES: readonly EdgeShape[] = [
  { source: 'differentiator', target: 'maturity', label: 'No', points: [[820, 55], [450, 55], [450, 190]], labelAt: [635, 55] },
  { source: 'differentiator', target: 'maintenance', label: 'Yes', points: [[950, 110], [950, 760]], labelAt: [950, 430] },
  { source: 'maturity', target: 'requirements', label: 'Yes', points: [[450, 300], [450, 380]], labelAt: [450, 340] },
  { source: 'maturity', target: 'maintenance', label: 'No', points: [[580, 245], [780, 245], [780, 790], [820, 790]], labelAt: [680, 245] },
  { source: 'maturity', target: 'reject-candidate', label: 'Not mature', points: [[320, 245], [105, 245], [105, 285]], labelAt: [200, 245] },
  { source: 'requirements', target: 'reject-candidate', label: 'Must-have missing', points: [[320, 410], [105, 410], [105, 375]], labelAt: [200, 410] },
  { source: 'requirements', target: 'buy', label: '80% or more', points: [[320, 460], [105, 460], [105, 485]], labelAt: [200, 460] },
  { source: 'requirements', target: 'gaps', label: 'Gaps', points: [[450, 490], [450, 570]], labelAt: [450, 530] },
  { source: 'requirements', target: 'maintenance', label: 'None left', points: [[580, 435], [700, 435], [700, 815], [820, 815]], labelAt: [640, 435] },
  { source: 'gaps', target: 'buy', label: 'No core gap', points: [[320, 600], [105, 600], [105, 575]], labelAt: [200, 600] },
  { source: 'gaps', target: 'buy-and-wrap', label: 'Narrow core gaps', points: [[320, 650], [105, 650], [105, 675]], labelAt: [200, 650] },
  { source: 'gaps', target: 'maintenance', label: 'Broad core gap', points: [[580, 625], [620, 625], [620, 840], [820, 840]], labelAt: [720, 840] },
  { source: 'maintenance', target: 'build', label: 'Yes', points: [[950, 870], [950, 955]], labelAt: [950, 935] },
  { source: 'maintenance', target: 'secure-capacity-first', label: 'No', points: [[890, 870], [890, 915], [690, 915], [690, 955]], labelAt: [790, 915] },
  { source: 'maintenance', target: 'find-another-vendor', label: 'No', points: [[1010, 870], [1010, 915], [1210, 915], [1210, 955]], labelAt: [1110, 915] },
];

export function edgeId(source: MapNodeId, target: MapNodeId): string {
  return `${source}-to-${target}`;
}

/** The whole drawing's extent, for the SVG export. */
export const MAP_BOUNDS = { width: 1315, height: 1045 } as const;

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
