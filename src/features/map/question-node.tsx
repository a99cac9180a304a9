import { Handle, Position, type NodeProps } from '@xyflow/react';
import { use } from 'react';
import { assertNever } from '../../domain/assert-never';
import type { QuestionNode } from './build-flow';
import { GoToContext } from './go-to-context';

function statusText(data: QuestionNode['data']): string {
  switch (data.state) {
    case 'answered':
      return `Answered: ${data.shortAnswer ?? ''}`;
    case 'current':
      return 'Current question';
    case 'not-reached':
      return 'Not reached';
    case 'unreachable':
      return 'No longer reachable';
    default:
      return assertNever(data.state, 'question state');
  }
}

/** A question on the map. Answered ones are buttons that take the wizard back there. */
export function QuestionNodeView({ data }: NodeProps<QuestionNode>) {
  const goTo = use(GoToContext);
  const body = (
    <>
      <span className="map-node__number" aria-hidden="true">
        {data.number}
      </span>
      <span className="map-node__title">{data.title}</span>
      <span className="map-node__status">{statusText(data)}</span>
    </>
  );
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="map-handle" />
      {data.state === 'answered' ? (
        <button
          type="button"
          className="map-node__body nodrag nopan"
          aria-label={`Go back to question ${data.number}, ${data.title} (answered: ${data.answer ?? ''})`}
          // React Flow turns pointer events off on nodes of a read-only flow; the button needs them back.
          style={{ pointerEvents: 'all' }}
          onClick={() => goTo(data.node)}
        >
          {body}
        </button>
      ) : (
        <div className="map-node__body">{body}</div>
      )}
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="map-handle" />
    </>
  );
}
