import { useEffect, useState } from 'react';
import type { NodeId } from '../../domain/answers';
import type { SessionId } from '../../domain/ids';
import { TREE } from '../../domain/tree';
import { guidanceShownBefore, useSessionStore, type SessionStore } from '../../store/session-store';
import { NodeGuidanceSlot } from '../../ui/slots';

const selectMarkShown = (s: SessionStore) => s.markGuidanceShown;

/** A node's guidance, open the first time the session reaches the node and folded on later visits. */
export function NodeGuidance({ sessionId, node }: { sessionId: SessionId; node: NodeId }) {
  // Read once, when the node's screen opens: marking it shown below must not fold it under the team's eyes.
  const [open, setOpen] = useState(() => !guidanceShownBefore(useSessionStore.getState(), sessionId, node));
  const markShown = useSessionStore(selectMarkShown);
  useEffect(() => markShown(sessionId, node), [markShown, sessionId, node]);
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
