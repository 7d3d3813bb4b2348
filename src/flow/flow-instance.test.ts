import { describe, expect, it } from 'vitest';
import { parseRequest, verifySignedRequest } from '../sigv4';
import { buildFlow } from './build-flow';
import { generateLongTermCredentials } from './credentials';
import { imdsToken, instanceId } from './ids';
import { credentialDocument } from './imds-messages';
import { header, splitHttp } from './test-support/http';
import { readXml } from './test-support/xml';
import type { Flow } from './types';

const OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;
const LAMBDA = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
const texts = (f: Flow, n: number): string[] => f.steps[n - 1]!.exchanges.map((e) => e.text);

describe('imdsv2', () => {
  const f = buildFlow('imdsv2', OPTS);
  const token = imdsToken(OPTS.seed);
  it('step 1: PUT token, token, list with the token, role name, GET the role with the token', () => {
    const s = f.steps[0]!;
    expect(s.exchanges.map((e) => [e.from, e.to, e.kind, e.label])).toEqual([
      ['instance', 'imds', 'http-request', 'PUT /latest/api/token HTTP/1.1'],
      ['imds', 'instance', 'http-response', 'HTTP/1.1 200 OK'],
      ['instance', 'imds', 'http-request', 'GET /latest/meta-data/iam/security-credentials/ HTTP/1.1'],
      ['imds', 'instance', 'http-response', 'HTTP/1.1 200 OK'],
      ['instance', 'imds', 'http-request', 'GET /latest/meta-data/iam/security-credentials/s3access HTTP/1.1'],
    ]);
    const [put, tok, list, role, get] = texts(f, 1).map(splitHttp);
    expect(header(put!, 'X-aws-ec2-metadata-token-ttl-seconds')).toBe('21600');
    // As botocore writes them: lower case, User-Agent, Content-Length: 0 on the PUT.
    expect(put!.headers.map(([n]) => n)).toEqual(['Host', 'x-aws-ec2-metadata-token-ttl-seconds', 'User-Agent', 'Content-Length']);
    expect([header(put!, 'Content-Length'), header(get!, 'User-Agent')]).toEqual(['0', header(put!, 'User-Agent')]);
    expect(get!.headers.map(([n]) => n)).toEqual(['Host', 'x-aws-ec2-metadata-token', 'User-Agent']);
    expect(header(role!, 'X-Aws-Ec2-Metadata-Token-Ttl-Seconds')).toBe('21600');
    expect(tok!.body).toBe(token);
    expect(header(list!, 'X-aws-ec2-metadata-token')).toBe(token);
    expect(role!.body).toBe('s3access');
    expect(header(get!, 'X-aws-ec2-metadata-token')).toBe(token);
    expect(s.explanationKey).toBe('explain.metadata.v2');
  });
  it('step 2: the EC2 service signs AssumeRole with the instance id as session name, no DurationSeconds; it verifies', () => {
    const s = f.steps[1]!;
    expect([s.from, s.to]).toEqual(['ec2', 'sts']);
    const text = s.exchanges[0]!.text;
    const m = splitHttp(text);
    expect(m.startLine).toBe('POST / HTTP/1.1');
    expect(header(m, 'Host')).toBe('sts.us-east-1.amazonaws.com');
    expect(m.body).toBe(
      `Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fs3access&RoleSessionName=${instanceId(OPTS.seed)}`,
    );
    const key = generateLongTermCredentials(OPTS.seed, 'ec2-service');
    expect(header(m, 'Authorization')).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${key.accessKeyId}/20240115/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, `));
    // EC2 fetched the credentials on its schedule, before the instance asked: the call is dated then.
    expect(header(m, 'X-Amz-Date')).toBe(f.credentials!.lastUpdated.replace(/[-:]/g, ''));
    expect(f.credentials!.lastUpdated < f.time).toBe(true);
    expect(s.params).toMatchObject({ lifetimeHours: 6, replacedEveryMinutes: 60, fetchedAt: f.credentials!.lastUpdated });
    expect(verifySignedRequest(parseRequest(text), key.secretAccessKey).status).toBe('match');
    expect(s.params.sessionName).toMatch(/^i-[0-9a-f]{17}$/);
  });
  it('step 3: the trust policy in force allows ec2.amazonaws.com sts:AssumeRole', () => {
    const s = f.steps[2]!;
    expect([s.from, s.to, s.outcome]).toEqual(['sts', 'iam', 'ok']);
    expect(s.decision).toEqual({ decision: 'allow', reason: 'explicit-allow', statementIndex: 0 });
    expect(JSON.parse(s.exchanges[0]!.text)).toMatchObject({ Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
    expect(s.exchanges[1]!.text).toBe(f.policy.text);
  });
  it('step 4: AssumeRoleResponse with the flow credentials and the instance session', () => {
    const x = readXml(f.steps[3]!.exchanges[0]!.text);
    const r = 'AssumeRoleResponse/AssumeRoleResult';
    expect(x.text.get(`${r}/Credentials/AccessKeyId`)).toBe(f.credentials!.accessKeyId);
    expect(x.text.get(`${r}/Credentials/SessionToken`)).toBe(f.credentials!.sessionToken);
    // About six hours after EC2 fetched them (observed lifetime of instance-profile credentials).
    const issued = Date.parse(f.credentials!.lastUpdated);
    expect(Date.parse(x.text.get(`${r}/Credentials/Expiration`)!) - issued).toBe(6 * 3600_000);
    expect(issued).toBeLessThan(Date.parse(OPTS.clock));
    expect(issued).toBeGreaterThanOrEqual(Date.parse(OPTS.clock) - 3600_000);
    expect(x.text.get(`${r}/AssumedRoleUser/Arn`)).toBe(`arn:aws:sts::123456789012:assumed-role/s3access/${instanceId(OPTS.seed)}`);
    expect(x.text.get(`${r}/AssumedRoleUser/AssumedRoleId`)).toMatch(/^AROA[A-Z2-7]{17}:i-/);
    expect(x.text.get('AssumeRoleResponse/ResponseMetadata/RequestId')).toMatch(/^[0-9a-f-]{36}$/);
  });
  it('step 5: the credential document of those credentials', () => {
    expect(f.steps[4]!.exchanges[0]!).toMatchObject({ from: 'imds', to: 'instance', kind: 'json', text: credentialDocument(f.credentials!) });
  });
  it('step 6: an S3 call signed with the temporary credentials, session token sent', () => {
    const text = f.steps[5]!.exchanges[0]!.text;
    const m = splitHttp(text);
    expect(m.startLine).toBe('GET /?list-type=2 HTTP/1.1');
    expect(header(m, 'Host')).toBe('amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com');
    expect(header(m, 'X-Amz-Security-Token')).toBe(f.credentials!.sessionToken);
    expect(header(m, 'Authorization')).toContain(`Credential=${f.credentials!.accessKeyId}/20240115/us-east-1/s3/aws4_request`);
    expect(verifySignedRequest(parseRequest(text), f.credentials!.secretAccessKey).status).toBe('match');
  });
});

describe('imdsv1', () => {
  const f = buildFlow('imdsv1', OPTS);
  it('sends plain GETs: no PUT, no token header', () => {
    const reqs = f.steps[0]!.exchanges.filter((e) => e.kind === 'http-request');
    expect(reqs.map((e) => e.label)).toEqual(['GET /latest/meta-data/iam/security-credentials/ HTTP/1.1', 'GET /latest/meta-data/iam/security-credentials/s3access HTTP/1.1']);
    for (const e of reqs) expect(e.text).not.toMatch(/metadata-token/i);
    expect(f.steps[0]!.exchanges[1]!.text).not.toMatch(/Ttl-Seconds/i);
    expect(f.stepCount).toBe(8);
  });
  it('gets the IMDSv1 role credentials, a different set from the IMDSv2 role credentials', () => {
    const v2 = buildFlow('imdsv2', OPTS).credentials!;
    expect(f.credentials!.accessKeyId).not.toBe(v2.accessKeyId);
    expect(f.credentials!.secretAccessKey).not.toBe(v2.secretAccessKey);
    expect(f.steps[4]!.params.delivery).toBe('IMDSv1');
  });
});

describe('a trust policy without ec2.amazonaws.com', () => {
  it.each([
    ['imdsv2 with the EC2 principal removed', buildFlow('imdsv2', { ...OPTS, trustPolicyText: LAMBDA })],
    ['untrusted-role by default', buildFlow('untrusted-role', OPTS)],
  ])('%s: step 3 denies, STS AccessDenied, IMDS AssumeRoleUnauthorizedAccess', (_n, f) => {
    expect(f.steps.map((s) => s.outcome)).toEqual(['ok', 'ok', 'fail', 'fail', 'fail']);
    expect(f.steps[2]!.decision).toEqual({ decision: 'deny', reason: 'implicit-deny' });
    const x = readXml(f.steps[3]!.exchanges[0]!.text);
    expect(x.text.get('ErrorResponse/Error/Code')).toBe('AccessDenied');
    expect(x.text.get('ErrorResponse/Error/Message')).toBe('User: ec2.amazonaws.com is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/s3access');
    expect(JSON.parse(f.steps[4]!.exchanges[0]!.text)).toMatchObject({ Code: 'AssumeRoleUnauthorizedAccess' });
    expect(f.steps[4]!.error?.code).toBe('AssumeRoleUnauthorizedAccess');
    expect([f.handoff, f.verdict.outcome, f.verdict.failedStep]).toEqual([undefined, 'fail', 3]);
  });
  it('the untrusted role works again once its policy trusts EC2', () => {
    const f = buildFlow('untrusted-role', { ...OPTS, trustPolicyText: LAMBDA.replace('lambda', 'ec2') });
    expect(f.verdict.outcome).toBe('ok');
    expect(f.stepCount).toBe(8);
  });
  it('an explicit Deny is named as such', () => {
    const deny = '{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"},{"Sid":"Off","Effect":"Deny","Principal":"*","Action":"*"}]}';
    const s = buildFlow('imdsv2', { ...OPTS, trustPolicyText: deny }).steps[2]!;
    expect([s.decision?.reason, s.decision?.sid, s.explanationKey, s.params.statement]).toEqual(['explicit-deny', 'Off', 'explain.trust.explicitDeny', 'Statement[1] (Sid "Off")']);
  });
});

describe('no-instance-profile', () => {
  const f = buildFlow('no-instance-profile', OPTS);
  it('ends after step 1 with the 404 on security-credentials/', () => {
    expect(f.stepCount).toBe(1);
    const last = f.steps[0]!.exchanges.at(-1)!;
    expect([last.from, last.kind, last.outcome, last.label]).toEqual(['imds', 'http-response', 'fail', 'HTTP/1.1 404 Not Found']);
    expect(f.steps[0]!.outcome).toBe('fail');
    expect(f.verdict).toMatchObject({ outcome: 'fail', failedStep: 1, explanationKey: 'verdict.noProfile', error: { code: 'NoCredentialsError' } });
    expect(f.credentials).toBeUndefined();
  });
});

describe('container-hop-limit', () => {
  it('HttpTokens=optional: the token response is lost, the SDK falls back to IMDSv1 after 1 s', () => {
    const f = buildFlow('container-hop-limit', OPTS);
    const s = f.steps[0]!;
    expect(s.exchanges.map((e) => e.outcome)).toEqual(['ok', 'timeout', 'ok', 'ok', 'ok']);
    for (const e of s.exchanges.slice(2)) expect(e.text).not.toMatch(/x-aws-ec2-metadata-token/i);
    expect([s.outcome, s.params.timeoutSeconds, s.explanationKey]).toEqual(['ok', 1, 'explain.metadata.hopLimit.fallback']);
    expect(f.verdict.outcome).toBe('ok');
    expect(f.stepCount).toBe(8);
  });
  it('HttpTokens=required: the IMDSv1 fallback gets 401 and the scenario ends in a timeout', () => {
    const f = buildFlow('container-hop-limit', { ...OPTS, httpTokens: 'required' });
    expect(f.stepCount).toBe(1);
    expect(f.steps[0]!.exchanges.map((e) => [e.outcome, e.label])).toEqual([
      ['ok', 'PUT /latest/api/token HTTP/1.1'],
      ['timeout', 'HTTP/1.1 200 OK'],
      ['ok', 'GET /latest/meta-data/iam/security-credentials/ HTTP/1.1'],
      ['fail', 'HTTP/1.1 401 Unauthorized'],
    ]);
    expect(f.verdict).toMatchObject({ outcome: 'timeout', failedStep: 1, explanationKey: 'verdict.hopLimit', params: { timeoutSeconds: 1 } });
  });
});
