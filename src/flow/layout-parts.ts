/**
 * What both layouts share: straight routes between boxes (parallel when two steps join the same
 * pair), the lines of a step's label, and placing every label clear of everything else. Sizes in
 * ems of the node title.
 */
import { messageName, type NameLine } from './edge-names';
import { centreOf, clipSegment, inflate, lerp, overlaps, segmentCrosses, segmentsOf, type Point, type Rect } from './geometry';
import { LABEL, labelSize, placeLabel, wrapLines, type LabelLine, type LaidLabel, type Obstacles, type Side } from './labels';
import type { LaidEdge, LayoutView } from './layout-types';
import { NODE_IDS, type NodeId } from './nodes';
import type { Step } from './types';

/** A step's route before its label is placed. */
export interface Route {
  readonly step: Step;
  readonly points: readonly Point[];
  readonly lines: readonly LabelLine[];
  /** Where across its line to try the label (see placeLabel). */
  readonly sides?: readonly Side[];
  readonly extra: boolean;
}

/** How far apart two parallel edges of the same pair of nodes run. */
export const PAIR_GAP = 1.1;

/** A straight route, and where its label goes across it (see placeLabel). */
export interface Straight {
  readonly points: Point[];
  readonly sides: readonly Side[];
}

/** A single line's label: on it, else beside it. */
export const SINGLE: readonly Side[] = [[0, 0], [1, 0], [-1, 0]];

/** A label of one of a pair's lines: on the pair's outside, beside its own line or beyond the other (never between them). */
const paired = (dir: -1 | 1): readonly Side[] => [[dir, 0], [-dir as -1 | 1, PAIR_GAP]];

/**
 * Straight routes from box to box along the line between their centres (moved by `shift`, which
 * the layout uses to keep a line clear of the others); the steps that join the same two boxes run
 * side by side, PAIR_GAP apart, each on its own side of the centre line.
 */
export function straightRoutes(
  steps: readonly Step[],
  box: (id: NodeId) => Rect,
  anchor: (id: NodeId) => NodeId,
  shift: (a: Rect, b: Rect) => Point = () => ({ x: 0, y: 0 }),
): Map<number, Straight> {
  const key = (s: Step): string => [anchor(s.from), anchor(s.to)].sort().join('|');
  const groups = new Map<string, Step[]>();
  for (const s of steps) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  const out = new Map<number, Straight>();
  for (const group of groups.values()) {
    group.forEach((s, i) => {
      const [a, b] = [box(anchor(s.from)), box(anchor(s.to))];
      const d = shift(a, b);
      const [ca, cb] = [centreOf(a), centreOf(b)].map((c) => ({ x: c.x + d.x, y: c.y + d.y })) as [Point, Point];
      // Offsets are measured along the normal of the pair's canonical direction (table order), so
      // the two directions of a pair, ranked apart, take opposite sides.
      const forward = NODE_IDS.indexOf(anchor(s.from)) < NODE_IDS.indexOf(anchor(s.to));
      const sign = forward ? 1 : -1;
      const len = Math.hypot(cb.x - ca.x, cb.y - ca.y) || 1;
      const n = { x: -(cb.y - ca.y) / len, y: (cb.x - ca.x) / len };
      const rank = i - (group.length - 1) / 2;
      const off = rank * PAIR_GAP * sign;
      const p = { x: ca.x + n.x * off, y: ca.y + n.y * off };
      const q = { x: cb.x + n.x * off, y: cb.y + n.y * off };
      const leave = clipSegment(p, q, a)?.[1] ?? 0;
      const enter = clipSegment(p, q, b)?.[0] ?? 1;
      // The step's own left-hand normal is n: its label goes further out the way it is offset.
      out.set(s.number, { points: [lerp(p, q, leave), lerp(p, q, enter)], sides: rank === 0 ? SINGLE : paired(off > 0 ? 1 : -1) });
    });
  }
  return out;
}

/** How far a loop reaches out of its box, and how much of the box's side it spans, in ems and as a fraction. */
const LOOP = { depth: 2.2, span: 0.7 } as const;

/**
 * A step on one node, as a loop out of one side of its box and back in (toward the band, where its
 * label has room): a line leaving the box, one along the side, and the arrowhead going back in. The
 * middle segment, the longest, carries the label on its outside; `reach` ems more of it past the
 * box's far end (the line back in then slants) make room for a label wider than the box.
 */
export function loopRoute(r: Rect, side: 'top' | 'bottom' | 'left' | 'right', reach = 0): Straight {
  const vertical = side === 'top' || side === 'bottom';
  const along = vertical ? r.width : r.height;
  const [from, to] = [(1 - LOOP.span) / 2, (1 + LOOP.span) / 2].map((f) => f * along) as [number, number];
  const edge = side === 'top' ? r.y : side === 'bottom' ? r.y + r.height : side === 'left' ? r.x : r.x + r.width;
  const out = edge + (side === 'top' || side === 'left' ? -LOOP.depth : LOOP.depth);
  const at = (t: number, d: number): Point => (vertical ? { x: r.x + t, y: d } : { x: d, y: r.y + t });
  const points = [at(from, edge), at(from, out), at(to + reach, out), at(to, edge)];
  // The middle segment runs left to right (or top to bottom): its left-hand normal points out of the box below it or left of it.
  const outside: -1 | 1 = side === 'bottom' || side === 'left' ? 1 : -1;
  return { points, sides: [[outside, 0], [0, 0], [-outside as -1 | 1, 0]] };
}

/** The label of a step: its message's name (or the words given instead), then its outcome when it does not succeed. */
export function stepLines(step: Step, words: LayoutView['words'], name: readonly NameLine[] = messageName(step)): LabelLine[] {
  const lines: LabelLine[] = name.map((l) => ('text' in l ? { text: l.text, mono: true } : { text: words(l.key), mono: false }));
  if (step.outcome === 'fail') lines.push({ text: `✗ ${words('flow.outcome.fail')}`, mono: false, outcome: true });
  if (step.outcome === 'timeout') lines.push({ text: `⏱ ${words('flow.outcome.timeout')}`, mono: false, outcome: true });
  return lines;
}

/** The ways a label's lines can be set, widest first: as they are, then wrapped narrower. */
export function variants(lines: readonly LabelLine[]): LabelLine[][] {
  const natural = labelSize(lines, true).width - 2 * LABEL.padX - LABEL.border;
  const out: LabelLine[][] = [[...lines]];
  for (const k of [0.8, 0.6, 0.45]) {
    const wrapped = wrapLines(lines, natural * k, true);
    if (wrapped.length > out.at(-1)!.length) out.push(wrapped);
  }
  return out;
}

/** Whether the boxes keep at least `gap` apart (a box drawn inside another is left out by the caller). */
export function boxesApart(boxes: readonly Rect[], gap: number): boolean {
  return boxes.every((a, i) => boxes.slice(i + 1).every((b) => !overlaps(inflate(a, gap / 2), inflate(b, gap / 2))));
}

/** Whether every route keeps out of every box but those of its own two ends (and the boxes they sit in). */
export function routesClear(routes: readonly Route[], boxes: ReadonlyMap<NodeId, Rect>, anchor: (id: NodeId) => NodeId): boolean {
  return routes.every((r) => {
    const ends = new Set([r.step.from, r.step.to, anchor(r.step.from), anchor(r.step.to)]);
    return segmentsOf(r.points).every(([p, q]) => [...boxes].every(([id, b]) => ends.has(id) || !segmentCrosses(p, q, b)));
  });
}

/** Places labels in the given order; stops at the first that finds no place (unless `force`, which puts it mid-route). */
function placeInOrder(order: readonly Route[], fixed: Obstacles, soft: Obstacles['segments'], force: boolean, mixed: boolean, scale: number) {
  const placed = new Map<number, LaidLabel>();
  for (const r of order) {
    const others = order.filter((o) => o !== r).flatMap((o) => segmentsOf(o.points));
    const taken = [...placed.values()].map((l) => inflate(l.rect, 0.05));
    const obstacles = { frame: fixed.frame, boxes: [...fixed.boxes, ...taken], segments: [...fixed.segments, ...others], soft };
    // By its own line in any setting of its words before anywhere else (unless `mixed`).
    const sides = r.sides ?? SINGLE;
    let label: LaidLabel | undefined;
    for (const pass of mixed ? [sides] : sides.map((side) => [side])) {
      for (const lines of variants(r.lines)) {
        const rect = label ? null : placeLabel(r.points, labelSize(lines, true, scale), obstacles, pass, true);
        if (rect) label = { rect, lines };
      }
    }
    if (!label && !force) return { placed, failed: r };
    if (!label) {
      const size = labelSize(r.lines, true, scale);
      const mid = lerp(r.points[0]!, r.points.at(-1)!, 0.5);
      label = { rect: { x: mid.x - size.width / 2, y: mid.y - size.height / 2, ...size }, lines: r.lines };
    }
    placed.set(r.step.number, label);
  }
  return { placed, failed: undefined };
}

/**
 * Places every route's label, the widest first, clear of the `soft` lines where it can be; a label
 * that finds no place goes first next time, for as many tries as there are labels, each label by
 * its own line first, then wherever it fits best nearby (see placeLabel). Null when they do not all
 * fit (the caller tries a larger frame); with `force`, a label without a place sits mid-route anyway.
 * Labels are sized at `scale` times LABEL's metrics (see labelSize).
 */
export function placeLabels(routes: readonly Route[], fixed: Obstacles, force: boolean, soft: Obstacles['segments'] = [], scale = 1): LaidEdge[] | null {
  const widest = [...routes].sort((a, b) => labelSize(b.lines, true).width - labelSize(a.lines, true).width || a.step.number - b.step.number);
  let order = widest;
  for (const mixed of [false, true]) {
    order = widest;
    for (let i = 0; i <= routes.length; i++) {
      const { placed, failed } = placeInOrder(order, fixed, soft, false, mixed, scale);
      if (!failed) return routes.map((r) => ({ step: r.step.number, points: r.points, label: placed.get(r.step.number)!, extra: r.extra }));
      order = [failed, ...order.filter((r) => r !== failed)];
    }
  }
  if (!force) return null;
  const { placed } = placeInOrder(order, fixed, soft, true, true, scale);
  return routes.map((r) => ({ step: r.step.number, points: r.points, label: placed.get(r.step.number)!, extra: r.extra }));
}
