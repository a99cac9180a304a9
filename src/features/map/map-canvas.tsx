import { Controls, ReactFlow, useReactFlow, useStore, type EdgeTypes, type NodeTypes } from '@xyflow/react';
import { memo, useEffect } from 'react';
import type { NodeId } from '../../domain/answers';
import type { AppNode, Flow, PathEdge } from './build-flow';
import { GoToContext } from './go-to-context';
import { OutcomeNodeView } from './outcome-node';
import { PathEdgeView } from './path-edge';
import { QuestionNodeView } from './question-node';

// Registered once: new objects on each render would make React Flow remount every node.
const nodeTypes = { question: QuestionNodeView, outcome: OutcomeNodeView } satisfies NodeTypes;
const edgeTypes = { path: PathEdgeView } satisfies EdgeTypes;

const FIT = { padding: 0.02 };

/**
 * Fits the whole tree again whenever the canvas changes size: the presentation
 * dialog opens after its canvas mounts, and the aside resizes with the window.
 */
function FitOnResize() {
  const { fitView } = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  useEffect(() => {
    if (width > 0 && height > 0) void fitView(FIT);
  }, [width, height, fitView]);
  return null;
}

interface MapCanvasProps {
  readonly flow: Flow;
  readonly onGoTo: (node: NodeId) => void;
  readonly label: string;
}

/**
 * The tree drawn read-only: nothing to drag, connect, select or delete; answered nodes are buttons.
 * Memoised: a session change that leaves the map as it was (stableFlow hands back the same flow) skips React Flow entirely.
 */
export const MapCanvas = memo(function MapCanvas({ flow, onGoTo, label }: MapCanvasProps) {
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
        fitViewOptions={FIT}
        minZoom={0.2}
        // Bottom right, the credit covered "Find another vendor"; the top-left corner of the tree is empty.
        attributionPosition="top-left"
      >
        <Controls showInteractive={false} fitViewOptions={FIT} />
        <FitOnResize />
      </ReactFlow>
    </GoToContext>
  );
});
