import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { CALLERS, CALLER_KINDS, trustQuestionOf } from './callers';
import { graphFor } from './graph';
import { INITIAL_FLOW_STATE } from './playback';
import { SCENARIOS } from './scenarios';

const OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;

describe('caller kinds', () => {
  it('each has one builder, in CALLER_KINDS order', () => {
    expect(Object.keys(CALLERS)).toEqual([...CALLER_KINDS]);
  });
  it.each(CALLER_KINDS)('%s is played by at least one scenario', (kind) => {
    expect(SCENARIOS.some((s) => s.caller === kind)).toBe(true);
  });
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: the caller node is labelled and named by its caller kind', (_id, s) => {
    const flow = buildFlow(s.id, OPTS);
    const node = graphFor(flow, INITIAL_FLOW_STATE).nodes.find((n) => n.id === 'instance')!;
    expect(node.labelKey).toBe(CALLERS[s.caller].nodeLabelKey);
    expect(node.detail).toBe(flow.caller);
    expect(trustQuestionOf(s)).toBe(CALLERS[s.caller].trustQuestion);
  });
});
