import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { graphFor } from './graph';
import { CANVAS, NODE_IDS, NODE_SIZE } from './nodes';
import { INITIAL_FLOW_STATE } from './playback';

const clock = '2024-01-15T12:00:00Z';
const f = buildFlow('imdsv2', { seed: 1, clock });

describe('graphFor', () => {
  it('has the six nodes and one edge per step', () => {
    const g = graphFor(f, INITIAL_FLOW_STATE);
    expect(g.nodes.map((n) => n.id)).toEqual(['instance', 'imds', 'ec2', 'sts', 'iam', 'api']);
    expect(g.edges.map((e) => [e.id, e.source, e.target, e.step])).toEqual([
      ['step-1', 'instance', 'imds', 1],
      ['step-2', 'ec2', 'sts', 2],
      ['step-3', 'sts', 'iam', 3],
      ['step-4', 'sts', 'ec2', 4],
      ['step-5', 'imds', 'instance', 5],
      ['step-6', 'instance', 'api', 6],
    ]);
    expect(g.edges.map((e) => e.direction)).toEqual(['forward', 'forward', 'forward', 'return', 'return', 'forward']);
  });
  it('lays the five steps out left to right within a 1280-wide canvas, the API below', () => {
    const { nodes } = graphFor(f, INITIAL_FLOW_STATE);
    const x = (id: string) => nodes.find((n) => n.id === id)!.position;
    const xs = ['instance', 'imds', 'ec2', 'sts', 'iam'].map((id) => x(id).x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(['instance', 'imds', 'ec2', 'sts', 'iam'].map((id) => x(id).y)).size).toBe(1);
    expect(x('api').y).toBeGreaterThan(x('iam').y + NODE_SIZE.height);
    for (const n of nodes) {
      expect(n.position.x).toBeGreaterThanOrEqual(0);
      expect(n.position.x + NODE_SIZE.width).toBeLessThanOrEqual(CANVAS.width);
      expect(n.position.y + NODE_SIZE.height).toBeLessThanOrEqual(CANVAS.height);
    }
  });
  it('marks the current step: its nodes active, its edge animated', () => {
    const g = graphFor(f, { ...INITIAL_FLOW_STATE, step: 2 });
    expect(g.nodes.filter((n) => n.active).map((n) => n.id)).toEqual(['ec2', 'sts']);
    expect(g.edges.filter((e) => e.animated).map((e) => e.step)).toEqual([2]);
    expect(g.edges.map((e) => e.progress)).toEqual(['past', 'current', 'future', 'future', 'future', 'future']);
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
