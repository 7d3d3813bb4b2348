/**
 * One step of the journey as an edge: its number and outcome as text on a label, its state as line
 * style (dashed for what has not happened, red and dashed for a failure), and, for the current step,
 * a message travelling along it unless the user prefers reduced motion.
 */
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GraphEdge } from '../../flow';

/** What the edge shows. */
export interface MessageEdgeData extends Record<string, unknown> {
  readonly step: number;
  readonly testId: string;
  readonly outcome: GraphEdge['outcome'];
  readonly progress: GraphEdge['progress'];
  readonly travel: boolean;
  readonly direction: GraphEdge['direction'];
  readonly title: string;
  /** The step's state in words (its outcome, or not reached yet), for screen readers beside the mark. */
  readonly stateText: string;
}

/** The React Flow edge type of a step. */
export type MessageEdgeType = Edge<MessageEdgeData, 'message'>;

function MessageEdgeImpl({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<MessageEdgeType>) {
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 14, offset: data?.direction === 'return' ? 40 : 20 });
  if (!data) return null;
  const shown = data.progress !== 'future';
  const failed = shown && data.outcome !== 'ok';
  const mark = !shown ? '' : data.outcome === 'ok' ? ' ✓' : data.outcome === 'fail' ? ' ✗' : ' ⏱';
  const cls = `message-edge progress-${data.progress}${failed ? ' failed' : ''}`;
  return (
    <>
      <BaseEdge id={id} path={path} className={cls} />
      {data.progress === 'current' && data.travel && (
        <circle r={7} className={`message-dot${failed ? ' failed' : ''}`}>
          <animateMotion dur="1.2s" repeatCount="indefinite" path={path} />
        </circle>
      )}
      <EdgeLabelRenderer>
        <div
          className={`edge-label progress-${data.progress}${failed ? ' failed' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={data.title}
          data-testid={data.testId}
          data-outcome={shown ? data.outcome : 'future'}
        >
          {data.step}
          <span aria-hidden="true">{mark}</span>
          {shown && <span className="visually-hidden"> ({data.stateText})</span>}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

/** Memoised: an edge re-renders only when its data or geometry changes. */
export const MessageEdge = memo(MessageEdgeImpl);
