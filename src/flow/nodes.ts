/**
 * The graph's nodes, one row each: how it is labelled, what technical detail it shows, and where
 * each layout puts it. The reading layout (layout-graph.ts) places every node in a cell of three
 * columns and two rows so that every conversation crosses the open band between the rows; the
 * talk's slide (layout-talk.ts) draws its own row of four boxes. Both read this table and nothing else.
 */
import { EC2_PRINCIPAL } from './accounts';
import { CALLERS } from './callers';
import { WORKLOAD_NODES } from './flow-workloads';
import type { ExplanationKey, GraphWordKey } from './explanation-keys';
import { IMDS_HOST } from './imds-messages';
import { stsHost } from './sts-messages';
import type { Flow } from './types';

/** The graph's nodes, in table order. */
export const NODE_IDS = ['instance', 'imds', 'ec2', 'sts', 'iam', 'api'] as const;

/** One node of the graph. */
export type NodeId = (typeof NODE_IDS)[number];

/**
 * Where the talk's slide draws a node: a box of its row (left to right), a box inside another (the
 * metadata service inside the EC2 service, as the talk draws it), or a box the slide does not have,
 * drawn below another and marked as such.
 */
export type TalkPlace =
  | { readonly slot: 'row'; readonly col: 0 | 1 | 2 | 3; readonly key: GraphWordKey }
  | { readonly slot: 'inside'; readonly of: NodeId; readonly key: GraphWordKey }
  | { readonly slot: 'extra'; readonly below: NodeId };

/** One node's row. */
interface NodeSpec {
  /** The catalogue key of the label; the caller's node is labelled by its caller kind (callers.ts). */
  readonly labelKey: (flow: Flow) => ExplanationKey;
  /** A technical detail, not translated: the IMDS address, the role name, the endpoint. */
  readonly detail: (flow: Flow) => string;
  /**
   * The reading layout's cell. Every edge of every scenario joins the top row to the bottom one
   * (instance, EC2 service, IAM above; API, IMDS, STS below), and no two of them cross.
   */
  readonly cell: { readonly col: 0 | 1 | 2; readonly row: 0 | 1 };
  readonly talk: TalkPlace;
}

/** A node's label: the workload's own (the ECS agent, EKS Auth, Lambda) where its journey has one. */
const labelOf = (id: NodeId, key: ExplanationKey) => (f: Flow): ExplanationKey => WORKLOAD_NODES[f.scenario.caller]?.[id]?.labelKey ?? key;
const detailOf = (id: NodeId, detail: (f: Flow) => string) => (f: Flow): string => WORKLOAD_NODES[f.scenario.caller]?.[id]?.detail(f) ?? detail(f);
const fixed = (key: ExplanationKey) => (): ExplanationKey => key;

/** Every node. */
export const NODES: Readonly<Record<NodeId, NodeSpec>> = {
  instance: {
    labelKey: (f) => CALLERS[f.scenario.caller].nodeLabelKey,
    detail: (f) => f.caller,
    cell: { col: 0, row: 0 },
    talk: { slot: 'row', col: 0, key: 'talk.node.instance' },
  },
  imds: { labelKey: labelOf('imds', 'node.imds'), detail: detailOf('imds', () => IMDS_HOST), cell: { col: 1, row: 1 }, talk: { slot: 'inside', of: 'ec2', key: 'talk.node.imds' } },
  ec2: { labelKey: labelOf('ec2', 'node.ec2'), detail: detailOf('ec2', () => EC2_PRINCIPAL), cell: { col: 1, row: 0 }, talk: { slot: 'row', col: 1, key: 'talk.node.ec2' } },
  sts: { labelKey: fixed('node.sts'), detail: (f) => stsHost(f.region), cell: { col: 2, row: 1 }, talk: { slot: 'row', col: 2, key: 'talk.node.sts' } },
  iam: { labelKey: fixed('node.iam'), detail: (f) => `role/${f.scenario.role.name}`, cell: { col: 2, row: 0 }, talk: { slot: 'row', col: 3, key: 'talk.node.iam' } },
  api: { labelKey: fixed('node.api'), detail: (f) => `s3.${f.region}.amazonaws.com`, cell: { col: 0, row: 1 }, talk: { slot: 'extra', below: 'instance' } },
};

/** The test id of a node's element in the page. */
export function nodeTestId(id: NodeId): string {
  return `flow-node-${id}`;
}

/** The test id of a step's edge label in the page. */
export function edgeTestId(step: number): string {
  return `flow-edge-${step}`;
}
