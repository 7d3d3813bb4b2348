/** The rules a laid-out graph keeps, as a list of the ones it breaks: for the layout tests, and for looking at one by hand. */
import { clipSegment, contains, distance, inflate, overlaps, segmentCrosses, segmentsOf, type Rect } from '../geometry';
import { labelSize, type LaidLabel } from '../labels';
import type { FlowLayout } from '../layout-types';
import type { Flow } from '../types';

const TOL = 0.01;

/** Every way a layout breaks the rules, as sentences (empty when it keeps them); `e` is the title size in px. */
export function layoutProblems(flow: Flow, g: FlowLayout, e: number): string[] {
  const out: string[] = [];
  const frame = { x: 0, y: 0, width: g.width + TOL, height: g.height + TOL };
  const node = (id: string) => g.nodes.find((n) => n.id === id)!;
  const outer = (id: string) => g.nodes.find((n) => n.id === (node(id).inside ?? id))!.rect;
  const labels: [string, LaidLabel][] = [...g.edges.map((x) => [`label ${x.step}`, x.label] as [string, LaidLabel]), ...g.links.flatMap((l) => (l.label ? [[`label ${l.id}`, l.label] as [string, LaidLabel]] : []))];
  const boxes: [string, Rect][] = [...g.nodes.map((n) => [`node ${n.id}`, n.rect] as [string, Rect]), ...g.notes.map((n) => [`note ${n.id}`, n.rect] as [string, Rect])];
  for (const [name, r] of boxes) if (!contains(frame, r)) out.push(`${name} leaves the frame`);
  for (const [i, [a, ra]] of boxes.entries()) {
    for (const [b, rb] of boxes.slice(i + 1)) {
      const nested = g.nodes.some((n) => n.inside && ((a === `node ${n.id}` && b === `node ${n.inside}`) || (b === `node ${n.id}` && a === `node ${n.inside}`)));
      if (nested ? !contains(ra, rb) && !contains(rb, ra) : overlaps(ra, rb)) out.push(`${a} and ${b} overlap`);
    }
  }
  for (const x of g.edges) {
    const step = flow.steps[x.step - 1]!;
    const ends = new Set([outer(step.from), outer(step.to), node(step.from).rect, node(step.to).rect]);
    for (const [p, q] of segmentsOf(x.points)) {
      for (const [name, r] of boxes) if (!ends.has(r) && segmentCrosses(p, q, r)) out.push(`edge ${x.step} passes behind ${name}`);
      for (const [name, l] of labels) if (name !== `label ${x.step}` && segmentCrosses(p, q, inflate(l.rect, -TOL))) out.push(`edge ${x.step} crosses ${name}`);
    }
    const [first, last] = [x.points[0]!, x.points.at(-1)!];
    const onBorder = (r: Rect, p: typeof first) => contains(inflate(r, TOL), { ...p, width: 0, height: 0 }) && !contains(inflate(r, -TOL), { ...p, width: 0, height: 0 });
    if (!onBorder(outer(step.from), first)) out.push(`edge ${x.step} does not leave ${step.from}`);
    if (!onBorder(outer(step.to), last)) out.push(`edge ${x.step} does not reach ${step.to}`);
    // Long enough: the label sits on a segment with line showing before it and the arrowhead after it, or beside a segment as long as itself.
    const carried = segmentsOf(x.points).some(([p, q], i, all) => {
      const c = clipSegment(p, q, x.label.rect);
      const len = distance(p, q);
      if (!c) return (x.label.rect.width * Math.abs(q.x - p.x) + x.label.rect.height * Math.abs(q.y - p.y)) / len + 0.39 * e <= len;
      return c[0] * len >= 0.59 * e && (1 - c[1]) * len >= (i === all.length - 1 ? 1.29 : 0.59) * e;
    });
    if (!carried) out.push(`edge ${x.step} is too short for its label`);
  }
  for (const [i, [a, la]] of labels.entries()) {
    const need = labelSize(la.lines, a.startsWith('label ') && !a.includes('-'), g.labelScale);
    if (need.width * e > la.rect.width + TOL || need.height * e > la.rect.height + TOL) out.push(`${a}'s words overflow it`);
    if (!contains(frame, la.rect)) out.push(`${a} leaves the frame`);
    for (const [name, r] of boxes) if (overlaps(la.rect, r)) out.push(`${a} covers ${name}`);
    for (const [b, lb] of labels.slice(i + 1)) if (overlaps(la.rect, lb.rect)) out.push(`${a} and ${b} overlap`);
  }
  return out;
}
