/** The shapes of a laid-out graph: boxes, routes and labels, in pixels of the box the view gives it. */
import type { ExplanationKey, GraphWordKey } from './explanation-keys';
import type { Point, Rect } from './geometry';
import type { LaidLabel } from './labels';
import type { NodeId } from './nodes';
import type { Outcome } from './types';

/** The two drawings of the same model: the reading layout and the talk's own slide. */
export const LAYOUT_IDS = ['graph', 'talk'] as const;

/** A drawing of the model. */
export type LayoutId = (typeof LAYOUT_IDS)[number];

/** A key the layout words (to size a label, or for the view to draw). */
export type LayoutWordKey = ExplanationKey | GraphWordKey | `flow.outcome.${Outcome}`;

/** What the layout is given: the drawing, the box, the title size in it, and the reader's words. */
export interface LayoutView {
  readonly layout: LayoutId;
  /** The box, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The node title's size in the box, px: every other size is a multiple of it. */
  readonly em: number;
  readonly words: (key: LayoutWordKey) => string;
}

/** A node's box and how it is drawn. */
export interface LaidNode {
  readonly id: NodeId;
  readonly rect: Rect;
  readonly titleKey: LayoutWordKey;
  /** Whether the box shows the technical detail (the slide's boxes show names only). */
  readonly detail: boolean;
  /** The box it is drawn inside (the talk's metadata service, inside the EC2 service). */
  readonly inside?: NodeId | undefined;
  /** A box the talk's slide does not have. */
  readonly extra: boolean;
  /** A box that holds another: its title sits at the top. */
  readonly container: boolean;
}

/** One step's edge: its route (the arrowhead at the last point) and its label. */
export interface LaidEdge {
  readonly step: number;
  readonly points: readonly Point[];
  readonly label: LaidLabel;
  /** An arrow the talk's slide does not have. */
  readonly extra: boolean;
}

/** A dotted line that is not a message: the metadata service belongs to EC2; the policy is attached to the role. */
export interface LaidLink {
  readonly id: string;
  /** The ids of what it joins: two nodes, or a node and a note. */
  readonly ends: readonly [string, string];
  readonly points: readonly Point[];
  readonly label?: LaidLabel | undefined;
}

/** Words drawn on the graph that are not a node: the slide's title, the role's policy. */
export interface LaidNote {
  readonly id: string;
  readonly rect: Rect;
  readonly key: GraphWordKey;
  readonly kind: 'title' | 'box';
}

/**
 * A laid-out graph in the layout's own pixels (`width` × `height`); drawn at `zoom` it fills the
 * box. The zoom is 1 unless the box is smaller than the layout needs (a phone).
 */
export interface FlowLayout {
  readonly layout: LayoutId;
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
  /** The edge labels' size, as a fraction of LABEL's (1 unless smaller labels spared a zoom out). */
  readonly labelScale: number;
  readonly nodes: readonly LaidNode[];
  readonly edges: readonly LaidEdge[];
  readonly links: readonly LaidLink[];
  readonly notes: readonly LaidNote[];
}
