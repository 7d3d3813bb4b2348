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
  it('signs AssumeRole with the instance role credentials, token included; no DurationSeconds', () => {
    const text = f.steps[2]!.exchanges[0]!.text;
    const m = splitHttp(text);
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
  it("the talk's one-character session name fails botocore's parameter validation first", () => {
    const f = buildFlow('assume-role-from-instance', { ...OPTS, sessionName: 'x' });
    expect(f.stepCount).toBe(1);
    expect(f.steps[0]!.exchanges.map((e) => e.text)).toEqual([
      `$ aws sts assume-role --role-arn ${ROLE} --role-session-name x`,
      'Parameter validation failed:\nInvalid length for parameter RoleSessionName, value: 1, valid min length: 2',
    ]);
    expect(f.verdict).toMatchObject({ outcome: 'fail', explanationKey: 'verdict.validation', error: { code: 'ParamValidationError' } });
  });
  it('refuses a session name STS would refuse for its characters', () => {
    expect(() => buildFlow('assume-role-from-instance', { ...OPTS, sessionName: 'a b' })).toThrow(RangeError);
  });
});
