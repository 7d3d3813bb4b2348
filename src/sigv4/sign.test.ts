/** Signer rules beyond the vectors: tokens, S3, never-signed headers, host, dates, option checks. */
import { describe, expect, it } from 'vitest';
import { EMPTY_SHA256, UNSIGNED_PAYLOAD } from './constants';
import { SigV4Error } from './errors';
import { profileRules } from './options';
import { parseRequest } from './parse-request';
import { canonicalize } from './canonicalize';
import { signCanonical, signRequest } from './sign';
import { options } from './test-support/sign-fixtures';
import type { AmzDate } from './time';

const GET = 'GET / HTTP/1.1\nHost: example.amazonaws.com\n';
const TOKEN = 'IQoJb3JpZ2luX2VjE/token+with=chars';
const withToken = { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'secret', sessionToken: TOKEN };

describe('session token', () => {
  it('header mode, signed: X-Amz-Security-Token is a signed header', () => {
    const t = signRequest(parseRequest(GET), options({ credentials: withToken }));
    expect(t.signedHeaderNames).toEqual(['host', 'x-amz-date', 'x-amz-security-token']);
    expect(t.stages.signedRequest.text).toContain(`X-Amz-Security-Token: ${TOKEN}\n`);
  });
  it('header mode, appended: added after signing, not signed', () => {
    const t = signRequest(parseRequest(GET), options({ credentials: withToken, omitSessionToken: true }));
    expect(t.signedHeaderNames).toEqual(['host', 'x-amz-date']);
    expect(t.stages.canonicalRequest.text).not.toContain(TOKEN);
    expect(t.stages.signedRequest.text).toContain(`X-Amz-Security-Token: ${TOKEN}\n`);
  });
  it('query mode, signed: in the canonical query, encoded', () => {
    const t = signRequest(parseRequest(GET), options({ credentials: withToken, mode: 'query' }));
    expect(t.stages.canonicalQuery.text).toContain('X-Amz-Security-Token=IQoJb3JpZ2luX2VjE%2Ftoken%2Bwith%3Dchars');
    expect(t.stages.presignedUrl!.text).toContain('&X-Amz-Security-Token=IQoJb3JpZ2luX2VjE%2Ftoken%2Bwith%3Dchars');
  });
  it('query mode, appended: after X-Amz-Signature, not in the canonical query', () => {
    const t = signRequest(parseRequest(GET), options({ credentials: withToken, mode: 'query', omitSessionToken: true }));
    expect(t.stages.canonicalQuery.text).not.toContain('Security-Token');
    expect(t.stages.presignedUrl!.text).toMatch(/&X-Amz-Signature=[0-9a-f]{64}&X-Amz-Security-Token=IQoJ/);
  });
  it('an input token header is replaced, not duplicated', () => {
    const t = signRequest(parseRequest(GET + 'X-Amz-Security-Token: old\n'), options({ credentials: withToken }));
    expect(t.stages.signedRequest.text).not.toContain('old');
    expect(t.stages.canonicalHeaders.text.match(/x-amz-security-token/g)).toHaveLength(1);
  });
});

describe('S3 profile', () => {
  const s3 = options({ service: 's3', ...profileRules('s3') });
  it('adds and signs x-amz-content-sha256 with the body hash', () => {
    const t = signRequest(parseRequest('GET /my-object//example//photo.user HTTP/1.1\nHost: b.s3.amazonaws.com\n'), s3);
    expect(t.stages.canonicalUri.text).toBe('/my-object//example//photo.user');
    expect(t.stages.canonicalHeaders.text).toContain(`x-amz-content-sha256:${EMPTY_SHA256}\n`);
    expect(t.stages.signedRequest.text).toContain(`x-amz-content-sha256: ${EMPTY_SHA256}\n`);
  });
  it('signs UNSIGNED-PAYLOAD when asked', () => {
    const t = signRequest(parseRequest('PUT /k HTTP/1.1\nHost: b.s3.amazonaws.com\n\nbody'), { ...s3, payloadHash: UNSIGNED_PAYLOAD });
    expect(t.stages.payloadHash.text).toBe(UNSIGNED_PAYLOAD);
    expect(t.payloadSource).toBe('option');
    expect(t.stages.canonicalRequest.text.endsWith('\nUNSIGNED-PAYLOAD')).toBe(true);
  });
  it('takes the payload hash from an x-amz-content-sha256 header the request carries', () => {
    const t = signRequest(parseRequest('PUT /k HTTP/1.1\nHost: h\nx-amz-content-sha256:  UNSIGNED-PAYLOAD \n\nbody'), s3);
    expect(t.stages.payloadHash.text).toBe(UNSIGNED_PAYLOAD);
    expect(t.payloadSource).toBe('header');
    expect(t.stages.canonicalHeaders.text.match(/x-amz-content-sha256/g)).toHaveLength(1);
  });
});

describe('headers', () => {
  const browser = 'POST / HTTP/1.1\nHost: h\nUser-Agent: Mozilla/5.0\nSec-Fetch-Mode: cors\nProxy-Connection: keep-alive\nContent-Type: application/json\n\n{}';
  it('skips never-signed headers when asked, and says which', () => {
    const t = signRequest(parseRequest(browser), options({ skipNeverSignedHeaders: true }));
    expect(t.signedHeaderNames).toEqual(['content-type', 'host', 'x-amz-date']);
    expect(t.skippedHeaderNames).toEqual(['user-agent', 'sec-fetch-mode', 'proxy-connection']);
    expect(t.stages.signedRequest.text).toContain('User-Agent: Mozilla/5.0');
  });
  it('leaves out exactly the headers the importer names as unsigned, and keeps them in the request', () => {
    const t = signRequest(parseRequest(browser), options({ unsignedHeaders: ['user-agent', 'content-type'] }));
    expect(t.signedHeaderNames).toEqual(['host', 'proxy-connection', 'sec-fetch-mode', 'x-amz-date']);
    expect(t.skippedHeaderNames).toEqual(['user-agent', 'content-type']);
    expect(t.stages.signedRequest.text).toContain('User-Agent: Mozilla/5.0');
  });
  it('signs exactly what it is given otherwise', () => {
    const t = signRequest(parseRequest(browser), options());
    expect(t.signedHeaderNames).toContain('user-agent');
    expect(t.skippedHeaderNames).toEqual([]);
  });
  it('never signs an Authorization header and drops it from the signed request', () => {
    const t = signRequest(parseRequest(GET + 'Authorization: AWS4-HMAC-SHA256 old\n'), options());
    expect(t.signedHeaderNames).not.toContain('authorization');
    expect(t.stages.signedRequest.text.match(/Authorization:/g)).toHaveLength(1);
    expect(t.stages.signedRequest.text).not.toContain(' old');
  });
  it('replaces an X-Amz-Date header in place with the signing time', () => {
    const t = signRequest(parseRequest(GET + 'X-Amz-Date: 20000101T000000Z\nA: b\n'), options());
    expect(t.stages.signedRequest.text).toMatch(/X-Amz-Date: 20150830T123600Z\nA: b\n/);
    expect(t.stages.signedRequest.text).not.toContain('20000101');
  });
  it('query mode moves the date into the query: an X-Amz-Date header is neither signed nor sent', () => {
    const t = signRequest(parseRequest(GET + 'X-Amz-Date: 20000101T000000Z\n'), options({ mode: 'query' }));
    expect(t.signedHeaderNames).toEqual(['host']);
    expect(t.stages.signedRequest.text).not.toContain('20000101');
  });
  it('signs the host of an absolute-form target when there is no Host header', () => {
    const t = signRequest(parseRequest('GET https://sts.amazonaws.com/?Action=GetCallerIdentity HTTP/1.1\n'), options());
    expect(t.stages.canonicalHeaders.text).toContain('host:sts.amazonaws.com\n');
    expect(t.stages.signedRequest.text).toContain('Host: sts.amazonaws.com\n');
  });
  it('keeps CRLF line ends in the signed request', () => {
    const t = signRequest(parseRequest('GET / HTTP/1.1\r\nHost: h\r\n'), options());
    expect(t.stages.signedRequest.text).toMatch(/^GET \/ HTTP\/1\.1\r\nHost: h\r\nX-Amz-Date: 20150830T123600Z\r\nAuthorization: [^\r\n]+\r\n\r\n$/);
  });
});

describe('presigned URL', () => {
  it('keeps the path and the request parameters, then the presign parameters', () => {
    const t = signRequest(parseRequest('GET /a%3Db/c?z=1&a=2 HTTP/1.1\nHost: h.example\n'), options({ mode: 'query', expiresIn: 60 }));
    expect(t.stages.presignedUrl!.text).toMatch(
      /^https:\/\/h\.example\/a%3Db\/c\?z=1&a=2&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=[0-9a-f]{64}$/,
    );
  });
  it('re-signing a presigned URL replaces its old presign parameters', () => {
    const t = signRequest(parseRequest('GET /?a=1&X-Amz-Expires=5&X-Amz-Signature=00 HTTP/1.1\nHost: h\n'), options({ mode: 'query' }));
    expect(t.stages.presignedUrl!.text.match(/X-Amz-Expires/g)).toHaveLength(1);
    expect(t.stages.presignedUrl!.text.match(/X-Amz-Signature/g)).toHaveLength(1);
  });
  it('needs a host', () => {
    expect(() => signRequest(parseRequest('GET / HTTP/1.1\nA: b\n'), options({ mode: 'query' }))).toThrow(SigV4Error);
  });
});

describe('option checks', () => {
  const request = parseRequest(GET);
  it.each([
    ['accessKeyId', { credentials: { accessKeyId: '', secretAccessKey: 's' } }],
    ['secretAccessKey', { credentials: { accessKeyId: 'a', secretAccessKey: '' } }],
    ['region', { region: '' }],
    ['service', { service: '' }],
    ['signingTime', { signingTime: '2015-08-30' as AmzDate }],
    ['signingTime', { signingTime: '20150230T000000Z' as AmzDate }],
    ['expiresIn', { mode: 'query' as const, expiresIn: 604801 }],
    ['expiresIn', { mode: 'query' as const, expiresIn: 1.5 }],
  ])('a bad %s is a SigV4Error naming it', (field, bad) => {
    let caught: unknown;
    try {
      signRequest(request, options(bad));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SigV4Error);
    expect((caught as SigV4Error).field).toBe(field);
  });
});

describe('edge inputs', () => {
  it('never signs an escaped X-Amz-Signature key either', () => {
    const t = signRequest(parseRequest('GET /?a=1&X-Amz-%53ignature=x HTTP/1.1\nHost: h\n'), options());
    expect(t.stages.canonicalQuery.text).toBe('a=1');
  });
  it('refuses a session token with a line break', () => {
    expect(() => signRequest(parseRequest(GET), options({ credentials: { ...withToken, sessionToken: 'a\nb' } }))).toThrow(SigV4Error);
  });
  it('parses and signs a header folded over 20,000 lines in linear time', () => {
    const text = 'GET / HTTP/1.1\nHost: h\nX: a\n' + ' b\n'.repeat(20000);
    const t = signRequest(parseRequest(text), options());
    expect(t.stages.canonicalHeaders.text).toContain('x:a' + ' b'.repeat(20000) + '\n');
  });
});

describe('a body hashed elsewhere', () => {
  it('uses the given SHA-256 of the body instead of hashing it again', () => {
    const req = parseRequest('PUT /k HTTP/1.1\nHost: h\n\nbody');
    const plain = signRequest(req, options());
    const given = signRequest({ ...req, bodySha256: new Uint8Array(32).fill(0xab) }, options());
    expect(plain.stages.payloadHash.text).toBe('230d8358dc8e8890b4c58deeb62912ee2f20357ae92a5cc861b98e68fe31acb5');
    expect(given.stages.payloadHash.text).toBe('ab'.repeat(32));
  });
});

describe('signing in two halves', () => {
  it('signCanonical finishes exactly what signRequest computes at once, and still needs the secret', () => {
    const req = parseRequest(GET + 'X: y\n');
    const o = options({ credentials: withToken });
    const part = canonicalize(req, { ...o, credentials: { ...withToken, secretAccessKey: '' } });
    expect(signCanonical(req, o, part).stages.authorization!.text).toBe(signRequest(req, o).stages.authorization!.text);
    expect(() => signCanonical(req, { ...o, credentials: { ...withToken, secretAccessKey: '' } }, part)).toThrow(SigV4Error);
  });
});
