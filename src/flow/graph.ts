/**
 * The graph, derived from the flow and the playback state by a pure function (architecture
 * practice 9): the nodes from the node table (nodes.ts), one edge per step, each named by the
 * message it carries. Where they are drawn is the layout's (layout.ts), which does not depend on
 * the playback state, so nothing moves while the flow plays.
 */
import { messageName, type NameLine } from './edge-names';
import type { ExplanationKey } from './explanation-keys';
import { NODES, NODE_IDS, edgeTestId, nodeTestId, type NodeId } from './nodes';
import type { FlowState } from './playback';
import type { Flow, Outcome, StepId } from './types';

/** A node's state: never used in this scenario, not reached yet, reached, or where a failure landed. */
export type NodeStatus = 'unused' | 'idle' | 'done' | 'failed';

/** A node as the graph library wants it, plus what the custom node shows. */
export interface GraphNode {
  readonly id: NodeId;
  /** The catalogue key of the node's label (the view words it in the reader's language). */
  readonly labelKey: ExplanationKey;
  /** A technical detail, not translated: the IMDS address, the role name, the endpoint. */
  readonly detail: string;
  /** True when the current step starts or ends here. */
  readonly active: boolean;
  readonly status: NodeStatus;
  /** The node element's test id in the page. */
  readonly testId: string;
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
  /** The step number, as the edge shows it. */
  readonly label: string;
  /** The step's title (what a screen reader hears). */
  readonly labelKey: ExplanationKey;
  /** The name of the message the edge carries, as its label shows it. */
  readonly name: readonly NameLine[];
  /** The edge label's test id in the page. */
  readonly testId: string;
}

/** The nodes and edges for a flow at a playback state. */
export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Derives the graph: states, ends and the keys of its words (the view looks the words up). */
export function graphFor(flow: Flow, state: FlowState): Graph {
  const current = flow.steps[state.step - 1];
  const reached = flow.steps.slice(0, Math.max(0, state.step));
  const used = new Set(flow.steps.flatMap((s) => [s.from, s.to]));
  const failed = new Set(reached.filter((s) => s.outcome !== 'ok').map((s) => s.to));
  const done = new Set(reached.flatMap((s) => [s.from, s.to]));
  const nodes = NODE_IDS.map((id): GraphNode => {
    const row = NODES[id];
    const labelKey = row.labelKey(flow);
    return {
      id,
      labelKey,
      detail: row.detail(flow),
      active: current !== undefined && (current.from === id || current.to === id),
      status: !used.has(id) ? 'unused' : failed.has(id) ? 'failed' : done.has(id) ? 'done' : 'idle',
      testId: nodeTestId(id),
    };
  });
  const edges = flow.steps.map(
    (s): GraphEdge => ({
      id: `step-${s.number}`,
      source: s.from,
      target: s.to,
      step: s.number,
      stepId: s.id,
      animated: s.number === state.step,
      outcome: s.outcome,
      progress: s.number < state.step ? 'past' : s.number === state.step ? 'current' : 'future',
      label: String(s.number),
      labelKey: s.titleKey,
      name: messageName(s),
      testId: edgeTestId(s.number),
    }),
  );
  return { nodes, edges };
}
