/**
 * The diagnosis's likely causes, each checked against its English words: every `{slot}` of the
 * message has a value (here, beside the catalogue, since src/diagnose may not reach src/content).
 */
import { describe, expect, it } from 'vitest';
import type { Trace } from '../sigv4';
import { CAUSE_IDS, diffEcho, likelyCauses, type Cause, type CauseId } from '../diagnose';
import { IAM_REQUEST, iamOptions, s3Options, sign, tokenOptions, TOKEN_REQUEST } from '../diagnose/test-fixtures';
import { diagnose as diagnoseMessagesEn } from './en/diagnose';

const iam = sign(IAM_REQUEST, iamOptions());
const GET = (target: string, headers = '') => `GET ${target} HTTP/1.1\nHost: example.amazonaws.com\n${headers}`;

/** Every `{slot}` of the cause's English message has a value. */
function expectFilled(c: Cause): void {
  const slots = [...diagnoseMessagesEn[c.key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  for (const s of slots) expect(c.params, `${c.id} needs {${s}}`).toHaveProperty(s);
}

/** Causes when the server computed `server`'s texts (optionally edited) and we computed `ours`. */
function causes(server: Trace | { canonicalRequest?: string; stringToSign?: string }, ours: Trace): Cause[] {
  const echo = 'stages' in server ? { canonicalRequest: server.stages.canonicalRequest.text, stringToSign: server.stages.stringToSign.text } : server;
  const found = likelyCauses(diffEcho(echo, ours), ours);
  found.forEach(expectFilled);
  return found;
}
const ids = (cs: Cause[]) => cs.map((c) => c.id);
const edited = (t: Trace, edit: (creq: string) => string) => ({ canonicalRequest: edit(t.stages.canonicalRequest.text) });

describe('likelyCauses: canonical request', () => {
  it.each<[string, () => Cause[], CauseId]>([
    ['method', () => causes(edited(iam, (s) => s.replace(/^GET/, 'HEAD')), iam), 'method-differs'],
    ['S3 path encoded twice', () => causes(sign(GET('/a%3Db'), s3Options()), sign(GET('/a%3Db'), s3Options({ doubleUriEncode: true }))), 'path-double-encoded'],
    ['path not normalised', () => causes(sign(GET('/a/./b'), iamOptions()), sign(GET('/a/./b'), iamOptions({ normalizePath: false }))), 'path-not-normalised'],
    ['another path', () => causes(sign(GET('/x'), iamOptions()), sign(GET('/y'), iamOptions())), 'uri-differs'],
    ['query re-encoded', () => causes(sign(GET('/?a=b%3D'), iamOptions()), sign(GET('/?a=b%253D'), iamOptions())), 'query-reencoded'],
    ['* left as is', () => causes(edited(sign(GET('/?a=*'), iamOptions()), (s) => s.replace('%2A', '*')), sign(GET('/?a=*'), iamOptions())), 'query-star-tilde'],
    ['?v without =', () => causes(edited(sign(GET('/?v'), iamOptions()), (s) => s.replace('\nv=\n', '\nv\n')), sign(GET('/?v'), iamOptions())), 'query-empty-value'],
    ['repeated key order', () => causes(edited(sign(GET('/?a=1&a=2'), iamOptions()), (s) => s.replace('a=1&a=2', 'a=2&a=1')), sign(GET('/?a=1&a=2'), iamOptions())), 'query-repeated-key-order'],
    ['another parameter', () => causes(edited(iam, (s) => s.replace('ListUsers', 'ListRoles')), iam), 'query-differs'],
    ['user-agent signed by one side', () => causes(sign(GET('/', 'User-Agent: curl/8\n'), iamOptions()), sign(GET('/', 'User-Agent: curl/8\n'), iamOptions({ skipNeverSignedHeaders: true }))), 'never-signed-header'],
    ['header only ours', () => causes(sign(GET('/'), iamOptions()), sign(GET('/', 'X-Custom: 1\n'), iamOptions())), 'header-only-ours'],
    ['header only on the server', () => causes(sign(GET('/', 'X-Custom: 1\n'), iamOptions()), sign(GET('/'), iamOptions())), 'header-only-server'],
    ['header value changed', () => causes(sign(GET('/', 'X-Custom: 1\n'), iamOptions()), sign(GET('/', 'X-Custom: 2\n'), iamOptions())), 'header-value-changed'],
    ['values joined in another order', () => causes(sign(GET('/', 'My: a\nMy: b\n'), iamOptions()), sign(GET('/', 'My: b\nMy: a\n'), iamOptions())), 'headers-join-order'],
    ['hex case of the payload hash', () => causes(edited(iam, (s) => s.replace(/[0-9a-f]{64}$/, (h) => h.toUpperCase())), iam), 'payload-hash-hex-case'],
    ['body changed after signing', () => causes(sign(GET('/', '\nb'), iamOptions()), sign(GET('/', '\na'), iamOptions())), 'body-changed'],
    ['streaming payload', () => causes(edited(iam, (s) => s.replace(/[0-9a-f]{64}$/, 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD')), iam), 'payload-hash-differs'],
    ['session token changed', () => causes(sign(TOKEN_REQUEST, tokenOptions()), sign(TOKEN_REQUEST, tokenOptions({ credentials: { ...tokenOptions().credentials, sessionToken: 'other' } }))), 'token-differs'],
  ])('%s', (_name, run, expected) => {
    expect(run()[0]?.id).toBe(expected);
  });

  it('x-amz-content-sha256 that is not the hash of the body', () => {
    const text = GET('/', 'x-amz-content-sha256: ' + '0'.repeat(64) + '\n\nbody');
    const server = sign(text.replace(/x-amz-content-sha256: 0+\n/, ''), s3Options());
    const found = causes(server, sign(text, s3Options({ signBody: false })));
    expect(ids(found)[0]).toBe('payload-header-mismatch');
  });

  it('clock skew: minutes apart and the limit of the service', () => {
    const later = sign(IAM_REQUEST, iamOptions({ signingTime: '20150830T125600Z' as never }));
    const c = causes(later, iam).find((x) => x.id === 'clock-skew')!;
    expect(c.params).toMatchObject({ minutes: 20, limit: 5, server: '20150830T125600Z', ours: '20150830T123600Z' });
    expect(c.stage).toBe('canonicalHeaders');
    const s3 = causes(sign(GET('/'), s3Options({ signingTime: '20150830T125600Z' as never })), sign(GET('/'), s3Options()));
    expect(s3.find((x) => x.id === 'clock-skew')!.params['limit']).toBe(15);
  });
});

describe('likelyCauses: string to sign and key', () => {
  const sts = iam.stages.stringToSign.text;
  it.each<[string, string, CauseId]>([
    ['algorithm', sts.replace('AWS4-HMAC-SHA256', 'AWS4-ECDSA-P256-SHA256'), 'algorithm-differs'],
    ['service', sts.replace('/iam/', '/sts/'), 'wrong-service'],
    ['terminator', sts.replace('aws4_request', 'aws4_requests'), 'scope-terminator'],
    ['hash only', sts.replace(/[0-9a-f]{64}$/, '0'.repeat(64)), 'canonical-request-differs'],
  ])('%s', (_name, server, expected) => {
    expect(causes({ stringToSign: server }, iam)[0]?.id).toBe(expected);
  });

  it('the wrong region names the server’s region', () => {
    const c = causes(sign(IAM_REQUEST, iamOptions({ region: 'eu-west-1' })), iam)[0]!;
    expect([c.id, c.stage, c.params['serverRegion'], c.params['ours']]).toEqual(['wrong-region', 'credentialScope', 'eu-west-1', 'us-east-1']);
  });

  it('equal texts leave the secret key, then the key chain', () => {
    expect(ids(causes(iam, iam))).toEqual(['secret-key', 'key-chain-hex-text']);
    expect(ids(likelyCauses(diffEcho({ signatureProvided: '00'.repeat(32) }, iam), iam))).toEqual(['secret-key', 'key-chain-hex-text']);
  });

  it('an empty echo names nothing', () => {
    expect(likelyCauses(diffEcho({}, iam), iam)).toEqual([]);
  });

  it('a temporary key without its token', () => {
    const asia = sign(IAM_REQUEST, iamOptions({ credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'x' } }));
    const found = causes(asia, asia);
    expect(ids(found)).toContain('token-missing');
    expect(found.find((c) => c.id === 'token-missing')!.params['accessKeyId']).toBe('ASIAEXAMPLE');
  });
});

describe('likelyCauses: the path encoding, by the service of the request', () => {
  const s3 = (path: string, o = {}) => sign(GET(path), s3Options(o));
  const api = (path: string, o = {}) => sign(GET(path), iamOptions({ service: 'execute-api', ...o }));
  it.each<[string, () => Cause[], CauseId, RegExp]>([
    // S3 encodes once: the side with %2520 where the key had %20 is the client's mistake.
    ['S3: signed with the key encoded twice', () => causes(s3('/a%20b'), s3('/a%20b', { doubleUriEncode: true })), 'path-double-encoded', /S3 wants the path encoded exactly once/],
    ['S3: sent with the key encoded twice', () => causes(s3('/a%2520b'), s3('/a%20b')), 'path-sent-double-encoded', /reached S3 carried the key encoded twice \(%20 became %2520/],
    // Every other service encodes twice: the side encoded once is the client's mistake.
    ['execute-api: signed with the path encoded once', () => causes(api('/a%3Db'), api('/a%3Db', { doubleUriEncode: false })), 'path-encoded-once', /execute-api, like every service but S3, encodes the already-encoded path again/],
    ['execute-api: sent with the path not encoded', () => causes(api('/a=b'), api('/a%3Db')), 'path-sent-unencoded', /execute-api, like every service but S3, encodes the path it receives once more/],
  ])('%s', (_name, run, id, words) => {
    const found = run();
    expect(found[0]?.id).toBe(id);
    expect(diagnoseMessagesEn[found[0]!.key].replaceAll('{service}', String(found[0]!.params.service))).toMatch(words);
  });
});

describe('likelyCauses: presigned URLs', () => {
  const q = (o = {}) => sign(IAM_REQUEST, iamOptions({ mode: 'query', ...o }));
  it('reads the scope out of X-Amz-Credential', () => {
    const c = causes({ canonicalRequest: q({ region: 'us-west-2' }).stages.canonicalRequest.text }, q())[0]!;
    expect([c.id, c.stage, c.params['serverRegion']]).toEqual(['wrong-region', 'canonicalQuery', 'us-west-2']);
  });

  it('a token signed on one side only', () => {
    const t = (omit: boolean) => sign(TOKEN_REQUEST, tokenOptions({ mode: 'query', omitSessionToken: omit }));
    expect(causes(t(false), t(true))[0]!.id).toBe('token-signed-vs-appended');
  });

  it('the signed headers of the query', () => {
    const server = q();
    const ours = sign(IAM_REQUEST.replace(/Content-Type.*\n/, ''), iamOptions({ mode: 'query' }));
    expect(ids(causes(server, ours))).toContain('signed-headers-differ');
  });
});

describe('the cause table', () => {
  it('has a message and a source for every id', () => {
    for (const id of CAUSE_IDS) expect(diagnoseMessagesEn).toHaveProperty(`cause.${id}`);
  });
});
