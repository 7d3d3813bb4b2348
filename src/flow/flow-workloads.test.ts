/** The workload scenarios and the chain in front of every journey, checked against the fact sheet (credential-flow.md). */
import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { graphFor } from './graph';
import { INITIAL_FLOW_STATE } from './playback';
import { chainOf } from './caller-environments';
import { CHAIN_IDS, type ChainId } from './provider-chain';
import { SCENARIO_IDS, type ScenarioId } from './scenarios';
import type { Flow, FlowVariants } from './types';

const OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;
const flow = (id: ScenarioId, v: FlowVariants = {}) => buildFlow(id, { ...OPTS, ...v });
const text = (f: Flow, step: number, exchange = 0) => f.steps[step - 1]!.exchanges[exchange]!.text;
const reason = (f: Flow, id: ChainId) => chainOf(f).items.find((i) => i.id === id)!.reason;

/** Which provider answers each scenario, or null when the chain finds nothing. */
const ANSWERED: Readonly<Record<string, ChainId | null>> = {
  imdsv2: 'imds',
  imdsv1: 'imds',
  'untrusted-role': null,
  'no-instance-profile': null,
  'container-hop-limit': 'imds',
  'assume-role-from-instance': 'imds',
  'cross-account': 'shared-credentials',
  'web-identity': 'web-identity',
  'ecs-task-role': 'container',
  'eks-pod-identity': 'container',
  'lambda-execution-role': 'environment',
  'laptop-profile': 'assume-role-profile',
  'imds-disabled': null,
};

describe('the chain in front of every journey', () => {
  it.each(SCENARIO_IDS)('%s: skipped until one answers, the rest not reached', (id) => {
    const chain = chainOf(flow(id));
    expect(chain.items.map((i) => i.id)).toEqual([...CHAIN_IDS]);
    expect(chain.answeredBy).toBe(ANSWERED[id]);
    const at = chain.answeredBy === null ? CHAIN_IDS.length : CHAIN_IDS.indexOf(chain.answeredBy);
    chain.items.forEach((item, i) => expect(item.state).toBe(i < at ? 'skipped' : i === at ? 'answered' : 'not-reached'));
  });

  it('a journey that ends without credentials is one whose chain found none, and the other way round', () => {
    for (const id of SCENARIO_IDS) {
      const f = flow(id);
      if (chainOf(f).answeredBy === null) expect(f.credentials === undefined || id === 'assume-role-from-instance').toBe(true);
    }
    expect(chainOf(flow('container-hop-limit', { httpTokens: 'required' })).answeredBy).toBeNull();
    expect(reason(flow('container-hop-limit', { httpTokens: 'required' }), 'imds').id).toBe('imds-token-required');
    expect(reason(flow('container-hop-limit'), 'imds').id).toBe('imds-v1-fallback');
    expect(reason(flow('assume-role-from-instance', { callerCredentials: 'none' }), 'imds').id).toBe('imds-no-role');
  });
});

describe('ecs-task-role: the ECS agent at 169.254.170.2', () => {
  const f = flow('ecs-task-role');
  it('the container provider answers with the relative URI, and asks exactly that URL', () => {
    const r = reason(f, 'container');
    expect(r.id).toBe('container-relative');
    const url = r.params!.url!;
    expect(url).toMatch(/^http:\/\/169\.254\.170\.2\/v2\/credentials\/[0-9a-f-]+$/);
    expect(text(f, 1)).toBe(`GET ${url.slice('http://169.254.170.2'.length)} HTTP/1.1\nHost: 169.254.170.2\nAccept: application/json\n\n`);
  });
  it('ECS assumed the role as ecs-tasks.amazonaws.com: RoleArn and RoleSessionName only', () => {
    expect(text(f, 2)).toMatch(/Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fecs-task-s3-reader&RoleSessionName=[0-9a-f]{32}$/);
    expect(text(f, 3)).toContain('"Service": "ecs-tasks.amazonaws.com"');
    expect(f.steps[2]!.outcome).toBe('ok');
  });
  it('the agent answers JSON with RoleArn, AccessKeyId, SecretAccessKey, Token and Expiration', () => {
    const body = JSON.parse(text(f, 5).split('\n\n')[1]!) as Record<string, string>;
    expect(Object.keys(body)).toEqual(['RoleArn', 'AccessKeyId', 'SecretAccessKey', 'Token', 'Expiration']);
    expect(body.RoleArn).toBe('arn:aws:iam::123456789012:role/ecs-task-s3-reader');
    expect(body.AccessKeyId).toBe(f.credentials!.accessKeyId);
    expect(body.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(text(f, 5)).toMatch(/^HTTP\/1\.1 200 OK\nContent-Type: application\/json\n/);
  });
  it('a trust policy that does not name ecs-tasks.amazonaws.com: AccessDenied, no credentials', () => {
    const denied = buildFlow('ecs-task-role', { ...OPTS, trustPolicyText: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' });
    expect(denied.steps.map((s) => s.outcome)).toEqual(['ok', 'ok', 'fail', 'fail']);
    expect(denied.verdict.error?.message).toBe('User: ecs-tasks.amazonaws.com is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/ecs-task-s3-reader');
  });
});

describe('eks-pod-identity: the EKS Pod Identity Agent at 169.254.170.23', () => {
  const f = flow('eks-pod-identity');
  it('the full URI and the token file', () => {
    expect(reason(f, 'container')).toEqual({ id: 'container-full', params: { url: 'http://169.254.170.23/v1/credentials' } });
  });
  it('the pod sends its projected token, for the audience pods.eks.amazonaws.com, as Authorization', () => {
    const m = /^GET \/v1\/credentials HTTP\/1\.1\nHost: 169\.254\.170\.23\nAccept: application\/json\nAuthorization: ([\w-]+\.[\w-]+\.[\w-]+)\n\n$/.exec(text(f, 1));
    expect(m).not.toBeNull();
    const claims = JSON.parse(atob(m![1]!.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { aud: string[]; sub: string };
    expect(claims.aud).toEqual(['pods.eks.amazonaws.com']);
    expect(claims.sub).toBe('system:serviceaccount:default:s3-reader');
  });
  it('the agent calls EKS Auth AssumeRoleForPodIdentity, signed for eks-auth; EKS Auth assumes the role as pods.eks.amazonaws.com and tags it', () => {
    expect(text(f, 2, 0)).toMatch(/^POST \/clusters\/demo-cluster\/assume-role-for-pod-identity HTTP\/1\.1\nHost: eks-auth\.us-east-1\.api\.aws\n/);
    expect(text(f, 2, 0)).toMatch(/Credential=ASIA[A-Z2-7]{16}\/\d{8}\/us-east-1\/eks-auth\/aws4_request/);
    expect(text(f, 2, 1)).toContain('Tags.member.1.Key=eks-cluster-name');
    expect(text(f, 3)).toContain('"Service": "pods.eks.amazonaws.com"');
    expect(text(f, 3, 1)).toContain('"sts:TagSession"');
  });
  it('the agent answers JSON with AccessKeyId, SecretAccessKey, Token, AccountId and Expiration', () => {
    const body = JSON.parse(text(f, 5).split('\n\n')[1]!) as Record<string, string>;
    expect(Object.keys(body)).toEqual(['AccessKeyId', 'SecretAccessKey', 'Token', 'AccountId', 'Expiration']);
    expect(body.AccountId).toBe('123456789012');
  });
});

describe('lambda-execution-role: the first provider answers', () => {
  const f = flow('lambda-execution-role');
  it('the environment provider answers with keys and token; nothing after it is asked', () => {
    expect(reason(f, 'environment').id).toBe('env-keys-token');
    expect(chainOf(f).items.slice(1).every((i) => i.state === 'not-reached')).toBe(true);
  });
  it('Lambda assumed the execution role as lambda.amazonaws.com and set the three variables', () => {
    expect(text(f, 2)).toContain('"Service": "lambda.amazonaws.com"');
    const env = text(f, 4);
    const c = f.credentials!;
    expect(env).toContain(`AWS_ACCESS_KEY_ID=${c.accessKeyId}\n`);
    expect(env).toContain(`AWS_SECRET_ACCESS_KEY=${c.secretAccessKey}\n`);
    expect(env).toContain(`AWS_SESSION_TOKEN=${c.sessionToken}\n`);
    expect(f.steps.map((s) => s.id)).toContain('api-call');
  });
  it('"Lambda sets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN in the function\'s environment": step 4 is titled so, not a credential document', () => {
    const handover = f.steps[3]!;
    expect(handover.id).toBe('credential-document');
    expect(handover.titleKey).toBe('step.credential-document.lambda');
    expect(handover.exchanges.map((e) => e.kind)).toEqual(['cli']);
  });
});

describe('laptop-profile: a shared-config assume-role profile with source_profile', () => {
  const f = flow('laptop-profile');
  it('the assume-role profile answers; environment was skipped, the credentials file never reached', () => {
    expect(reason(f, 'assume-role-profile')).toEqual({ id: 'profile-role', params: { profile: 's3-reader', role: 'arn:aws:iam::123456789012:role/s3-reader', source: 'developer' } });
    expect(chainOf(f).items.find((i) => i.id === 'shared-credentials')!.state).toBe('not-reached');
  });
  it('the CLI signs AssumeRole with the source profile’s long-term AKIA key, and its session name is botocore’s', () => {
    const files = text(f, 1, 1);
    const key = /aws_access_key_id = (AKIA[A-Z2-7]{16})/.exec(files)![1]!;
    expect(files).toContain('[profile s3-reader]\nrole_arn = arn:aws:iam::123456789012:role/s3-reader\nsource_profile = developer');
    expect(text(f, 1, 2)).toContain(`Credential=${key}/`);
    expect(text(f, 1, 2)).toMatch(/RoleSessionName=botocore-session-1705320000$/);
    // botocore signs before Content-Length is added: it travels unsigned, as in the aside's call.
    expect(text(f, 1, 2)).toMatch(/SignedHeaders=content-type;host;x-amz-date, /);
    expect(text(f, 1, 2)).toMatch(/\nContent-Length: \d+\n/);
    // The source profile's secret is in the files shown: the flow names it so the view masks it.
    const secret = /aws_secret_access_key = (\S+)/.exec(files)![1]!;
    expect(f.secrets).toEqual([secret]);
  });
});

describe('imds-disabled: the instance has a role, the SDK never gets it', () => {
  it('AWS_EC2_METADATA_DISABLED=true: nothing is sent, the CLI cannot locate credentials', () => {
    const f = flow('imds-disabled');
    expect(reason(f, 'imds').id).toBe('imds-disabled-env');
    const step = f.steps[0]!;
    expect(step.exchanges.every((e) => e.kind === 'cli')).toBe(true);
    expect(step.error?.message).toBe('Unable to locate credentials. You can configure credentials by running "aws configure".');
  });
  it('AWS_EC2_METADATA_DISABLED=true: the step stays on the instance; no message, and no edge, goes to IMDS', () => {
    const f = flow('imds-disabled');
    expect(f.steps.map((s) => [s.from, s.to, s.titleKey])).toEqual([['instance', 'instance', 'step.metadata-request.imdsDisabled']]);
    expect(f.steps[0]!.exchanges.every((e) => e.from === 'instance' && e.to === 'instance')).toBe(true);
    const g = graphFor(f, { ...INITIAL_FLOW_STATE, step: 1 });
    expect(g.edges.map((e) => `${e.source}->${e.target} ${e.outcome}`)).toEqual(['instance->instance fail']);
    expect(g.nodes.find((n) => n.id === 'imds')!.status).toBe('unused');
    expect(g.nodes.find((n) => n.id === 'instance')!.status).toBe('failed');
  });
  it('ec2_metadata_v1_disabled: the SDK does ask IMDS, so that step goes to IMDS', () => {
    const f = flow('imds-disabled', { imdsOff: 'v1-disabled' });
    expect(f.steps.map((s) => [s.from, s.to, s.titleKey])).toEqual([['instance', 'imds', 'step.metadata-request']]);
    expect(f.steps[0]!.exchanges.filter((e) => e.to === 'imds').map((e) => e.label)).toEqual(['PUT /latest/api/token HTTP/1.1']);
  });
  it('ec2_metadata_v1_disabled: the token PUT times out, and botocore’s real message', () => {
    const f = flow('imds-disabled', { imdsOff: 'v1-disabled' });
    expect(reason(f, 'imds').id).toBe('imds-v1-blocked');
    expect(f.steps[0]!.exchanges.map((e) => e.outcome)).toEqual(['ok', 'ok', 'timeout', 'fail']);
    expect(f.steps[0]!.error?.message).toBe('Error retrieving metadata: Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled');
  });
});
