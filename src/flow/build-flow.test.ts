import { describe, expect, it } from 'vitest';
import { parseRequest, signRequest } from '../sigv4';
import { buildFlow } from './build-flow';
import { SCENARIO_IDS, type ScenarioId } from './scenarios';
import { handoffOptions } from './signing';
import { header, splitHttp } from './test-support/http';
import type { FlowOptions, Outcome } from './types';

const OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;

/** The scenario table: every scenario with its defaults (and the variants that change the path). */
const TABLE: readonly (readonly [string, ScenarioId, Partial<FlowOptions>, string, Outcome])[] = [
  ['imdsv2', 'imdsv2', {}, 'metadata-request ok, assume-role ok, trust-check ok, sts-response ok, credential-document ok, api-call ok, endpoint-verify ok, authorize ok', 'ok'],
  ['imdsv1', 'imdsv1', {}, 'metadata-request ok, assume-role ok, trust-check ok, sts-response ok, credential-document ok, api-call ok, endpoint-verify ok, authorize ok', 'ok'],
  ['untrusted-role', 'untrusted-role', {}, 'metadata-request ok, assume-role ok, trust-check fail, sts-response fail, credential-document fail', 'fail'],
  ['no-instance-profile', 'no-instance-profile', {}, 'metadata-request fail', 'fail'],
  ['container-hop-limit optional', 'container-hop-limit', {}, 'metadata-request ok, assume-role ok, trust-check ok, sts-response ok, credential-document ok, api-call ok, endpoint-verify ok, authorize ok', 'ok'],
  ['container-hop-limit required', 'container-hop-limit', { httpTokens: 'required' }, 'metadata-request timeout', 'timeout'],
  ['assume-role-from-instance', 'assume-role-from-instance', {}, 'metadata-request ok, credential-document ok, assume-role ok, trust-check fail, sts-response fail', 'fail'],
  ['assume-role-from-instance none', 'assume-role-from-instance', { callerCredentials: 'none' }, 'metadata-request fail', 'fail'],
  ['assume-role-from-instance x', 'assume-role-from-instance', { sessionName: 'x' }, 'metadata-request ok, credential-document ok, assume-role fail', 'fail'],
  ['cross-account', 'cross-account', {}, 'assume-role ok, trust-check ok, sts-response ok, api-call ok, endpoint-verify ok, authorize ok', 'ok'],
  ['web-identity', 'web-identity', {}, 'assume-role ok, trust-check ok, sts-response ok, api-call ok, endpoint-verify ok, authorize ok', 'ok'],
  ['ecs-task-role', 'ecs-task-role', {}, 'metadata-request ok, assume-role ok, trust-check ok, sts-response ok, credential-document ok, api-call ok, endpoint-verify ok, authorize ok', 'ok'],
  ['eks-pod-identity', 'eks-pod-identity', {}, 'metadata-request ok, assume-role ok, trust-check ok, sts-response ok, credential-document ok, api-call ok, endpoint-verify ok, authorize ok', 'ok'],
  ['lambda-execution-role', 'lambda-execution-role', {}, 'assume-role ok, trust-check ok, sts-response ok, credential-document ok, api-call ok, endpoint-verify ok, authorize ok', 'ok'],
  ['laptop-profile', 'laptop-profile', {}, 'assume-role ok, trust-check ok, sts-response ok, api-call ok, endpoint-verify ok, authorize ok', 'ok'],
  ['imds-disabled env', 'imds-disabled', {}, 'metadata-request fail', 'fail'],
  ['imds-disabled v1-disabled', 'imds-disabled', { imdsOff: 'v1-disabled' }, 'metadata-request timeout', 'timeout'],
];

describe('buildFlow: the scenario table', () => {
  it.each(TABLE)('%s', (_name, id, variants, steps, outcome) => {
    const f = buildFlow(id, { ...OPTS, ...variants });
    expect(f.steps.map((s) => `${s.id} ${s.outcome}`).join(', ')).toBe(steps);
    expect(f.verdict.outcome).toBe(outcome);
    expect(f.stepCount).toBe(f.steps.length);
    expect(f.steps.map((s) => s.number)).toEqual(f.steps.map((_s, i) => i + 1));
  });
  it('covers every scenario', () => {
    expect(new Set(TABLE.map((r) => r[1]))).toEqual(new Set(SCENARIO_IDS));
  });
});

const ALL = TABLE.map(([name, id, v]) => [name, buildFlow(id, { ...OPTS, ...v })] as const);

describe('buildFlow: every flow', () => {
  // That every explanation's slots are filled is checked beside the catalogue (content/flow-words.test.ts).
  it.each(ALL)('%s: steps are coherent', (_n, f) => {
    for (const s of f.steps) {
      // The id's title, or a more exact one of the same step (Lambda's environment, the SDK told to skip IMDS).
      expect(s.titleKey === `step.${s.id}` || s.titleKey.startsWith(`step.${s.id}.`)).toBe(true);
      expect(s.exchanges.length).toBeGreaterThan(0);
      for (const e of s.exchanges) expect(e.text).not.toBe('');
      expect(s.exchanges.some((e) => e.from === s.from || e.to === s.to)).toBe(true);
      if (s.outcome !== 'ok') expect(s.error?.message).toBeTruthy();
    }
    const failed = f.steps.find((s) => s.outcome !== 'ok');
    expect(f.verdict.failedStep).toBe(failed?.number);
  });
  it.each(ALL.filter(([, f]) => f.handoff))('%s: signing the hand-off gives the signature shown in the signed call', (_n, f) => {
    const h = f.handoff!;
    // The call is followed by the endpoint's two steps, which verify this very request.
    const last = f.steps.at(-3)!;
    expect(f.steps.slice(-3).map((s) => s.id)).toEqual(['api-call', 'endpoint-verify', 'authorize']);
    const trace = signRequest(parseRequest(h.requestText), handoffOptions(h));
    expect(trace.stages.signedRequest.text).toBe(last.exchanges[0]!.text);
    expect(header(splitHttp(last.exchanges[0]!.text), 'Authorization')).toContain(`Signature=${trace.stages.signature.text}`);
    expect(h).toMatchObject({ region: 'us-east-1', service: 's3', signingTime: '20240115T120000Z', mode: 'header', profile: 's3' });
    expect(h.credentials).toEqual({ accessKeyId: f.credentials!.accessKeyId, secretAccessKey: f.credentials!.secretAccessKey, sessionToken: f.credentials!.sessionToken });
    expect(h.requestText).not.toMatch(/Authorization|X-Amz/i);
  });
});

describe('buildFlow: inputs', () => {
  it('is deterministic for a seed and clock, and seeds differ', () => {
    expect(buildFlow('imdsv2', OPTS)).toEqual(buildFlow('imdsv2', OPTS));
    expect(buildFlow('imdsv2', { ...OPTS, clock: new Date(OPTS.clock) })).toEqual(buildFlow('imdsv2', OPTS));
    expect(buildFlow('imdsv2', { ...OPTS, seed: 'other' }).credentials!.accessKeyId).not.toBe(buildFlow('imdsv2', OPTS).credentials!.accessKeyId);
  });
  it('uses the region in endpoints and the signing scope', () => {
    const f = buildFlow('imdsv2', { ...OPTS, region: 'eu-central-1' });
    expect(f.steps[1]!.exchanges[0]!.text).toContain('Host: sts.eu-central-1.amazonaws.com');
    expect(f.steps[5]!.exchanges[0]!.text).toContain('/20240115/eu-central-1/s3/aws4_request');
    expect(f.handoff!.region).toBe('eu-central-1');
  });
  it('runs the default policy and reports the error when the given one does not parse', () => {
    const f = buildFlow('imdsv2', { ...OPTS, trustPolicyText: '{"Statement": [' });
    expect(f.policy.error?.line).toBe(1);
    expect(f.policy.text).toContain('ec2.amazonaws.com');
    expect(f.verdict.outcome).toBe('ok');
  });
  it.each([
    ['an unknown scenario', () => buildFlow('nope' as ScenarioId, OPTS)],
    ['a clock that is not a date', () => buildFlow('imdsv2', { ...OPTS, clock: 'soon' })],
    ['a malformed region', () => buildFlow('imdsv2', { ...OPTS, region: 'US East' })],
  ])('refuses %s with RangeError', (_n, run) => {
    expect(run).toThrow(RangeError);
  });
});
