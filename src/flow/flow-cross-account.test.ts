import { describe, expect, it } from 'vitest';
import { parseRequest, verifySignedRequest } from '../sigv4';
import { buildFlow } from './build-flow';
import { generateLongTermCredentials } from './credentials';
import { header, splitHttp } from './test-support/http';
import { readXml } from './test-support/xml';

const OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;

describe('cross-account', () => {
  const f = buildFlow('cross-account', OPTS);
  it('plays four steps from the caller to STS, IAM, back, and to the API', () => {
    expect(f.steps.map((s) => [s.number, s.id, s.from, s.to, s.outcome])).toEqual([
      [1, 'assume-role', 'instance', 'sts', 'ok'],
      [2, 'trust-check', 'sts', 'iam', 'ok'],
      [3, 'sts-response', 'sts', 'instance', 'ok'],
      [4, 'api-call', 'instance', 'api', 'ok'],
      [5, 'endpoint-verify', 'api', 'iam', 'ok'],
      [6, 'authorize', 'api', 'iam', 'ok'],
    ]);
  });
  it('the request carries the ExternalId and verifies with the user key', () => {
    const text = f.steps[0]!.exchanges[0]!.text;
    expect(splitHttp(text).body).toBe(
      'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fpartner-s3-reader&RoleSessionName=partner-app&ExternalId=Example-Corp-7f3a',
    );
    const key = generateLongTermCredentials(OPTS.seed, 'partner-user');
    expect(header(splitHttp(text), 'Authorization')).toContain(`Credential=${key.accessKeyId}/`);
    expect(header(splitHttp(text), 'X-Amz-Security-Token')).toBeUndefined();
    expect(verifySignedRequest(parseRequest(text), key.secretAccessKey).status).toBe('match');
  });
  it('the trust policy names the other account root and requires sts:ExternalId', () => {
    expect(f.policy.text).toContain('"AWS": "arn:aws:iam::111122223333:root"');
    expect(f.policy.text).toContain('"StringEquals": { "sts:ExternalId": "Example-Corp-7f3a" }');
    expect(JSON.parse(f.steps[1]!.exchanges[0]!.text)).toMatchObject({ Context: { 'sts:ExternalId': 'Example-Corp-7f3a' } });
  });
  it.each([
    ['a wrong external id', 'wrong'],
    ['no external id', ''],
  ])('%s is denied with AccessDenied naming the user', (_n, externalId) => {
    const g = buildFlow('cross-account', { ...OPTS, externalId });
    expect(g.steps.map((s) => s.outcome)).toEqual(['ok', 'fail', 'fail']);
    expect(readXml(g.steps[2]!.exchanges[0]!.text).text.get('ErrorResponse/Error/Message')).toBe(
      'User: arn:aws:iam::111122223333:user/partner-app is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/partner-s3-reader',
    );
    expect(g.handoff).toBeUndefined();
  });
});
