import { describe, expect, it } from 'vitest';
import { readSigningContext } from './context';
import { SigV4Error } from './errors';

const CTX = {
  credentials: { access_key_id: 'AKID', secret_access_key: 'SECRET', token: 'TOKEN' },
  expiration_in_seconds: 60,
  normalize: false,
  region: 'eu-west-1',
  service: 's3',
  sign_body: true,
  timestamp: '2015-08-30T12:36:00Z',
  omit_session_token: true,
  double_uri_encode: false,
  payload_hash: 'UNSIGNED-PAYLOAD',
};

function omit(o: object, ...keys: string[]): object {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
}

function fail(text: string, mode: 'header' | 'query' = 'header'): SigV4Error {
  try {
    readSigningContext(text, mode);
  } catch (e) {
    if (e instanceof SigV4Error) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('readSigningContext', () => {
  it('reads every field of the vectors format, extensions included', () => {
    const o = readSigningContext(JSON.stringify(CTX, null, 2), 'query');
    expect(o).toEqual({
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: 'TOKEN' },
      region: 'eu-west-1', service: 's3', signingTime: '20150830T123600Z', mode: 'query', expiresIn: 60,
      doubleUriEncode: false, normalizePath: false, signBody: true, payloadHash: 'UNSIGNED-PAYLOAD',
      omitSessionToken: true, skipNeverSignedHeaders: false,
    });
  });

  it('defaults what is absent', () => {
    const rest = omit(CTX, 'expiration_in_seconds', 'normalize', 'sign_body', 'omit_session_token', 'double_uri_encode', 'payload_hash');
    const o = readSigningContext(JSON.stringify({ ...rest, credentials: { access_key_id: 'A', secret_access_key: 'S' } }), 'header');
    expect(o).toMatchObject({ doubleUriEncode: true, normalizePath: true, signBody: false, omitSessionToken: false, expiresIn: 3600 });
    expect(o.credentials.sessionToken).toBeUndefined();
    expect(o.payloadHash).toBeUndefined();
  });

  it('names line and column of a JSON syntax error', () => {
    const e = fail('{\n  "region": "x",\n  oops\n}');
    expect([e.line, e.column, e.expected, e.source]).toEqual([3, 3, 'json', 'context']);
  });

  it.each([
    ['region', { ...CTX, region: '' }, 'non-empty-string'],
    ['region', { ...CTX, region: 5 }, 'non-empty-string'],
    ['timestamp', { ...CTX, timestamp: '2015-02-29T00:00:00Z' }, 'timestamp'],
    ['timestamp', { ...CTX, timestamp: 'yesterday' }, 'timestamp'],
    ['expiration_in_seconds', { ...CTX, expiration_in_seconds: 0 }, 'expires-seconds'],
    ['expiration_in_seconds', { ...CTX, expiration_in_seconds: 604801 }, 'expires-seconds'],
    ['normalize', { ...CTX, normalize: 'yes' }, 'boolean'],
    ['credentials', { ...CTX, credentials: 'AKID:SECRET' }, 'credentials'],
    ['credentials.secret_access_key', { ...CTX, credentials: { access_key_id: 'A' } }, 'non-empty-string'],
  ])('names a bad %s with its position', (field, ctx, expected) => {
    const text = JSON.stringify(ctx, null, 2);
    const e = fail(text);
    expect([e.field, e.expected]).toEqual([field, expected]);
    expect(e.line).toBeGreaterThan(1);
    expect(e.message).toMatch(new RegExp(`^${e.line}:${e.column}: ${field.replace('.', '\\.')}: expected`));
  });

  it('requires expiration_in_seconds in query mode only', () => {
    const rest = omit(CTX, 'expiration_in_seconds');
    expect(readSigningContext(JSON.stringify(rest), 'header').expiresIn).toBe(3600);
    expect(fail(JSON.stringify(rest), 'query').field).toBe('expiration_in_seconds');
  });

  it('refuses a document that is not an object', () => {
    expect(fail('[1]').expected).toBe('object');
  });
});
