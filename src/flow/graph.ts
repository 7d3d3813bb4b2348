/**
 * The graph, derived from the flow and the playback state by a pure function (architecture
 * practice 9). Laid out for a 1280-wide canvas: the five steps read left to right (instance, IMDS,
 * EC2, STS, IAM), the API below on the right, where the credentials finally go.
 */
import type { ExplanationKey } from './explanation-keys';
import type { FlowState } from './playback';
import { NODE_IDS, type Flow, type NodeId, type Outcome, type StepId } from './types';

/** The canvas the positions are sized for. */
export const CANVAS = { width: 1280, height: 520 } as const;
/** Every node's box (top-left positions below leave 50 px between boxes). */
export const NODE_SIZE = { width: 200, height: 96 } as const;

const X = (column: number): number => 40 + column * 250;
const POSITIONS: Readonly<Record<NodeId, { x: number; y: number }>> = {
  instance: { x: X(0), y: 120 },
  imds: { x: X(1), y: 120 },
  ec2: { x: X(2), y: 120 },
  sts: { x: X(3), y: 120 },
  iam: { x: X(4), y: 120 },
  api: { x: X(4), y: 360 },
};

/** A node's state: never used in this scenario, not reached yet, reached, or where a failure landed. */
export type NodeStatus = 'unused' | 'idle' | 'done' | 'failed';

/** A node as the graph library wants it, plus what the custom node shows. */
export interface GraphNode {
  readonly id: NodeId;
  /** The catalogue key of the node's label (the view words it in the reader's language). */
  readonly labelKey: ExplanationKey;
  /** A technical detail, not translated: the IMDS address, the role name, the endpoint. */
  readonly detail: string;
  readonly position: { readonly x: number; readonly y: number };
  /** True when the current step starts or ends here. */
  readonly active: boolean;
  readonly status: NodeStatus;
}

/** One edge per step. */
export interface GraphEdge {
  readonly id: string;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly step: number;
  readonly stepId: StepId;
  /** True for the current step's edge. */
  readonly animated: boolean;
  readonly outcome: Outcome;
  /** Whether the step has been reached: its outcome is shown only then. */
  readonly progress: 'future' | 'current' | 'past';
  /** `forward` runs left to right (or down); `return` comes back (the UI routes it on the other side). */
  readonly direction: 'forward' | 'return';
  /** The step number, as the edge shows it. */
  readonly label: string;
  readonly labelKey: ExplanationKey;
}

/** The nodes and edges for a flow at a playback state. */
export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

function labelKeyOf(flow: Flow, id: NodeId): ExplanationKey {
  if (id !== 'instance') return `node.${id}`;
  const caller = flow.scenario.caller;
  return caller === 'iam-user' ? 'node.instance.iamUser' : caller === 'web-identity' ? 'node.instance.pod' : 'node.instance';
}

function detailOf(flow: Flow, id: NodeId): string {
  const r = flow.scenario.role;
  const details: Record<NodeId, string> = {
    instance: flow.caller,
    imds: '169.254.169.254',
    ec2: 'ec2.amazonaws.com',
    sts: `sts.${flow.region}.amazonaws.com`,
    iam: `role/${r.name}`,
    api: `s3.${flow.region}.amazonaws.com`,
  };
  return details[id];
}

/** Derives the graph: positions, states and the keys of its words (the view looks the words up). */
export function graphFor(flow: Flow, state: FlowState): Graph {
  const current = flow.steps[state.step - 1];
  const reached = flow.steps.slice(0, Math.max(0, state.step));
  const used = new Set(flow.steps.flatMap((s) => [s.from, s.to]));
  const failed = new Set(reached.filter((s) => s.outcome !== 'ok').map((s) => s.to));
  const done = new Set(reached.flatMap((s) => [s.from, s.to]));
  const nodes = NODE_IDS.map((id): GraphNode => {
    const labelKey = labelKeyOf(flow, id);
    return {
      id,
      labelKey,
      detail: detailOf(flow, id),
      position: POSITIONS[id],
      active: current !== undefined && (current.from === id || current.to === id),
      status: !used.has(id) ? 'unused' : failed.has(id) ? 'failed' : done.has(id) ? 'done' : 'idle',
    };
  });
  const edges = flow.steps.map((s): GraphEdge => {
    const a = POSITIONS[s.from];
    const b = POSITIONS[s.to];
    return {
      id: `step-${s.number}`,
      source: s.from,
      target: s.to,
      step: s.number,
      stepId: s.id,
      animated: s.number === state.step,
      outcome: s.outcome,
      progress: s.number < state.step ? 'past' : s.number === state.step ? 'current' : 'future',
      direction: b.x > a.x || (b.x === a.x && b.y > a.y) ? 'forward' : 'return',
      label: String(s.number),
      labelKey: s.titleKey,
    };
  });
  return { nodes, edges };
}
