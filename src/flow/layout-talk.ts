/**
 * The talk's own slide (scenes.md, "メタデータの動作イメージ"): four boxes left to right, EC2
 * instance, EC2 service with the metadata service inside it, STS, IAM with its policy attached;
 * arrows ① to ⑤ as the slide numbers them, worded as the slide words them. A step the slide has no
 * arrow for is drawn too, marked as not on the slide: the signed API call to an extra box below
 * the instance, a caller's own call to STS routed under the EC2 service.
 */
import { CALLERS } from './callers';
import type { TalkArrow } from './explanation-keys';
import { centreOf, segmentsOf, type Point, type Rect } from './geometry';
import { LABEL, labelSize, type LabelLine, type Side } from './labels';
import { PAIR_GAP, boxesApart, loopRoute, placeLabels, routesClear, stepLines, straightRoutes, variants, type Route } from './layout-parts';
import { onOneNode } from './edge-names';
import type { LaidLink, LaidNode, LaidNote, LayoutView } from './layout-types';
import { NODES, NODE_IDS, type NodeId } from './nodes';
import type { Flow, Step } from './types';

/** Box sizes, in ems of the node title: the slide's row, the box inside the EC2 service, the extra box, the policy. */
const SIZE = { row: [7, 7.6, 4, 4], height: 5, container: 9, inner: { width: 6.6, height: 3.4 }, policy: { width: 6, height: 2.4 } } as const;
/** The smallest frame the slide is drawn in, in ems. */
export const TALK_MIN = { width: 40, height: 22 } as const;
const MARGIN = 0.5;
const TITLE = 1.8;
/** Room under the EC2 service for the routes that pass beneath it and their labels. */
const UNDER = 5;

/** The slide's arrows: which two boxes each joins, and the gap of the row it crosses. */
const ARROWS: readonly (readonly [NodeId, NodeId, TalkArrow, number])[] = [
  ['instance', 'ec2', 1, 0],
  ['ec2', 'sts', 2, 1],
  ['sts', 'iam', 3, 2],
  ['sts', 'ec2', 4, 1],
  ['ec2', 'instance', 5, 0],
];
/** The narrowest gap between two boxes of the row. */
const MIN_GAP = 3;
/** How far a loop under a box of the row reaches past its right side, into the gap (less than MIN_GAP). */
const LOOP_REACH = 2.5;

/** The box a node's arrows meet on the slide: the metadata service's are the EC2 service's. */
const anchor = (id: NodeId): NodeId => {
  const place = NODES[id].talk;
  return place.slot === 'inside' ? place.of : id;
};

const arrowOf = (s: Step) => ARROWS.find(([a, b]) => a === anchor(s.from) && b === anchor(s.to));

/** The slide's arrow for a step, if it has one. */
export const talkArrowOf = (s: Step): TalkArrow | undefined => arrowOf(s)?.[2];

/** A step's label on the slide: the slide's words for its arrow, else its message's name and "not on the slide". */
function talkLines(s: Step, words: LayoutView['words']): LabelLine[] {
  const arrow = talkArrowOf(s);
  if (arrow) return stepLines(s, words, [{ key: `talk.arrow.${arrow}` }]);
  return [...stepLines(s, words), { text: words('talk.extra'), mono: false }];
}

/**
 * The gaps of the row: each as wide as the widest label it carries needs (the label sits above or
 * below its arrow, within the gap), set on one line if the frame has room for that, else wrapped as
 * narrow as it goes; what is left is shared out. Null when the frame is too narrow.
 */
function gapsOf(flow: Flow, lines: ReadonlyMap<number, readonly LabelLine[]>, width: number, force: boolean): number[] | null {
  const need = (pick: (widths: number[]) => number) =>
    [0, 1, 2].map((g) => {
      const widths = flow.steps.filter((s) => arrowOf(s)?.[3] === g).map((s) => pick(variants(lines.get(s.number)!).map((v) => labelSize(v, true).width)));
      return Math.max(MIN_GAP, ...widths.map((w) => w + 0.55));
    });
  const [narrow, wide] = [need((ws) => Math.min(...ws)), need((ws) => ws[0]!)];
  const spare = width - 2 * MARGIN - SIZE.row.reduce((a, b) => a + b, 0) - narrow.reduce((a, b) => a + b, 0);
  if (spare < 0 && !force) return null;
  const more = wide.map((w, i) => w - narrow[i]!);
  const wanted = more.reduce((a, b) => a + b, 0);
  const k = wanted > 0 ? Math.min(1, Math.max(0, spare) / wanted) : 0;
  const left = Math.max(0, spare - wanted * k) / 3;
  return narrow.map((n, i) => n + more[i]! * k + left);
}

/** The slide in a frame of `frame` ems; null when a label finds no place (unless `force`). */
export function talkLayout(flow: Flow, frame: { width: number; height: number }, words: LayoutView['words'], force: boolean) {
  const lines = new Map(flow.steps.map((s) => [s.number, talkLines(s, words)]));
  const gaps = gapsOf(flow, lines, frame.width, force);
  if (!gaps) return null;
  const extraTop = frame.height - MARGIN - SIZE.height;
  // The row sits in the middle of what the title and the routes under it (with their labels) leave.
  const cy = MARGIN + TITLE + (extraTop - UNDER - MARGIN - TITLE) / 2;
  const sum = (xs: readonly number[], n: number) => xs.slice(0, n).reduce((a, b) => a + b, 0);
  const rowX = (col: number) => MARGIN + sum(SIZE.row, col) + sum(gaps, col);
  const rects = new Map<NodeId, Rect>();
  for (const id of NODE_IDS) {
    const p = NODES[id].talk;
    if (p.slot !== 'row') continue;
    const height = id === 'ec2' ? SIZE.container : SIZE.height;
    rects.set(id, { x: rowX(p.col), y: cy - height / 2, width: SIZE.row[p.col], height });
  }
  const box = (id: NodeId): Rect => rects.get(id)!;
  const ec2 = box('ec2');
  rects.set('imds', { x: ec2.x + (ec2.width - SIZE.inner.width) / 2, y: ec2.y + ec2.height - SIZE.inner.height - 0.6, ...SIZE.inner });
  rects.set('api', { x: box('instance').x, y: extraTop, width: SIZE.row[0], height: SIZE.height });

  const own = CALLERS[flow.scenario.caller].nodeLabelKey === 'node.instance';
  const nodes: LaidNode[] = NODE_IDS.map((id) => {
    const p = NODES[id].talk;
    const titleKey = p.slot === 'extra' || (id === 'instance' && !own) ? NODES[id].labelKey(flow) : p.key;
    return { id, rect: box(id), titleKey, detail: false, inside: p.slot === 'inside' ? p.of : undefined, extra: p.slot === 'extra', container: id === 'ec2' };
  });

  const onSlide = flow.steps.filter((s) => !atEndpoint(s) && (talkArrowOf(s) !== undefined || anchor(s.from) === 'api' || anchor(s.to) === 'api'));
  const straight = straightRoutes(onSlide, box, anchor);
  // A step on one node (the caller's, which sends nothing) loops under its box, above the extra API
  // box, reaching into the gap beside it: the label says "not on the slide" too, wider than the box.
  for (const s of flow.steps.filter(onOneNode)) straight.set(s.number, loopRoute(box(anchor(s.from)), 'bottom', LOOP_REACH));
  const lanes = flow.steps.filter((s) => !straight.has(s.number) && !atEndpoint(s));
  const endpoint = flow.steps.filter(atEndpoint);
  const { links, notes } = decorations(box('iam'), frame, words);
  // The endpoint's routes turn up left of the policy under IAM and of its "attached" label.
  const clear = Math.min(...notes.filter((n) => n.kind === 'box').map((n) => n.rect.x), ...links.map((l) => l.label!.rect.x)) - 0.6;
  const routes: Route[] = flow.steps.map((s) => {
    // A route under the EC2 service is labelled below itself, beyond the lanes under it.
    const lane = lanes.indexOf(s);
    const below: Side = [s.from === 'sts' ? -1 : 1, (lanes.length - 1 - lane) * PAIR_GAP];
    const route = straight.get(s.number) ?? (atEndpoint(s) ? { points: toIam(endpoint.indexOf(s), box, clear), sides: endpoint.indexOf(s) === 0 ? [[-1, 0]] : [[1, 0], [-1, PAIR_GAP]] } : { points: under(s, lane, box), sides: [below] });
    return { step: s, ...route, lines: lines.get(s.number)!, extra: talkArrowOf(s) === undefined };
  });

  if (!force && !boxesApart(nodes.filter((n) => !n.inside).map((n) => n.rect), 1)) return null;
  if (!force && !routesClear(routes, new Map(nodes.filter((n) => !n.inside).map((n) => [n.id, n.rect])), anchor)) return null;
  const fixed = { frame: { x: 0, y: 0, ...frame }, boxes: [...nodes.filter((n) => !n.inside).map((n) => n.rect), ...notes.map((n) => n.rect), ...links.map((l) => l.label!.rect)], segments: links.flatMap((l) => segmentsOf(l.points)) };
  const edges = placeLabels(routes, fixed, force);
  return edges && { nodes, edges, links, notes };
}

/** The endpoint's steps (verify, authorize), drawn from the extra API box to IAM. */
const atEndpoint = (s: Step): boolean => s.id === 'endpoint-verify' || s.id === 'authorize';

/**
 * A route from the API box to IAM's left side, below arrow ③ and left of `clear` (the policy under
 * IAM and its label): along the bottom, up through the gap between STS and IAM, into IAM. Nested so the two never
 * cross: the lower lane turns up further right and enters IAM lower.
 */
function toIam(lane: number, box: (id: NodeId) => Rect, clear: number): Point[] {
  const [api, iam] = [box('api'), box('iam')];
  // High on the box's side, so the lower lane's label has room beneath it in the frame.
  const y = api.y + 0.9 + lane * PAIR_GAP;
  const x = clear - (1 - lane) * PAIR_GAP;
  const enter = iam.y + iam.height / 2 + 1 + lane * 0.9;
  return [{ x: api.x + api.width, y }, { x, y }, { x, y: enter }, { x: iam.x, y: enter }];
}

/** A route under the EC2 service from the caller to STS (or back), one lane per step, nested so none cross. */
function under(s: Step, lane: number, box: (id: NodeId) => Rect): Point[] {
  const [inst, sts] = [box('instance'), box('sts')];
  const y = box('ec2').y + box('ec2').height + 0.9 + lane * PAIR_GAP;
  const left = inst.x + inst.width - 1.2 - lane * PAIR_GAP;
  const right = sts.x + 1.2 + lane * PAIR_GAP;
  const there = [{ x: left, y: inst.y + inst.height }, { x: left, y }, { x: right, y }, { x: right, y: sts.y + sts.height }];
  return s.from === 'sts' ? there.reverse() : there;
}

/** The slide's title, and the role's policy under IAM joined by a dotted "attached". */
function decorations(iam: Rect, frame: { width: number; height: number }, words: LayoutView['words']): { links: LaidLink[]; notes: LaidNote[] } {
  const c = centreOf(iam);
  const policy = { x: Math.min(c.x - SIZE.policy.width / 2, frame.width - MARGIN - SIZE.policy.width), y: iam.y + iam.height + 2.4, ...SIZE.policy };
  const lines = [{ text: words('talk.attached'), mono: false }];
  const size = labelSize(lines, false);
  const mid = iam.y + iam.height + 1.2;
  const label = { rect: { x: c.x - 0.3 - size.width, y: mid - size.height / 2, ...size }, lines };
  const title: LaidNote = { id: 'talk-title', rect: { x: MARGIN, y: MARGIN, width: frame.width - 2 * MARGIN, height: TITLE - LABEL.padY }, key: 'talk.title', kind: 'title' };
  return {
    links: [{ id: 'iam-policy', ends: ['iam', 'talk-policy'], points: [{ x: c.x, y: iam.y + iam.height }, { x: c.x, y: policy.y }], label }],
    notes: [title, { id: 'talk-policy', rect: policy, key: 'talk.policy', kind: 'box' }],
  };
}
