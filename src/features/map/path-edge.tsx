import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { PathEdge } from './build-flow';
import { polylinePath } from './layout';

/** An edge along its laid-out route, with the answer that takes it as a label. */
export function PathEdgeView({ id, data, markerEnd }: EdgeProps<PathEdge>) {
  if (!data) return null;
  const [x, y] = data.labelAt;
  return (
    <>
      <BaseEdge id={id} path={polylinePath(data.points)} markerEnd={markerEnd} />
      <EdgeLabelRenderer>
        <div
          className={`map-edge-label${data.lit ? ' map-edge-label--lit' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
          aria-hidden="true"
        >
          {data.label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}
