/** The flows whose graphs the pin tests hold fixed: the model's (graph.pin.test) and the view's (FlowGraph.test). */
import { SCENARIO_IDS, type ScenarioId } from '../scenarios';
import type { FlowOptions } from '../types';

/** Seed and clock of every pinned flow. */
export const GRAPH_OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;

/** Every scenario with its defaults, then the variants that take another path through the graph. */
export const GRAPH_CASES: readonly (readonly [string, ScenarioId, Partial<FlowOptions>])[] = [
  ...SCENARIO_IDS.map((id) => [id, id, {}] as const),
  ['container-hop-limit required', 'container-hop-limit', { httpTokens: 'required' }],
  ['assume-role-from-instance none', 'assume-role-from-instance', { callerCredentials: 'none' }],
  ['assume-role-from-instance x', 'assume-role-from-instance', { sessionName: 'x' }],
  ['cross-account no external id', 'cross-account', { externalId: '' }],
  ['web-identity other subject', 'web-identity', { subject: 'system:serviceaccount:x:y' }],
  ['imdsv2 eu-central-1', 'imdsv2', { region: 'eu-central-1' }],
];
