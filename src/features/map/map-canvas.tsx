import { Controls, ReactFlow, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import type { NodeId } from '../../domain/answers';
import type { AppNode, Flow, PathEdge } from './build-flow';
import { GoToContext } from './go-to-context';
import { OutcomeNodeView } from './outcome-node';
import { PathEdgeView } from './path-edge';
import { QuestionNodeView } from './question-node';

// Registered once: new objects on each render would make React Flow remount every node.
const nodeTypes = { question: QuestionNodeView, outcome: OutcomeNodeView } satisfies NodeTypes;
const edgeTypes = { path: PathEdgeView } satisfies EdgeTypes;

interface MapCanvasProps {
  readonly flow: Flow;
  readonly onGoTo: (node: NodeId) => void;
  readonly label: string;
}

/** The tree drawn read-only: nothing to drag, connect, select or delete; answered nodes are buttons. */
export function MapCanvas({ flow, onGoTo, label }: MapCanvasProps) {
  return (
    <GoToContext value={onGoTo}>
      <ReactFlow<AppNode, PathEdge>
        aria-label={label}
        nodes={flow.nodes}
        edges={flow.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        zoomOnScroll={false}
        preventScrolling={false}
        fitView
        fitViewOptions={{ padding: 0.03 }}
        minZoom={0.2}
      >
        <Controls showInteractive={false} />
      </ReactFlow>
    </GoToContext>
  );
}
