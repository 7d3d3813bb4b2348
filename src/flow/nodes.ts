/**
 * The graph's nodes, one row each: where it stands, how it is labelled, what technical detail it
 * shows. Laid out for a 1280-wide canvas: the five steps read left to right (instance, IMDS, EC2,
 * STS, IAM), the API below on the right, where the credentials finally go. The graph (graph.ts) and
 * its view read this table and nothing else.
 */
import { EC2_PRINCIPAL } from './accounts';
import { CALLERS } from './callers';
import type { ExplanationKey } from './explanation-keys';
import { IMDS_HOST } from './imds-messages';
import { stsHost } from './sts-messages';
import type { Flow } from './types';

/** The canvas the positions are sized for. */
export const CANVAS = { width: 1280, height: 520 } as const;
/** Every node's box (top-left positions below leave 50 px between boxes). */
export const NODE_SIZE = { width: 200, height: 96 } as const;
/**
 * How the view draws the canvas: beside the message panel the graph has about 60% of its width, so
 * x is compressed and nodes narrowed to keep their text legible (scale near 1).
 */
export const DRAWN = { xScale: 0.72, nodeWidth: 156 } as const;

/** One node's row. */
interface NodeSpec {
  /** Top-left corner on the canvas. */
  readonly position: { readonly x: number; readonly y: number };
  /** The catalogue key of the label; the caller's node is labelled by its caller kind (callers.ts). */
  readonly labelKey: (flow: Flow) => ExplanationKey;
  /** A technical detail, not translated: the IMDS address, the role name, the endpoint. */
  readonly detail: (flow: Flow) => string;
}

const X = (column: number): number => 40 + column * 250;
const TOP = 120;
const fixed = (key: ExplanationKey) => (): ExplanationKey => key;

/** The graph's nodes, in table order. */
export const NODE_IDS = ['instance', 'imds', 'ec2', 'sts', 'iam', 'api'] as const;

/** One node of the graph. */
export type NodeId = (typeof NODE_IDS)[number];

/** Every node, left to right as the five steps read. */
export const NODES: Readonly<Record<NodeId, NodeSpec>> = {
  instance: { position: { x: X(0), y: TOP }, labelKey: (f) => CALLERS[f.scenario.caller].nodeLabelKey, detail: (f) => f.caller },
  imds: { position: { x: X(1), y: TOP }, labelKey: fixed('node.imds'), detail: () => IMDS_HOST },
  ec2: { position: { x: X(2), y: TOP }, labelKey: fixed('node.ec2'), detail: () => EC2_PRINCIPAL },
  sts: { position: { x: X(3), y: TOP }, labelKey: fixed('node.sts'), detail: (f) => stsHost(f.region) },
  iam: { position: { x: X(4), y: TOP }, labelKey: fixed('node.iam'), detail: (f) => `role/${f.scenario.role.name}` },
  api: { position: { x: X(4), y: 360 }, labelKey: fixed('node.api'), detail: (f) => `s3.${f.region}.amazonaws.com` },
};

/** The test id of a node's element in the page. */
export function nodeTestId(id: NodeId): string {
  return `flow-node-${id}`;
}

/** The test id of a step's edge label in the page. */
export function edgeTestId(step: number): string {
  return `flow-edge-${step}`;
}
