import { Handle, Position, type NodeProps } from '@xyflow/react';
import { shortOutcomeStatus, type OutcomeNode } from './build-flow';

/** One of the six outcomes, with who reached it. */
export function OutcomeNodeView({ data }: NodeProps<OutcomeNode>) {
  const status = shortOutcomeStatus(data);
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="map-handle" />
      <div className="map-node__body">
        <span className="map-node__title">{data.name}</span>
        <span className="map-node__status">{status.charAt(0).toUpperCase() + status.slice(1)}</span>
      </div>
    </>
  );
}
