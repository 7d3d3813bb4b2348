/**
 * Lays the graph out in the box it is given (architecture practice 9: a pure function of the flow
 * and the view). Each layout works in ems of the node title, so a frame of the box's own size
 * (box ÷ title size) draws at zoom 1 with every CSS size as it is on screen; a box smaller than
 * the layout's minimum, or one where some label finds no place, is laid out larger and zoomed out
 * to fit. Where zooming out would shrink everything, the reading layout may set its edge labels
 * up to a tenth smaller instead, if that draws the titles larger.
 */
import { scalePoint, scaleRect, type Rect } from './geometry';
import type { LaidLabel } from './labels';
import { GRAPH_MIN, GRAPH_MIN_DOWN, graphLayout } from './layout-graph';
import { TALK_MIN, talkLayout } from './layout-talk';
import type { FlowLayout, LaidEdge, LaidLink, LaidNode, LaidNote, LayoutId, LayoutView } from './layout-types';
import type { Flow } from './types';

/** A layout in ems: what each layout's builder returns. */
interface EmLayout {
  readonly nodes: readonly LaidNode[];
  readonly edges: readonly LaidEdge[];
  readonly links: readonly LaidLink[];
  readonly notes: readonly LaidNote[];
}

/** Builds a layout in a frame of ems, its edge labels at `labels` times their size (see labelSize). */
type Builder = (flow: Flow, frame: { width: number; height: number }, words: LayoutView['words'], force: boolean, labels: number) => EmLayout | null;

/** Each layout: its builder and the smallest frame it is drawn in. */
interface Arrangement {
  readonly build: Builder;
  readonly min: { readonly width: number; readonly height: number };
  /** For boxes not much wider than tall (a phone, a narrow column) only. */
  readonly narrow?: boolean;
  /** Whether its labels may be set smaller rather than the whole layout zoomed out (SMALLER_LABELS). */
  readonly shrinkLabels?: true;
}

/**
 * How much smaller the reading layout may set its labels rather than zoom out: a tenth, about what
 * two or three steps of zoom (GROW) would take off them anyway.
 */
const SMALLER_LABELS = [0.9] as const;

/** Each layout's arrangements. */
const LAYOUTS: Readonly<Record<LayoutId, readonly Arrangement[]>> = {
  graph: [
    { build: (f, frame, w, force, labels) => graphLayout(f, frame, w, force, 'across', labels), min: GRAPH_MIN, shrinkLabels: true },
    { build: (f, frame, w, force, labels) => graphLayout(f, frame, w, force, 'down', labels), min: GRAPH_MIN_DOWN, narrow: true, shrinkLabels: true },
  ],
  // The slide's gaps are sized to its labels as they are.
  talk: [{ build: talkLayout, min: TALK_MIN }],
};

/** How much larger each retry's frame is, and how many retries before labels are placed regardless. */
const GROW = 1.04;
const TRIES = 16;

const label = (l: LaidLabel, k: number): LaidLabel => ({ rect: scaleRect(l.rect, k), lines: l.lines });
const rect = (r: Rect, k: number): Rect => scaleRect(r, k);

/** The smallest scale (1 = the box itself) at which a layout's labels, at `labels` times their size, all find a place, and what it laid out. */
function fit(flow: Flow, box: { width: number; height: number }, spec: Arrangement, words: LayoutView['words'], labels: number) {
  let scale = Math.max(1, spec.min.width / box.width, spec.min.height / box.height);
  for (let i = 0; ; i++, scale *= GROW) {
    const laid = spec.build(flow, { width: box.width * scale, height: box.height * scale }, words, i === TRIES - 1, labels);
    if (laid) return { scale, laid, labels };
  }
}

type Fitted = ReturnType<typeof fit>;

/** Of layouts, the one drawn largest (the first of equals). */
const largest = (tries: readonly Fitted[]): Fitted => tries.reduce((best, t) => (t.scale < best.scale - 1e-9 ? t : best));

/** Boxes narrower than this (width over height) may take a narrow arrangement. */
const NARROW = 1.35;

/**
 * The graph of a flow laid out for a view, in pixels: of the arrangements that suit the box's shape,
 * the one drawn largest (the first of equals). If it must zoom out, smaller labels where they let
 * it zoom out less, with the labels on screen no smaller than zooming would draw them or than nine
 * tenths of their size: the titles are what a room reads first.
 */
export function layoutFlow(flow: Flow, view: LayoutView): FlowLayout {
  const box = { width: Math.max(1, view.width) / view.em, height: Math.max(1, view.height) / view.em };
  const narrow = box.width / box.height < NARROW;
  const specs = LAYOUTS[view.layout].filter((a) => narrow || !a.narrow);
  const plain = largest(specs.map((spec) => fit(flow, box, spec, view.words, 1)));
  const smaller = plain.scale > 1 ? specs.filter((spec) => spec.shrinkLabels).flatMap((spec) => SMALLER_LABELS.map((labels) => fit(flow, box, spec, view.words, labels))) : [];
  // On screen a title is 1 / scale of the title size, a label labels / scale of its size.
  const floor = Math.min(1 / plain.scale, ...SMALLER_LABELS);
  const better = smaller.filter((t) => t.scale < plain.scale - 1e-9 && t.labels / t.scale >= floor - 1e-9);
  const { scale, laid: l, labels } = largest([plain, ...better]);
  const k = view.em;
  return {
    layout: view.layout,
    width: box.width * scale * k,
    height: box.height * scale * k,
    zoom: 1 / scale,
    labelScale: labels,
    nodes: l.nodes.map((n) => ({ ...n, rect: rect(n.rect, k) })),
    edges: l.edges.map((e) => ({ ...e, points: e.points.map((p) => scalePoint(p, k)), label: label(e.label, k) })),
    links: l.links.map((x) => ({ ...x, points: x.points.map((p) => scalePoint(p, k)), label: x.label && label(x.label, k) })),
    notes: l.notes.map((n) => ({ ...n, rect: rect(n.rect, k) })),
  };
}
