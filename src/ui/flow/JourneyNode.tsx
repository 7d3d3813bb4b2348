/** One node of the graph: its label, a technical detail, and its status in words as well as colour. */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { NodeStatus } from '../../flow';

/** What the node shows; computed by the graph view from the model, already translated. */
export interface JourneyNodeData extends Record<string, unknown> {
  readonly testId: string;
  readonly label: string;
  readonly detail: string;
  readonly status: NodeStatus;
  readonly active: boolean;
  readonly statusText: string;
}

/** The React Flow node type of the journey. */
export type JourneyNodeType = Node<JourneyNodeData, 'journey'>;

const SIDES = [
  ['l', Position.Left],
  ['r', Position.Right],
  ['t', Position.Top],
  ['b', Position.Bottom],
] as const;

function JourneyNodeImpl({ data }: NodeProps<JourneyNodeType>) {
  const mark = data.status === 'failed' ? '✗ ' : data.active ? '● ' : data.status === 'done' ? '✓ ' : '';
  return (
    <div
      className={`journey-node status-${data.status}${data.active ? ' active' : ''}`}
      data-testid={data.testId}
      data-status={data.status}
      data-active={data.active}
    >
      {SIDES.map(([id, pos]) => (
        <Handle key={`s${id}`} id={`s${id}`} type="source" position={pos} isConnectable={false} />
      ))}
      {SIDES.map(([id, pos]) => (
        <Handle key={`t${id}`} id={`t${id}`} type="target" position={pos} isConnectable={false} />
      ))}
      <div className="journey-node-label">{data.label}</div>
      <div className="journey-node-detail">{data.detail}</div>
      <div className="journey-node-status">
        {/* The mark repeats the status in a glyph; the words say it to a screen reader. */}
        <span aria-hidden="true">{mark}</span>
        {data.statusText}
      </div>
    </div>
  );
}

/** Memoised (xyflow's advice): a node re-renders only when its data changes. */
export const JourneyNode = memo(JourneyNodeImpl);
