/** Words on the graph that are not a participant: the talk's slide title, the role's policy box. */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { Phrases } from './Phrases';

/** What a note shows, already translated. */
export interface NoteNodeData extends Record<string, unknown> {
  readonly text: string;
  readonly lang: string;
  readonly kind: 'title' | 'box';
  readonly testId: string;
}

/** The React Flow node type of a note. */
export type NoteNodeType = Node<NoteNodeData, 'note'>;

function NoteNodeImpl({ data }: NodeProps<NoteNodeType>) {
  return (
    <div className={`graph-note note-${data.kind}`} lang={data.lang} data-testid={data.testId}>
      <Handle id="s" type="source" position={Position.Right} isConnectable={false} />
      <Handle id="t" type="target" position={Position.Top} isConnectable={false} />
      <Phrases text={data.text} lang={data.lang} />
    </div>
  );
}

/** Memoised, as every node type. */
export const NoteNode = memo(NoteNodeImpl);
