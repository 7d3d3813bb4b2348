/**
 * Edge labels: how much room their words take, and where along their edge they can sit without
 * covering a node, another label or another edge. Sizes are in ems of the node title; a label's
 * text is set at LABEL.font of that, and its width is estimated from its characters (a monospace
 * advance for Latin, a full em for CJK), which bounds what the view draws from above.
 */
import { centredRect, clipSegment, contains, distance, inflate, lerp, overlaps, segmentCrosses, type Point, type Rect } from './geometry';

/** A label's metrics, in ems of the node title. */
export const LABEL = {
  /** The text size. */
  font: 0.75,
  /** Line height. */
  line: 0.98,
  padX: 0.3,
  padY: 0.15,
  /** The frame's two borders. */
  border: 0.25,
  /** The step number's disc (a finished step's ✓ sits on it) and the space after it. */
  badge: 1.3,
} as const;

/** One line of a label as the view draws it: message text in monospace, or words. */
export interface LabelLine {
  readonly text: string;
  readonly mono: boolean;
  /** The step's outcome (✗ failed, ⏱ timed out): room is kept for it, the view shows it once the step is reached. */
  readonly outcome?: true;
}

/** A placed label: its box and its lines. */
export interface LaidLabel {
  readonly rect: Rect;
  readonly lines: readonly LabelLine[];
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The width of a text in ems of the node title, at the label's size. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 1 : 0.6;
  return w * LABEL.font;
}

const HIRAGANA = /[\u3040-\u309f]/;

/** How much of the word a slash or hyphen is in comes after it (to the next space). */
const restOfWord = (chars: readonly string[], i: number): number => {
  let n = 0;
  while (chars[i + 1 + n] !== undefined && chars[i + 1 + n] !== ' ') n++;
  return n;
};

/**
 * Where a line may break: after a space; after a slash or a hyphen with 6 or more characters of
 * the word still to come (never `/api/` | `token`); and between a Japanese phrase's trailing kana
 * and the next word (メタデータを|リクエスト), which is where `word-break: auto-phrase` breaks too.
 */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  const chars = [...text];
  chars.forEach((ch, i) => {
    cur += ch;
    const next = chars[i + 1];
    if (next === undefined) return;
    const slash = (ch === '/' || ch === '-') && restOfWord(chars, i) >= 6 && cur.trim().length >= 4;
    if (ch === ' ' || slash || (HIRAGANA.test(ch) && !HIRAGANA.test(next) && next !== ' ')) {
      out.push(cur);
      cur = '';
    }
  });
  if (cur) out.push(cur);
  return out;
}

/** Greedy line filling at a maximum width (a token wider than it gets a line of its own). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const token of tokensOf(text)) {
    if (cur && textWidth((cur + token).trimEnd()) > max) {
      lines.push(cur.trimEnd());
      cur = '';
    }
    cur += token;
  }
  lines.push(cur.trimEnd());
  return lines;
}

/**
 * The box a label's lines need; the first carries the step number when `badge`. At `scale` every
 * metric of the label is that many times LABEL's (the view sets its text that much smaller).
 */
export function labelSize(lines: readonly LabelLine[], badge: boolean, scale = 1): { width: number; height: number } {
  const widths = lines.map((l, i) => textWidth(l.text) + (i === 0 && badge ? LABEL.badge : 0));
  return { width: (Math.max(0, ...widths) + 2 * LABEL.padX + LABEL.border) * scale, height: (lines.length * LABEL.line + 2 * LABEL.padY + LABEL.border) * scale };
}

/** The lines wider than `max` wrapped to fit it (the first line's number included); the others as they are. */
export function wrapLines(lines: readonly LabelLine[], max: number, badge: boolean): LabelLine[] {
  return lines.flatMap((l, i) => {
    const room = max - (i === 0 && badge ? LABEL.badge : 0);
    return textWidth(l.text) <= room ? [l] : wrapText(l.text, room).map((text) => ({ ...l, text }));
  });
}

/** What a label must keep clear of; `soft` lines (dotted, not messages) only where it can. */
export interface Obstacles {
  readonly frame: Rect;
  readonly boxes: readonly Rect[];
  readonly segments: readonly (readonly [Point, Point])[];
  readonly soft?: readonly (readonly [Point, Point])[];
}

/** How far a label keeps from nodes and other labels, how much of its own line stays visible, and how much longer than a label beside it a line is. */
const CLEAR = { box: 0.25, before: 0.6, after: 1.3, beside: 0.4 } as const;
/** Where along a segment a label is tried, best first. */
const ALONG = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82] as const;

/** Whether a box sits on a segment, leaving its line visible before it and its arrowhead after it. */
function carries(p: Point, q: Point, r: Rect, head: boolean): boolean {
  const c = clipSegment(p, q, r);
  if (!c) return false;
  const len = distance(p, q);
  return c[0] * len >= CLEAR.before && (1 - c[1]) * len >= (head ? CLEAR.after : CLEAR.before);
}

/** Where across a segment a label is tried: 0 on the line, 1 or -1 beside it (the side of the segment's left-hand normal, or the other), a further `beyond` out. */
export type Side = readonly [dir: -1 | 0 | 1, beyond: number];

/**
 * A place for a label of the given size on an edge (its polyline, the arrowhead at its end): on one
 * of its segments, longest first, at the first spot that keeps clear of every obstacle. The `sides`
 * are tried in order: every spot on the first before the next (a label stays by its own line if it
 * can), or, with `mixed`, every side at one spot before the next spot; each clear of the soft lines
 * first, then over them. Null when there is none.
 */
export function placeLabel(points: readonly Point[], size: { width: number; height: number }, obstacles: Obstacles, sides: readonly Side[] = [[0, 0]], mixed = false): Rect | null {
  const segments = points.slice(1).map((q, i) => [points[i]!, q, i === points.length - 2] as const);
  const order = [...segments].sort((a, b) => distance(b[0], b[1]) - distance(a[0], a[1]));
  const passes = (mixed ? [sides] : sides.map((s) => [s])).flatMap((pass) => [
    { pass, lines: [...obstacles.segments, ...(obstacles.soft ?? [])] },
    { pass, lines: obstacles.segments },
  ]);
  for (const { pass, lines } of passes) {
    for (const [p, q, last] of order) {
      const len = distance(p, q);
      const n = { x: -(q.y - p.y) / len, y: (q.x - p.x) / len };
      // How far the box's centre must be from the line for the box to clear it.
      const half = (size.width / 2) * Math.abs(n.x) + (size.height / 2) * Math.abs(n.y) + 0.2;
      const along = size.width * Math.abs(n.y) + size.height * Math.abs(n.x);
      for (const [t, side, beyond] of ALONG.flatMap((t) => pass.map(([d, b]) => [t, d, b] as const))) {
        const at = lerp(p, q, t);
        const off = side * (half + beyond);
        const rect = centredRect({ x: at.x + n.x * off, y: at.y + n.y * off }, size.width, size.height);
        if (!contains(obstacles.frame, rect)) continue;
        // On the line it must leave line showing either side; beside it, the line must be as long as it.
        if (side === 0 ? !carries(p, q, rect, last) : segmentCrosses(p, q, rect) || along + CLEAR.beside > len) continue;
        if (obstacles.boxes.some((b) => overlaps(inflate(b, CLEAR.box), rect))) continue;
        if (lines.some(([a, b]) => segmentCrosses(a, b, inflate(rect, 0.1)))) continue;
        if (segments.some(([a, b]) => (a !== p || b !== q) && segmentCrosses(a, b, rect))) continue;
        return rect;
      }
    }
  }
  return null;
}
