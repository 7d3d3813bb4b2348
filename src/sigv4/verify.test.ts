import { describe, expect, it } from 'vitest';
import { SigV4Error } from './errors';
import { profileRules } from './options';
import { parseRequest } from './parse-request';
import { signRequest } from './sign';
import { options } from './test-support/sign-fixtures';
import { verifySignedRequest, type VerifyMismatch } from './verify';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const REQUEST = 'POST /p?b=2&a=1 HTTP/1.1\nHost: example.amazonaws.com\nContent-Type: application/json\nUser-Agent: curl/8\n\n{"x":1}';

const signed = (overrides: Parameters<typeof options>[0] = {}, request = REQUEST): string =>
  signRequest(parseRequest(request), options(overrides)).stages.signedRequest.text;
const verify = (text: string, secret = SECRET) => verifySignedRequest(parseRequest(text), secret);
/** The mismatch a verification must be (fails the test on a match). */
const mismatch = (text: string, secret = SECRET): VerifyMismatch => {
  const r = verify(text, secret);
  if (r.status !== 'mismatch') throw new Error('expected a mismatch');
  return r;
};

describe('verifySignedRequest', () => {
  it('matches the IAM ListUsers request of the AWS documentation', () => {
    const text = [
      'GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08 HTTP/1.1',
      'Host: iam.amazonaws.com',
      'Content-Type: application/x-www-form-urlencoded; charset=utf-8',
      'X-Amz-Date: 20150830T123600Z',
      'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
      '',
    ].join('\n');
    const r = verify(text);
    expect(r.status).toBe('match');
    // A match carries no first difference and no reason.
    expect(['firstDifference' in r, 'reason' in r]).toEqual([false, false]);
    expect(r.claim).toMatchObject({ region: 'us-east-1', service: 'iam', scopeDate: '20150830', signedHeaders: ['content-type', 'host', 'x-amz-date'] });
  });

  it('matches what it signed, header and query mode, token signed or appended', () => {
    const token = { accessKeyId: 'ASIAX', secretAccessKey: SECRET, sessionToken: 'tok/en+=' };
    for (const o of [{}, { mode: 'query' as const }, { credentials: token }, { credentials: token, omitSessionToken: true }, { mode: 'query' as const, credentials: token }, { mode: 'query' as const, credentials: token, omitSessionToken: true }]) {
      expect(verify(signed(o)).status, JSON.stringify(o)).toBe('match');
    }
  });

  it('verifies S3 requests with the S3 rules taken from the scope', () => {
    const s3 = { service: 's3', ...profileRules('s3') };
    expect(verify(signed(s3, 'GET /a//b%3D HTTP/1.1\nHost: b.s3.amazonaws.com\n')).status).toBe('match');
    expect(verify(signed({ ...s3, mode: 'query', payloadHash: 'UNSIGNED-PAYLOAD' }, 'GET /a//b HTTP/1.1\nHost: b.s3.amazonaws.com\n')).status).toBe('match');
  });

  it('names the signature when a signed header changed after signing', () => {
    const r = mismatch(signed().replace('application/json', 'application/json; charset=UTF-8'));
    expect([r.status, r.firstDifference, r.reason]).toEqual(['mismatch', 'signature', 'signature']);
  });

  it('ignores an unsigned header added after signing (User-Agent is signed here, so add another)', () => {
    expect(verify(signed().replace('Host:', 'X-Forwarded-For: 1.2.3.4\nHost:')).status).toBe('match');
  });

  it('names the secret as the cause through the signature when the secret is wrong', () => {
    expect(mismatch(signed(), 'wrong').firstDifference).toBe('signature');
  });

  it('names the canonical headers when a signed header is missing', () => {
    const r = mismatch(signed().replace('Content-Type: application/json\n', ''));
    expect([r.firstDifference, r.reason, r.reason === 'missing-signed-header' ? r.missingHeaders : null]).toEqual(['canonicalHeaders', 'missing-signed-header', ['content-type']]);
  });

  it('names the credential scope when its date differs from X-Amz-Date', () => {
    const r = mismatch(signed().replace('Credential=AKIDEXAMPLE/20150830', 'Credential=AKIDEXAMPLE/20150831'));
    expect([r.firstDifference, r.reason]).toEqual(['credentialScope', 'scope-date']);
  });

  it('names the string to sign for a different algorithm', () => {
    expect(mismatch(signed().replace('Authorization: AWS4-HMAC-SHA256', 'Authorization: AWS4-HMAC-SHA1')).firstDifference).toBe('stringToSign');
  });

  it('throws SigV4Error for a request with no signature, a malformed Authorization or no X-Amz-Date', () => {
    expect(() => verify('GET / HTTP/1.1\nHost: h\n')).toThrow(SigV4Error);
    expect(() => verify('GET / HTTP/1.1\nHost: h\nX-Amz-Date: 20150830T123600Z\nAuthorization: Bearer x\n')).toThrow(SigV4Error);
    expect(() => verify(signed().replace(/X-Amz-Date: [^\n]*\n/, ''))).toThrow(SigV4Error);
  });
});
