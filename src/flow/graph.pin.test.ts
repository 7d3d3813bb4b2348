/**
 * Pins the graph of every scenario (and every variant that changes its path) at every playback step:
 * nodes with their label keys (the view words them: src/ui/flow/FlowGraph.test.tsx pins the words), details and statuses, edges with their ends,
 * outcomes, progress and the names of their messages. Written from the graph as it was before
 * scenarios became data and node data one table, so any change to what the graph shows fails here;
 * where it is drawn is the layout's (layout.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { graphFor, type Graph } from './graph';
import { INITIAL_FLOW_STATE } from './playback';
import { SCENARIO_IDS } from './scenarios';
import { GRAPH_CASES, GRAPH_OPTS } from './test-support/graph-cases';

/** One line per node and per edge: everything the graph says, in a diff-friendly form. */
function lines(g: Graph): string[] {
  return [
    ...g.nodes.map(
      (n) => `node ${n.id} ${n.labelKey} "${n.detail}" ${n.status}${n.active ? ' active' : ''}`,
    ),
    ...g.edges.map(
      (e) =>
        `edge ${e.id} ${e.source}->${e.target} step ${e.step} ${e.stepId} ${e.outcome} ${e.progress}` +
        `${e.animated ? ' animated' : ''} label "${e.label}" ${e.labelKey} name ${e.name.map((l) => ('text' in l ? `"${l.text}"` : l.key)).join(' / ')}`,
    ),
  ];
}

describe('graphFor, pinned for every scenario', () => {
  it.each(GRAPH_CASES)('%s', (_name, id, variants) => {
    const flow = buildFlow(id, { ...GRAPH_OPTS, ...variants });
    const steps = Array.from({ length: flow.stepCount + 1 }, (_x, step) => [`step ${step}`, ...lines(graphFor(flow, { ...INITIAL_FLOW_STATE, step }))]);
    expect(steps.flat().join('\n')).toMatchSnapshot();
  });
  it('covers every scenario', () => {
    expect(new Set(GRAPH_CASES.map((c) => c[1]))).toEqual(new Set(SCENARIO_IDS));
  });
});
