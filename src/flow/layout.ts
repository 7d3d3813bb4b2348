/**
 * Lays the graph out in the box it is given (architecture practice 9: a pure function of the flow
 * and the view). Each layout works in ems of the node title, so a frame of the box's own size
 * (box ÷ title size) draws at zoom 1 with every CSS size as it is on screen; a box smaller than
 * the layout's minimum, or one where some label finds no place, is laid out larger and zoomed out
 * to fit.
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

type Builder = (flow: Flow, frame: { width: number; height: number }, words: LayoutView['words'], force: boolean) => EmLayout | null;

/** Each layout: its builder and the smallest frame it is drawn in. */
interface Arrangement {
  readonly build: Builder;
  readonly min: { readonly width: number; readonly height: number };
  /** For boxes not much wider than tall (a phone, a narrow column) only. */
  readonly narrow?: boolean;
}

/** Each layout's arrangements. */
const LAYOUTS: Readonly<Record<LayoutId, readonly Arrangement[]>> = {
  graph: [
    { build: (f, frame, w, force) => graphLayout(f, frame, w, force, 'across'), min: GRAPH_MIN },
    { build: (f, frame, w, force) => graphLayout(f, frame, w, force, 'down'), min: GRAPH_MIN_DOWN, narrow: true },
  ],
  talk: [{ build: talkLayout, min: TALK_MIN }],
};

/** How much larger each retry's frame is, and how many retries before labels are placed regardless. */
const GROW = 1.04;
const TRIES = 16;

const label = (l: LaidLabel, k: number): LaidLabel => ({ rect: scaleRect(l.rect, k), lines: l.lines });
const rect = (r: Rect, k: number): Rect => scaleRect(r, k);

/** The smallest scale (1 = the box itself) at which a layout's labels all find a place, and what it laid out. */
function fit(flow: Flow, box: { width: number; height: number }, spec: Arrangement, words: LayoutView['words']) {
  let scale = Math.max(1, spec.min.width / box.width, spec.min.height / box.height);
  for (let i = 0; ; i++, scale *= GROW) {
    const laid = spec.build(flow, { width: box.width * scale, height: box.height * scale }, words, i === TRIES - 1);
    if (laid) return { scale, laid };
  }
}

/** Boxes narrower than this (width over height) may take a narrow arrangement. */
const NARROW = 1.35;

/** The graph of a flow laid out for a view, in pixels: of the arrangements that suit the box's shape, the one drawn largest (the first of equals). */
export function layoutFlow(flow: Flow, view: LayoutView): FlowLayout {
  const box = { width: Math.max(1, view.width) / view.em, height: Math.max(1, view.height) / view.em };
  const narrow = box.width / box.height < NARROW;
  const tries = LAYOUTS[view.layout].filter((a) => narrow || !a.narrow).map((spec) => fit(flow, box, spec, view.words));
  const { scale, laid: l } = tries.reduce((best, t) => (t.scale < best.scale - 1e-9 ? t : best));
  const k = view.em;
  return {
    layout: view.layout,
    width: box.width * scale * k,
    height: box.height * scale * k,
    zoom: 1 / scale,
    nodes: l.nodes.map((n) => ({ ...n, rect: rect(n.rect, k) })),
    edges: l.edges.map((e) => ({ ...e, points: e.points.map((p) => scalePoint(p, k)), label: label(e.label, k) })),
    links: l.links.map((x) => ({ ...x, points: x.points.map((p) => scalePoint(p, k)), label: x.label && label(x.label, k) })),
    notes: l.notes.map((n) => ({ ...n, rect: rect(n.rect, k) })),
  };
}
