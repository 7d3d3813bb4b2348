/**
 * Where the diagram's arrows run, from the boxes its nodes were laid out in (CSS grid places them;
 * the arrows follow): straight down or across when the two boxes face each other, with one bend
 * when they do not, else around the left of the picture, always clear of every other box. Pure.
 */

/** A node's box, in the diagram's own pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A point of a route. */
export type Point = readonly [number, number];

/** An arrow to route, between two boxes by name. */
export interface Wanted {
  readonly from: string;
  readonly to: string;
}

/** How far apart the arrows around the left run, and how far from the boxes. */
const LANE = 7;
/** The least overlap two boxes need to face each other. */
const FACING = 12;

const overlap = (a0: number, a1: number, b0: number, b1: number): [number, number] => [Math.max(a0, b0), Math.min(a1, b1)];

/** Whether an axis-parallel segment passes through a box (its border excluded). */
function crosses([x1, y1]: Point, [x2, y2]: Point, b: Box): boolean {
  const [l, r, t, bo] = [b.x + 1, b.x + b.w - 1, b.y + 1, b.y + b.h - 1];
  if (x1 === x2) return x1 > l && x1 < r && Math.max(y1, y2) > t && Math.min(y1, y2) < bo;
  return y1 > t && y1 < bo && Math.max(x1, x2) > l && Math.min(x1, x2) < r;
}

const clear = (route: readonly Point[], others: readonly Box[]): boolean =>
  route.every((p, i) => i === 0 || others.every((b) => !crosses(route[i - 1]!, p, b)));

/** The routes a pair of boxes can take, best first; the ones around the left take a lane of their own. */
function candidates(a: Box, b: Box, left: number, bottom: number): Point[][] {
  const out: Point[][] = [];
  const [x0, x1] = overlap(a.x, a.x + a.w, b.x, b.x + b.w);
  const [y0, y1] = overlap(a.y, a.y + a.h, b.y, b.y + b.h);
  if (x1 - x0 >= FACING && b.y >= a.y + a.h) out.push([[(x0 + x1) / 2, a.y + a.h], [(x0 + x1) / 2, b.y]]);
  if (y1 - y0 >= FACING && b.x >= a.x + a.w) out.push([[a.x + a.w, (y0 + y1) / 2], [b.x, (y0 + y1) / 2]]);
  if (b.y > a.y + a.h) {
    const mid = (a.y + a.h + b.y) / 2;
    const ax = a.x + a.w / 2;
    const bx = Math.min(Math.max(ax, b.x + FACING), b.x + b.w - FACING);
    out.push([[ax, a.y + a.h], [ax, mid], [bx, mid], [bx, b.y]]);
  }
  const ay = a.y + a.h / 2;
  out.push([[a.x, ay], [left, ay], [left, b.y + b.h / 2], [b.x, b.y + b.h / 2]]);
  out.push([[a.x, ay], [left, ay], [left, bottom], [b.x + b.w / 2, bottom], [b.x + b.w / 2, b.y + b.h]]);
  return out;
}

/**
 * A route for each arrow whose two boxes are known, keyed `from>to`: the first candidate that
 * passes through no other box (the last one when none does). `width` and `height` bound the
 * picture: the arrows around the left run in lanes left of every box, and under the lowest.
 */
export function routeEdges(boxes: ReadonlyMap<string, Box>, wanted: readonly Wanted[]): Map<string, Point[]> {
  const all = [...boxes.values()];
  const minX = Math.min(...all.map((b) => b.x));
  const maxY = Math.max(...all.map((b) => b.y + b.h));
  const routes = new Map<string, Point[]>();
  let lanes = 0;
  for (const { from, to } of wanted) {
    const a = boxes.get(from);
    const b = boxes.get(to);
    if (!a || !b) continue;
    const others = all.filter((x) => x !== a && x !== b);
    const lane = lanes + 1;
    const options = candidates(a, b, minX - lane * LANE, maxY + lane * LANE);
    const route = options.find((r) => clear(r, others)) ?? options[options.length - 1]!;
    if (route[1]?.[0] === minX - lane * LANE) lanes = lane;
    routes.set(`${from}>${to}`, route);
  }
  return routes;
}

/** An SVG path through a route's points. */
export function pathOf(route: readonly Point[]): string {
  return route.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');
}
