/** The other end of the signed call: the endpoint's checks and S3's answers, against the fact sheet (credential-flow.md). */
import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { verifyAtEndpoint, type EndpointSession } from './endpoint';
import { SCENARIO_IDS } from './scenarios';

const OPTS = { seed: 1, clock: '2024-01-15T12:00:00Z' } as const;
const DENIED_TAIL = 'is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::amzn-s3-demo-bucket" because no identity-based policy allows the s3:ListBucket action';
const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

/** The flow's signed request and the session AWS holds for it. */
function atEndpoint() {
  const f = buildFlow('imdsv2', OPTS);
  const call = f.steps.find((s) => s.id === 'api-call')!;
  const c = f.credentials!;
  const arn = String(f.steps.find((s) => s.id === 'sts-response')!.params.assumedRoleArn);
  const session: EndpointSession = { ...c, arn };
  return { f, request: call.exchanges[0]!.text, session, now: new Date(OPTS.clock) };
}

describe('the endpoint verifies', () => {
  it('recomputes the signature from the request as received, equal to the one sent', () => {
    const { f, request, session, now } = atEndpoint();
    const check = verifyAtEndpoint(request, now, [session]);
    expect(check.ok).toBe(true);
    expect(check.signatureComputed).toBe(check.signatureSent);
    expect(request).toContain(`Signature=${check.signatureComputed}`);
    const step = f.steps[6]!;
    expect([step.number, step.id, step.from, step.to, step.outcome]).toEqual([7, 'endpoint-verify', 'api', 'iam', 'ok']);
    expect(JSON.parse(step.exchanges[0]!.text)).toMatchObject({ AccessKeyId: f.credentials!.accessKeyId, SignatureSent: check.signatureSent, SignatureComputed: check.signatureSent, SkewSeconds: 0, Result: 'Verified' });
    // The secret never appears in what the endpoint shows.
    expect(step.exchanges.map((e) => e.text).join('')).not.toContain(f.credentials!.secretAccessKey);
  });
  it('a tampered request: SignatureDoesNotMatch, 403', () => {
    const { request, session, now } = atEndpoint();
    const check = verifyAtEndpoint(request.replace('list-type=2', 'list-type=2&prefix=private/'), now, [session]);
    expect(check.ok === false && [check.error.code, check.error.status, check.error.message]).toEqual([
      'SignatureDoesNotMatch',
      '403 Forbidden',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    ]);
    expect(check.signatureComputed).not.toBe(check.signatureSent);
  });
  it('an X-Amz-Date 16 minutes old: RequestTimeTooSkewed; 15 minutes still passes', () => {
    const { request, session } = atEndpoint();
    const later = (min: number) => new Date(Date.parse(OPTS.clock) + min * 60_000);
    const check = verifyAtEndpoint(request, later(16), [session]);
    expect(check.ok === false && [check.error.code, check.error.message]).toEqual(['RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.']);
    expect(check.ok === false && check.error.extra).toEqual([['RequestTime', '20240115T120000Z'], ['ServerTime', '2024-01-15T12:16:00Z'], ['MaxAllowedSkewMilliseconds', '900000']]);
    expect(verifyAtEndpoint(request, later(15), [session]).ok).toBe(true);
  });
  it('an expired session: ExpiredToken, 400', () => {
    const { request, session, now } = atEndpoint();
    const check = verifyAtEndpoint(request, now, [{ ...session, expiration: '2024-01-15T11:59:59Z' }]);
    expect(check.ok === false && [check.error.code, check.error.status, check.error.message]).toEqual(['ExpiredToken', '400 Bad Request', 'The provided token has expired.']);
  });
  it('a token AWS does not know: InvalidToken; a key the session does not hold: InvalidAccessKeyId', () => {
    const { request, session, now } = atEndpoint();
    expect(verifyAtEndpoint(request, now, []).ok === false).toBe(true);
    expect((verifyAtEndpoint(request, now, []) as { error: { code: string } }).error.code).toBe('InvalidToken');
    expect((verifyAtEndpoint(request, now, [{ ...session, accessKeyId: 'ASIAXXXXXXXXXXXXXXXX' }]) as { error: { code: string } }).error.code).toBe('InvalidAccessKeyId');
  });
});

describe('IAM authorizes, and S3 answers', () => {
  it('allowed: the permission policy (not the trust policy) decides, and S3 answers ListBucketResult', () => {
    const f = buildFlow('imdsv2', OPTS);
    const step = f.steps.at(-1)!;
    expect([step.number, step.id, step.from, step.to, step.outcome]).toEqual([8, 'authorize', 'api', 'iam', 'ok']);
    expect(step.exchanges[1]!.text).toBe(f.permissionPolicy.text);
    expect(step.exchanges[1]!.text).not.toBe(f.policy.text);
    const answer = step.exchanges.at(-1)!;
    expect([answer.from, answer.to, answer.kind, answer.label]).toEqual(['api', 'instance', 'http-response', 'HTTP/1.1 200 OK']);
    const body = answer.text.slice(answer.text.indexOf('\n\n') + 2);
    expect(body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<ListBucketResult xmlns="http:\/\/s3\.amazonaws\.com\/doc\/2006-03-01\/">\n/);
    const order = ['Name', 'Prefix', 'KeyCount', 'MaxKeys', 'IsTruncated', 'Contents'].map((e) => body.indexOf(`<${e}>`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(body).toContain('<Name>amzn-s3-demo-bucket</Name>');
    expect(body).toContain(`<KeyCount>${body.split('<Contents>').length - 1}</KeyCount>`);
    expect(answer.text).toMatch(/\nx-amz-request-id: [0-9A-F]{16}\n/);
    expect(f.verdict.outcome).toBe('ok');
  });
  it('no statement allows it: 403 AccessDenied, the message byte for byte as S3 words it', () => {
    const f = buildFlow('imdsv2', { ...OPTS, permissionPolicyText: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' }) });
    const step = f.steps.at(-1)!;
    const message = `User: arn:aws:sts::123456789012:assumed-role/s3access/${f.caller} ${DENIED_TAIL}`;
    expect(step.error).toEqual({ code: 'AccessDenied', message });
    const answer = step.exchanges.at(-1)!.text;
    expect(answer.split('\n', 1)[0]).toBe('HTTP/1.1 403 Forbidden');
    expect(answer).toMatch(new RegExp(`<Error>\\n  <Code>AccessDenied</Code>\\n  <Message>${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</Message>\\n  <RequestId>[0-9A-F]{16}</RequestId>\\n  <HostId>[A-Za-z0-9+/=]{76}</HostId>\\n</Error>\\n$`));
    expect([f.verdict.outcome, f.verdict.failedStep, f.verdict.explanationKey]).toEqual(['fail', 8, 'verdict.apiDenied']);
  });
  it('a matching Deny: the message ends "with an explicit deny in an identity-based policy"', () => {
    const deny = { Effect: 'Deny', Action: 's3:List*', Resource: '*' };
    const f = buildFlow('imdsv2', { ...OPTS, permissionPolicyText: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, deny) });
    expect(f.steps.at(-1)!.error!.message).toBe(
      `User: arn:aws:sts::123456789012:assumed-role/s3access/${f.caller} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::amzn-s3-demo-bucket" with an explicit deny in an identity-based policy`,
    );
  });
  it('an unparseable permission policy: the default stays in force and the error is located', () => {
    const f = buildFlow('imdsv2', { ...OPTS, permissionPolicyText: '{ "Version": ' });
    expect(f.permissionPolicy.error?.line).toBe(1);
    expect(f.steps.at(-1)!.outcome).toBe('ok');
  });
  it('every scenario that reaches the signed call gets the two steps; the others end as they did', () => {
    for (const id of SCENARIO_IDS) {
      const f = buildFlow(id, OPTS);
      const call = f.steps.findIndex((s) => s.id === 'api-call');
      if (call < 0) expect(f.steps.some((s) => s.id === 'authorize')).toBe(false);
      else expect(f.steps.slice(call).map((s) => s.id)).toEqual(['api-call', 'endpoint-verify', 'authorize']);
    }
  });
});
