import { describe, expect, it } from 'vitest';
import { parseRequest, verifySignedRequest } from '../sigv4';
import { buildFlow } from './build-flow';
import { instanceId } from './ids';
import { header, splitHttp } from './test-support/http';
import { readXml } from './test-support/xml';

const OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;
const ROLE = 'arn:aws:iam::111122223333:role/sample-role';

describe('assume-role-from-instance (instance role credentials)', () => {
  const f = buildFlow('assume-role-from-instance', OPTS);
  const session = `arn:aws:sts::111122223333:assumed-role/sample-role/${instanceId(OPTS.seed)}`;
  const denied = `User: ${session} is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`;
  it('plays five steps: IMDS, the document, AssumeRole, the trust check, AccessDenied', () => {
    expect(f.steps.map((s) => [s.number, s.id, s.from, s.to, s.outcome])).toEqual([
      [1, 'metadata-request', 'instance', 'imds', 'ok'],
      [2, 'credential-document', 'imds', 'instance', 'ok'],
      [3, 'assume-role', 'instance', 'sts', 'ok'],
      [4, 'trust-check', 'sts', 'iam', 'fail'],
      [5, 'sts-response', 'sts', 'instance', 'fail'],
    ]);
    expect(f.steps[0]!.exchanges[0]).toMatchObject({ kind: 'cli', text: `$ aws sts assume-role --role-arn ${ROLE} --role-session-name demo` });
  });
  it('signs AssumeRole with the instance role credentials, token included; no DurationSeconds; Content-Length unsigned', () => {
    const text = f.steps[2]!.exchanges[0]!.text;
    const m = splitHttp(text);
    // botocore signs before AWSRequest.prepare() adds Content-Length (checked against botocore 1.43's output).
    expect(header(m, 'Authorization')).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, ');
    expect(header(m, 'Content-Length')).toBe(String(m.body.length));
    expect(m.body).toBe('Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2Fsample-role&RoleSessionName=demo');
    expect(header(m, 'X-Amz-Security-Token')).toBe(f.credentials!.sessionToken);
    expect(verifySignedRequest(parseRequest(text), f.credentials!.secretAccessKey).status).toBe('match');
  });
  it('the caller is the role session, which the EC2 trust policy does not name', () => {
    const s = f.steps[3]!;
    expect(JSON.parse(s.exchanges[0]!.text)).toMatchObject({ Principal: { AWS: session } });
    expect([s.decision?.reason, s.explanationKey, s.error?.message]).toEqual(['implicit-deny', 'explain.trust.asideDeny', denied]);
  });
  it('STS answers AccessDenied and the CLI prints it', () => {
    const [xml, cli] = f.steps[4]!.exchanges;
    expect(readXml(xml!.text).text.get('ErrorResponse/Error/Message')).toBe(denied);
    expect(cli).toMatchObject({ kind: 'cli', outcome: 'fail', text: `An error occurred (AccessDenied) when calling the AssumeRole operation: ${denied}` });
    expect(f.verdict).toMatchObject({ outcome: 'fail', failedStep: 4, explanationKey: 'verdict.asideDenied', params: { roleArn: ROLE } });
  });
  it('succeeds once the trust policy names the role itself', () => {
    const policy = `{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com","AWS":"${ROLE}"},"Action":"sts:AssumeRole"}]}`;
    const g = buildFlow('assume-role-from-instance', { ...OPTS, trustPolicyText: policy });
    expect(g.steps.map((s) => s.outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    const [xml, cli] = g.steps[4]!.exchanges;
    expect(readXml(xml!.text).text.get('AssumeRoleResponse/AssumeRoleResult/AssumedRoleUser/Arn')).toBe('arn:aws:sts::111122223333:assumed-role/sample-role/demo');
    expect(JSON.parse(cli!.text)).toMatchObject({ Credentials: { AccessKeyId: g.credentials!.accessKeyId, Expiration: '2024-01-15T13:00:00+00:00' } });
    expect(g.verdict.explanationKey).toBe('verdict.assumed');
    // The role names its own sessions, in its own account: no identity-policy evaluation.
    expect(g.steps[3]!.identityDecision).toBeUndefined();
  });
  it.each([['111122223333'], ['arn:aws:iam::111122223333:root']])('trusting the account %s is not enough: the role session\'s identity policy reads S3 only', (principal) => {
    const policy = `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"${principal}"},"Action":"sts:AssumeRole"}]}`;
    const g = buildFlow('assume-role-from-instance', { ...OPTS, trustPolicyText: policy });
    const trust = g.steps[3]!;
    expect([trust.decision?.decision, trust.identityDecision?.decision, trust.outcome, trust.explanationKey]).toEqual(['allow', 'deny', 'fail', 'explain.trust.identityDeny']);
    expect(JSON.parse(trust.exchanges[3]!.text)).toMatchObject({ Statement: [{ Action: ['s3:GetObject', 's3:ListBucket'] }] });
    const message = `User: ${session} is not authorized to perform: sts:AssumeRole on resource: ${ROLE} because no identity-based policy allows the sts:AssumeRole action`;
    expect(readXml(g.steps[4]!.exchanges[0]!.text).text.get('ErrorResponse/Error/Message')).toBe(message);
    expect(g.verdict).toMatchObject({ explanationKey: 'verdict.identityDenied', error: { message } });
  });
});

describe('assume-role-from-instance (other cases)', () => {
  it('no credentials anywhere: IMDS 404, then "Unable to locate credentials"', () => {
    const f = buildFlow('assume-role-from-instance', { ...OPTS, callerCredentials: 'none' });
    expect(f.stepCount).toBe(1);
    const ex = f.steps[0]!.exchanges;
    expect(ex.at(-2)!.label).toBe('HTTP/1.1 404 Not Found');
    expect(ex.at(-1)).toMatchObject({ kind: 'cli', outcome: 'fail', text: 'Unable to locate credentials. You can configure credentials by running "aws configure".' });
    expect(f.verdict.explanationKey).toBe('verdict.noCredentials');
  });
  it("the talk's one-character session name: credentials resolved first, then the parameter check refuses before any STS call", () => {
    const f = buildFlow('assume-role-from-instance', { ...OPTS, sessionName: 'x' });
    expect(f.steps.map((s) => [s.number, s.id, s.outcome])).toEqual([
      [1, 'metadata-request', 'ok'],
      [2, 'credential-document', 'ok'],
      [3, 'assume-role', 'fail'],
    ]);
    expect(f.steps[0]!.exchanges[0]!.text).toBe(`$ aws sts assume-role --role-arn ${ROLE} --role-session-name x`);
    expect(f.steps[2]!.exchanges.map((e) => [e.kind, e.text])).toEqual([
      ['cli', 'Parameter validation failed:\nInvalid length for parameter RoleSessionName, value: 1, valid min length: 2'],
    ]);
    expect(f.steps.some((s) => s.exchanges.some((e) => e.to === 'sts'))).toBe(false);
    // Nothing leaves the instance: the step is drawn on its box, titled as the CLI's own check.
    expect([f.steps[2]!.from, f.steps[2]!.to, f.steps[2]!.titleKey]).toEqual(['instance', 'instance', 'step.assume-role.cliValidation']);
    expect(f.verdict).toMatchObject({ outcome: 'fail', failedStep: 3, explanationKey: 'verdict.validation', error: { code: 'ParamValidationError' } });
  });
  it('with no credentials either, the lookup still comes first and the parameter check reports', () => {
    const f = buildFlow('assume-role-from-instance', { ...OPTS, sessionName: 'x', callerCredentials: 'none' });
    expect(f.stepCount).toBe(1);
    expect(f.steps[0]!.exchanges.at(-2)!.label).toBe('HTTP/1.1 404 Not Found');
    expect(f.steps[0]!.error?.code).toBe('ParamValidationError');
  });
  it('refuses a session name STS would refuse for its characters', () => {
    expect(() => buildFlow('assume-role-from-instance', { ...OPTS, sessionName: 'a b' })).toThrow(RangeError);
  });
});
