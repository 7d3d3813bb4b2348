/** Plane geometry for the layouts: points, boxes, and where a segment meets a box. */

/** A point. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned box: top-left corner and size. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The box of the given size centred on a point. */
export const centredRect = (c: Point, width: number, height: number): Rect => ({ x: c.x - width / 2, y: c.y - height / 2, width, height });

/** A box's centre. */
export const centreOf = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** A box grown by `d` on every side (shrunk when negative). */
export const inflate = (r: Rect, d: number): Rect => ({ x: r.x - d, y: r.y - d, width: r.width + 2 * d, height: r.height + 2 * d });

/** Whether two boxes share any area. */
export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether `inner` lies wholly inside `outer`. */
export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/**
 * The part of segment p→q inside a box, as parameters 0 ≤ t0 ≤ t1 ≤ 1 along it (Liang–Barsky
 * clipping), or null when the segment misses the box.
 */
export function clipSegment(p: Point, q: Point, r: Rect): readonly [number, number] | null {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const edges: readonly (readonly [number, number])[] = [
    [-dx, p.x - r.x],
    [dx, r.x + r.width - p.x],
    [-dy, p.y - r.y],
    [dy, r.y + r.height - p.y],
  ];
  for (const [den, num] of edges) {
    if (den === 0) {
      if (num < 0) return null;
      continue;
    }
    const t = num / den;
    if (den < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/** Whether segment p→q passes through the inside of a box (touching its border is not passing through). */
export function segmentCrosses(p: Point, q: Point, r: Rect): boolean {
  const c = clipSegment(p, q, inflate(r, -1e-6));
  return c !== null && c[1] - c[0] > 1e-9;
}

/** The point a fraction `t` of the way from p to q. */
export const lerp = (p: Point, q: Point, t: number): Point => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });

/** The distance between two points. */
export const distance = (p: Point, q: Point): number => Math.hypot(q.x - p.x, q.y - p.y);

/** The segments of a polyline, each as its two ends. */
export const segmentsOf = (points: readonly Point[]): (readonly [Point, Point])[] => points.slice(1).map((q, i) => [points[i]!, q] as const);

/** A polyline's length. */
export const lengthOf = (points: readonly Point[]): number => segmentsOf(points).reduce((sum, [p, q]) => sum + distance(p, q), 0);

/** Scales every coordinate of a box. */
export const scaleRect = (r: Rect, k: number): Rect => ({ x: r.x * k, y: r.y * k, width: r.width * k, height: r.height * k });

/** Scales a point. */
export const scalePoint = (p: Point, k: number): Point => ({ x: p.x * k, y: p.y * k });
