/** One node of the graph: its label, a technical detail, and its status in words as well as colour. */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { NodeStatus } from '../../flow';
import { Phrases } from './Phrases';

/** What the node shows; computed by the graph view from the model, already translated. */
export interface JourneyNodeData extends Record<string, unknown> {
  readonly testId: string;
  readonly label: string;
  /** The words' language: a Japanese name breaks between its words only (Phrases). */
  readonly lang: string;
  /** The technical detail, or empty when the drawing shows names only (the talk's slide). */
  readonly detail: string;
  readonly status: NodeStatus;
  readonly active: boolean;
  readonly statusText: string;
  /** A box that holds another (its title at the top), one inside another, or one the talk's slide does not have (said in `caption`). */
  readonly shape: 'box' | 'container' | 'inner' | 'extra';
  readonly caption: string;
  readonly talk: boolean;
}

/** The React Flow node type of the journey. */
export type JourneyNodeType = Node<JourneyNodeData, 'journey'>;

function JourneyNodeImpl({ data }: NodeProps<JourneyNodeType>) {
  const mark = data.status === 'failed' ? '✗ ' : data.active ? '● ' : data.status === 'done' ? '✓ ' : '';
  const cls = `journey-node status-${data.status} shape-${data.shape}${data.talk ? ' talk' : ''}${data.active ? ' active' : ''}`;
  return (
    <div className={cls} lang={data.lang} data-testid={data.testId} data-status={data.status} data-active={data.active}>
      {/* Edges are drawn from the layout's own routes; the library only needs an end to attach them to. */}
      <Handle id="s" type="source" position={Position.Right} isConnectable={false} />
      <Handle id="t" type="target" position={Position.Left} isConnectable={false} />
      <div className="journey-node-label">
        <Phrases text={data.label} lang={data.lang} />
      </div>
      {data.detail && <div className="journey-node-detail">{data.detail}</div>}
      {data.caption && (
        <div className="journey-node-caption">
          <Phrases text={data.caption} lang={data.lang} />
        </div>
      )}
      <div className="journey-node-status">
        {/* The mark repeats the status in a glyph; the words say it to a screen reader. */}
        <span aria-hidden="true">{mark}</span>
        <Phrases text={data.statusText} lang={data.lang} />
      </div>
    </div>
  );
}

/** Memoised (xyflow's advice): a node re-renders only when its data changes. */
export const JourneyNode = memo(JourneyNodeImpl);
