/** A dotted line that is not a message: the metadata service belongs to the EC2 service; the policy is attached to the role. */
import { EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LaidLabel, Point } from '../../flow';
import { pathOf } from './MessageEdge';

/** What a link shows. */
export interface LinkEdgeData extends Record<string, unknown> {
  readonly points: readonly Point[];
  readonly label?: LaidLabel | undefined;
  readonly lang: string;
}

/** The React Flow edge type of a link. */
export type LinkEdgeType = Edge<LinkEdgeData, 'link'>;

function LinkEdgeImpl({ id, data }: EdgeProps<LinkEdgeType>) {
  if (!data) return null;
  const r = data.label?.rect;
  return (
    <>
      <path d={pathOf(data.points)} className="graph-link" data-testid={`flow-link-${id}`} />
      {r && (
        <EdgeLabelRenderer>
          <div className="graph-link-label" lang={data.lang} style={{ transform: `translate(${r.x + r.width / 2}px, ${r.y + r.height / 2}px) translate(-50%, -50%)` }}>
            {data.label.lines.map((l) => l.text).join(' ')}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** Memoised, as every edge type. */
export const LinkEdge = memo(LinkEdgeImpl);
