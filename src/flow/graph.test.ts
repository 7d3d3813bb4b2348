import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { graphFor } from './graph';
import { NODE_IDS } from './nodes';
import { INITIAL_FLOW_STATE } from './playback';

const clock = '2024-01-15T12:00:00Z';
const f = buildFlow('imdsv2', { seed: 1, clock });

describe('graphFor', () => {
  it('has the six nodes and one edge per step, the endpoint\'s two included', () => {
    const g = graphFor(f, INITIAL_FLOW_STATE);
    expect(g.nodes.map((n) => n.id)).toEqual(['instance', 'imds', 'ec2', 'sts', 'iam', 'api']);
    expect(g.edges.map((e) => [e.id, e.source, e.target, e.step])).toEqual([
      ['step-1', 'instance', 'imds', 1],
      ['step-2', 'ec2', 'sts', 2],
      ['step-3', 'sts', 'iam', 3],
      ['step-4', 'sts', 'ec2', 4],
      ['step-5', 'imds', 'instance', 5],
      ['step-6', 'instance', 'api', 6],
      ['step-7', 'api', 'iam', 7],
      ['step-8', 'api', 'iam', 8],
    ]);
    expect(g.edges.map((e) => e.name)).toEqual([
      [{ text: 'PUT /latest/api/token' }, { text: 'GET …/security-credentials/s3access' }],
      [{ text: 'AssumeRole' }],
      [{ key: 'edge.trustCheck' }],
      [{ text: 'Credentials' }],
      [{ text: 'Credentials' }],
      [{ text: 'GET /?list-type=2' }, { key: 'edge.signed' }],
      [{ key: 'edge.verify' }],
      [{ text: 's3:ListBucket' }, { key: 'edge.authorize' }],
    ]);
  });
  it('marks the current step: its nodes active, its edge animated', () => {
    const g = graphFor(f, { ...INITIAL_FLOW_STATE, step: 2 });
    expect(g.nodes.filter((n) => n.active).map((n) => n.id)).toEqual(['ec2', 'sts']);
    expect(g.edges.filter((e) => e.animated).map((e) => e.step)).toEqual([2]);
    expect(g.edges.map((e) => e.progress)).toEqual(['past', 'current', 'future', 'future', 'future', 'future', 'future', 'future']);
    expect(graphFor(f, INITIAL_FLOW_STATE).nodes.some((n) => n.active)).toBe(false);
  });
  it('shows where a failure lands and which nodes a scenario never uses', () => {
    const w = buildFlow('web-identity', { seed: 1, clock, subject: 'system:serviceaccount:x:y' });
    const g = graphFor(w, { ...INITIAL_FLOW_STATE, step: 2 });
    const status = Object.fromEntries(g.nodes.map((n) => [n.id, n.status]));
    expect(status).toEqual({ instance: 'done', imds: 'unused', ec2: 'unused', sts: 'done', iam: 'failed', api: 'unused' });
    expect(g.edges.map((e) => e.outcome)).toEqual(['ok', 'fail', 'fail']);
  });
  // The label's words, in Japanese too, are checked beside the catalogue (content/flow-words.test.ts).
  it('labels nodes by catalogue key, with technical details', () => {
    const g = graphFor(f, INITIAL_FLOW_STATE);
    const imds = g.nodes.find((n) => n.id === 'imds')!;
    expect([imds.labelKey, imds.detail]).toEqual(['node.imds', '169.254.169.254']);
    expect(g.nodes[0]!.detail).toMatch(/^i-[0-9a-f]{17}$/);
    expect(graphFor(buildFlow('cross-account', { seed: 1, clock }), INITIAL_FLOW_STATE).nodes[0]!.labelKey).toBe('node.instance.iamUser');
    expect(NODE_IDS).toHaveLength(6);
  });
});
