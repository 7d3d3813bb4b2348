import { describe, expect, it } from 'vitest';
import { SigV4Error } from './errors';
import { parseRequest } from './parse-request';
import { signRequest } from './sign';
import { options } from './test-support/sign-fixtures';

const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLETOKEN';

const GET = 'GET / HTTP/1.1\nHost: example.amazonaws.com\n';

function optionError(run: () => unknown): SigV4Error {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(SigV4Error);
    return e as SigV4Error;
  }
  throw new Error('expected a SigV4Error');
}

describe('no field can inject a header', () => {
  const CONTROLS = ['\n', '\r', '\r\nX-Injected: 1', '\x00', '\x1b[31m', '\x7f'];
  it.each(CONTROLS)('region, service, payload hash and access key refuse %j', (c) => {
    for (const [field, o] of [
      ['region', options({ region: `us-east-1${c}` })],
      ['service', options({ service: `iam${c}` })],
      ['payloadHash', options({ payloadHash: `UNSIGNED-PAYLOAD${c}` })],
      ['accessKeyId', options({ credentials: { accessKeyId: `AKID${c}`, secretAccessKey: 's' } })],
    ] as const) {
      const e = optionError(() => signRequest(parseRequest(GET), o));
      expect([e.source, e.field, e.expected]).toEqual(['options', field, 'no-control-chars']);
    }
  });
  it('a token with a control character is refused without echoing the token', () => {
    const e = optionError(() => signRequest(parseRequest(GET), options({ credentials: { accessKeyId: 'AKID', secretAccessKey: 's', sessionToken: `${TOKEN}\nX-A: 1` } })));
    expect([e.field, e.expected, e.found]).toEqual(['sessionToken', 'no-control-chars', 'U+000A']);
    expect(e.message).not.toContain(TOKEN.slice(0, 12));
  });
  it('an access key with / or , would split the Credential field: refused', () => {
    for (const accessKeyId of ['AKID/x', 'AKID,SignedHeaders=host']) {
      const e = optionError(() => signRequest(parseRequest(GET), options({ credentials: { accessKeyId, secretAccessKey: 's' } })));
      expect([e.field, e.expected]).toEqual(['accessKeyId', 'access-key-chars']);
    }
  });
  it('a region or service with / would add a scope part: refused', () => {
    expect(optionError(() => signRequest(parseRequest(GET), options({ region: 'us-east-1/x' }))).expected).toBe('scope-part-chars');
    expect(optionError(() => signRequest(parseRequest(GET), options({ service: 'iam/x' }))).expected).toBe('scope-part-chars');
  });
  it.each([['\x00', 'U+0000'], ['\x1b', 'U+001B'], ['\x7f', 'U+007F']])('a header value with %j is a located error', (c, name) => {
    const e = optionError(() => parseRequest(`GET / HTTP/1.1\nHost: h\nX-A: a${c}b\n`));
    expect([e.source, e.expected, e.found, e.line, e.column]).toEqual(['request', 'header-value-char', name, 3, 7]);
    // Continuation lines too; tabs stay allowed.
    expect(optionError(() => parseRequest(`GET / HTTP/1.1\nHost: h\nX-A: a\n\tb${c}\n`)).line).toBe(4);
    expect(parseRequest('GET / HTTP/1.1\nHost: h\nX-A: a\tb\n').headers).toHaveLength(2);
  });
});
