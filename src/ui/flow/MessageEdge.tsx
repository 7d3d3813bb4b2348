/**
 * One step of the journey as an edge, along the route the layout gave it: a line with an arrowhead
 * at its target, and a label with the step's number and the name of the message it carries. Its
 * state shows as line style and in words: dashed for what has not happened, solid once it has, red
 * where it failed with ✗ or ⏱ and a word on the label (the timeline beside says ✓ for the others).
 */
import { EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GraphEdge, LaidLabel, Point } from '../../flow';

/** What the edge shows. */
export interface MessageEdgeData extends Record<string, unknown> {
  readonly step: number;
  readonly testId: string;
  readonly outcome: GraphEdge['outcome'];
  readonly progress: GraphEdge['progress'];
  readonly points: readonly Point[];
  readonly label: LaidLabel;
  /** The arrowhead's length, px. */
  readonly head: number;
  /** An arrow the talk's slide does not have. */
  readonly extra: boolean;
  readonly title: string;
  /** The step's state in words (its outcome, or not reached yet), for screen readers beside the mark. */
  readonly stateText: string;
}

/** The React Flow edge type of a step. */
export type MessageEdgeType = Edge<MessageEdgeData, 'message'>;

/** A polyline as an SVG path. */
export const pathOf = (points: readonly Point[]): string => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

/** The arrowhead at a polyline's last point, pointing along its last segment. */
function headOf(points: readonly Point[], size: number): string {
  const [a, b] = [points.at(-2)!, points.at(-1)!];
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const [dx, dy] = [(b.x - a.x) / len, (b.y - a.y) / len];
  const base = { x: b.x - dx * size, y: b.y - dy * size };
  const w = size * 0.45;
  return pathOf([b, { x: base.x - dy * w, y: base.y + dx * w }, { x: base.x + dy * w, y: base.y - dx * w }]) + ' Z';
}

function MessageEdgeImpl({ id, data }: EdgeProps<MessageEdgeType>) {
  if (!data) return null;
  const shown = data.progress !== 'future';
  const failed = shown && data.outcome !== 'ok';
  const state = `progress-${data.progress}${failed ? ' failed' : ''}${data.extra ? ' extra' : ''}`;
  const r = data.label.rect;
  // The line stops short of the tip, so its end does not poke through the arrowhead.
  const line = [...data.points.slice(0, -1), shorten(data.points, data.head * 0.6)];
  return (
    <>
      <path id={id} d={pathOf(line)} className={`message-edge ${state}`} />
      <path d={headOf(data.points, data.head)} className={`edge-head ${state}`} data-testid={`flow-arrow-${data.step}`} />
      <EdgeLabelRenderer>
        <div
          className={`edge-label ${state}`}
          style={{ transform: `translate(${r.x + r.width / 2}px, ${r.y + r.height / 2}px) translate(-50%, -50%)` }}
          title={data.title}
          data-testid={data.testId}
          data-outcome={shown ? data.outcome : 'future'}
        >
          {data.label.lines.map((l, i) => (
            <div key={i} className={`edge-line${l.mono ? ' edge-mono' : ''}${l.outcome ? ' outcome' : ''}${l.outcome && !shown ? ' pending' : ''}`}>
              {i === 0 && <span className="edge-badge">{data.step}</span>}
              {l.text}
            </div>
          ))}
          {shown && data.outcome === 'ok' && <span className="visually-hidden"> ({data.stateText})</span>}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

/** The last point of a polyline moved back along its last segment by `by`. */
function shorten(points: readonly Point[], by: number): Point {
  const [a, b] = [points.at(-2)!, points.at(-1)!];
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const k = Math.min(by, len) / len;
  return { x: b.x - (b.x - a.x) * k, y: b.y - (b.y - a.y) * k };
}

/** Memoised: an edge re-renders only when its data changes. */
export const MessageEdge = memo(MessageEdgeImpl);
