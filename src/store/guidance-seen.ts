import type { NodeId } from '../domain/answers';
import type { SessionId } from '../domain/ids';

/**
 * Which nodes' guidance a session has shown, for as long as the page is open. A node's guidance
 * opens the first time the team reaches it and stays folded on later visits, so the answers are the
 * first thing on screen. UI state only: never saved, a reload shows each node's guidance once more.
 */
const seen = new Set<string>();

const keyOf = (sessionId: SessionId, node: NodeId) => `${sessionId} ${node}`;

export function guidanceSeen(sessionId: SessionId, node: NodeId): boolean {
  return seen.has(keyOf(sessionId, node));
}

export function markGuidanceSeen(sessionId: SessionId, node: NodeId): void {
  seen.add(keyOf(sessionId, node));
}
