/**
 * The reading layout: three columns, two rows, spread over the whole frame. Every step joins the
 * top row (caller, EC2 service, IAM) to the bottom row (API, IMDS, STS), so each edge crosses the
 * open band between them, where its label has room, and none passes behind a box (nodes.ts). A
 * frame too narrow for three columns takes the same grid turned on its side: two columns, three
 * rows, the band running down the middle.
 */
import { segmentsOf, type Rect } from './geometry';
import { boxesApart, loopRoute, placeLabels, routesClear, stepLines, straightRoutes } from './layout-parts';
import { onOneNode } from './edge-names';
import type { LaidLink, LaidNode, LayoutView } from './layout-types';
import { NODES, NODE_IDS, type NodeId } from './nodes';
import type { Flow } from './types';

/** A node's box, in ems of its title. */
export const GRAPH_NODE = { width: 9, height: 6.2 } as const;
/** The smallest frame each grid is drawn in, in ems; a smaller box zooms out. */
export const GRAPH_MIN = { width: 32, height: 21 } as const;
export const GRAPH_MIN_DOWN = { width: 24, height: 24 } as const;
const MARGIN = 0.5;
/**
 * Where the middle column (or row) stands between the outer two, as a fraction: past the middle,
 * because the caller's conversation with IMDS carries the longest label (two request lines).
 */
const MIDDLE = 0.6;

/** The grid across (three columns, two rows) or turned on its side (two columns, three rows). */
export type GraphGrid = 'across' | 'down';

/** The layout in a frame of `frame` ems, its labels at `labels` times their size; null when a label finds no place (unless `force`). */
export function graphLayout(flow: Flow, frame: { width: number; height: number }, words: LayoutView['words'], force: boolean, grid: GraphGrid = 'across', labels = 1) {
  const [cols, rows] = grid === 'across' ? [3, 2] : [2, 3];
  const at = (i: number, n: number) => (n === 2 ? i : i === 1 ? MIDDLE * 2 : i);
  const dx = (frame.width - 2 * MARGIN - GRAPH_NODE.width) / (cols - 1);
  const dy = (frame.height - 2 * MARGIN - GRAPH_NODE.height) / (rows - 1);
  const box = (id: NodeId): Rect => {
    const { col, row } = NODES[id].cell;
    const [c, r] = grid === 'across' ? [col, row] : [row, col];
    return { x: MARGIN + at(c, cols) * dx, y: MARGIN + at(r, rows) * dy, ...GRAPH_NODE };
  };
  const nodes: LaidNode[] = NODE_IDS.map((id) => ({ id, rect: box(id), titleKey: NODES[id].labelKey(flow), detail: true, extra: false, container: false }));
  if (!force && !boxesApart(nodes.map((n) => n.rect), 1)) return null;
  const used = new Set(flow.steps.flatMap((s) => [s.from, s.to]));
  // The metadata service is EC2's: a dotted line says so wherever both take part.
  const links: LaidLink[] = used.has('imds') && used.has('ec2') ? [belongs(box('imds'), box('ec2'))] : [];
  // A line between two boxes of the outer column (or row) runs along their outer side, clear of the band.
  const outer = (a: Rect, b: Rect) => {
    const k = GRAPH_NODE.width / 4;
    if (a.x === b.x) return { x: a.x < MARGIN + 1e-9 ? -k : a.x + a.width > frame.width - MARGIN - 1e-9 ? k : 0, y: 0 };
    if (a.y === b.y) return { x: 0, y: a.y < MARGIN + 1e-9 ? -k / 2 : a.y + a.height > frame.height - MARGIN - 1e-9 ? k / 2 : 0 };
    return { x: 0, y: 0 };
  };
  const paths = straightRoutes(flow.steps.filter((s) => !onOneNode(s)), box, (id) => id, outer);
  // A step on one node loops into the band: below a box of the top row (right of the left column), above one of the bottom row.
  const toBand = (id: NodeId) => (grid === 'across' ? (NODES[id].cell.row === 0 ? 'bottom' : 'top') : NODES[id].cell.row === 0 ? 'right' : 'left');
  for (const s of flow.steps.filter(onOneNode)) paths.set(s.number, loopRoute(box(s.from), toBand(s.from)));
  const routes = flow.steps.map((s) => ({ step: s, ...paths.get(s.number)!, lines: stepLines(s, words), extra: false }));
  if (!force && !routesClear(routes, new Map(nodes.map((n) => [n.id, n.rect])), (id) => id)) return null;
  // A label keeps off the dotted line where it can, and may cover it where it cannot (it is not a message).
  const fixed = { frame: { x: 0, y: 0, ...frame }, boxes: nodes.map((n) => n.rect), segments: [] };
  const edges = placeLabels(routes, fixed, force, links.flatMap((l) => segmentsOf(l.points)), labels);
  return edges && { nodes, edges, links, notes: [] };
}

/** The dotted line from a box to the box beside it (above it, or left of it) whose part it is. */
function belongs(part: Rect, whole: Rect): LaidLink {
  if (whole.x < part.x) {
    const y = part.y + part.height / 2;
    return { id: 'imds-ec2', ends: ['imds', 'ec2'], points: [{ x: part.x, y }, { x: whole.x + whole.width, y }] };
  }
  const x = part.x + part.width / 2;
  return { id: 'imds-ec2', ends: ['imds', 'ec2'], points: [{ x, y: part.y }, { x, y: whole.y + whole.height }] };
}
