import { useEffect, useState } from 'react';
import type { NodeId } from '../../domain/answers';
import type { SessionId } from '../../domain/ids';
import { TREE } from '../../domain/tree';
import { guidanceSeen, markGuidanceSeen } from '../../store/guidance-seen';
import { NodeGuidanceSlot } from '../../ui/slots';

/** A node's guidance, open the first time the session reaches the node and folded on later visits. */
export function NodeGuidance({ sessionId, node }: { sessionId: SessionId; node: NodeId }) {
  const [open, setOpen] = useState(() => !guidanceSeen(sessionId, node));
  useEffect(() => markGuidanceSeen(sessionId, node), [sessionId, node]);
  return (
    <details className="node-guidance" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>Guidance</h2>
      </summary>
      {TREE[node].guidance.map((g) => (
        <p key={g}>{g}</p>
      ))}
      <NodeGuidanceSlot node={node} />
    </details>
  );
}
