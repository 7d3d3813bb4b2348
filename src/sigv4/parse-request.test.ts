import { describe, expect, it } from 'vitest';
import { SigV4Error } from './errors';
import { parseRequest } from './parse-request';

function error(text: string): SigV4Error {
  try {
    parseRequest(text);
  } catch (e) {
    if (e instanceof SigV4Error) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('parseRequest', () => {
  it('reads an origin-form request with headers and a body', () => {
    const r = parseRequest('POST /a/b?x=1&y HTTP/1.1\nHost: h\nContent-Length: 3\n\nabc');
    expect(r.method.text).toBe('POST');
    expect(r.path.text).toBe('/a/b');
    expect(r.query?.text).toBe('x=1&y');
    expect(r.scheme).toBeNull();
    expect(r.headers.map((h) => h.name.text)).toEqual(['Host', 'Content-Length']);
    expect(r.headers[0]!.value[0]!.text).toBe(' h');
    expect(r.body.text).toBe('abc');
    expect([...r.bodyBytes]).toEqual([97, 98, 99]);
    expect(r.lineEnding).toBe('\n');
  });

  it('splits the request line on the first and the last space: raw spaces and UTF-8 in the path', () => {
    const r = parseRequest('GET /example space/ሴ HTTP/1.1\nHost:h\n');
    expect(r.path.text).toBe('/example space/ሴ');
    expect(r.version.text).toBe('HTTP/1.1');
  });

  it('reads an absolute-form target', () => {
    const r = parseRequest('GET https://iam.amazonaws.com/?Action=ListUsers HTTP/1.1\n');
    expect(r.scheme).toBe('https');
    expect(r.authority?.text).toBe('iam.amazonaws.com');
    expect(r.path.text).toBe('/');
    expect(r.query?.text).toBe('Action=ListUsers');
    const bare = parseRequest('GET http://h:8080?a=b HTTP/1.1\n');
    expect(bare.authority?.text).toBe('h:8080');
    expect(bare.path.text).toBe('');
  });

  it('joins obs-fold continuation lines to the header before them', () => {
    const r = parseRequest('GET / HTTP/1.1\nMy-Header: a\n   b\n\tc\nX: y\n');
    expect(r.headers).toHaveLength(2);
    expect(r.headers[0]!.value.map((v) => v.text)).toEqual([' a', '   b', '\tc']);
  });

  it('accepts CRLF and keeps the body verbatim', () => {
    const r = parseRequest('PUT /k HTTP/1.1\r\nHost: h\r\n\r\nline1\r\nline2');
    expect(r.lineEnding).toBe('\r\n');
    expect(r.headers[0]!.value[0]!.text).toBe(' h');
    expect(r.body.text).toBe('line1\r\nline2');
  });

  it('records offsets that point back into the source', () => {
    const text = '\nGET /p?q HTTP/1.1\nHost: h\n\nB';
    const r = parseRequest(text);
    for (const s of [r.method, r.target, r.path, r.query!, r.version, r.headers[0]!.name, r.headers[0]!.line, r.body]) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it.each([
    ['', 1, 1, 'method-token'],
    ['G@T / HTTP/1.1', 1, 2, 'method-token'],
    ['GET', 1, 4, 'space-after-method'],
    ['GET /', 1, 6, 'http-version'],
    ['GET / HTTP/x', 1, 7, 'http-version'],
    ['GET path HTTP/1.1', 1, 5, 'request-target'],
    ['GET https:// HTTP/1.1', 1, 13, 'host'],
    ['GET / HTTP/1.1\nHost example.com', 2, 5, 'header-colon'],
    ['GET / HTTP/1.1\nHost : x', 2, 5, 'no-space-before-colon'],
    ['GET / HTTP/1.1\n: x', 2, 1, 'header-name'],
    ['GET / HTTP/1.1\nA(b: x', 2, 2, 'header-name'],
    ['GET / HTTP/1.1\n  folded', 2, 1, 'continuation-after-header'],
    ['GET / HTTP/1.1\rHost: h', 1, 16, 'line-feed-after-cr'],
    ['GET / HTTP/1.1\nA: b\r\nC: d\re', 3, 6, 'line-feed-after-cr'],
  ] as const)('%j fails at %i:%i expecting %s', (text, line, column, expected) => {
    const e = error(text);
    expect([e.line, e.column, e.expected, e.source]).toEqual([line, column, expected, 'request']);
    expect(e.message).toMatch(new RegExp(`^${line}:${column}: expected `));
  });
});

describe('parseRequest on bytes', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('keeps a body that is not UTF-8 as the bytes given; the head is text', () => {
    const body = Uint8Array.from([0xff, 0x00, 0xc3, 0x28, 0x80]);
    const r = parseRequest(Uint8Array.from([...enc('\r\nPUT /k HTTP/1.1\r\nHost: h\r\n\r\n'), ...body]));
    expect([...r.bodyBytes]).toEqual([...body]);
    expect(r.method.text).toBe('PUT');
    expect(r.headers.map((h) => h.name.text)).toEqual(['Host']);
    expect(r.source.slice(r.body.start)).toBe(r.body.text);
  });
  it('reads UTF-8 in the head (a raw path) and a text body exactly as parseRequest(text) does', () => {
    const text = 'GET /ሴ HTTP/1.1\nHost: h\n\nbody é';
    const fromBytes = parseRequest(enc(text));
    const fromText = parseRequest(text);
    expect(fromBytes.path).toEqual(fromText.path);
    expect([...fromBytes.bodyBytes]).toEqual([...fromText.bodyBytes]);
    expect(fromBytes.source).toBe(text);
  });
  it('a head without a blank line is all head', () => {
    expect(parseRequest(enc('GET / HTTP/1.1\nHost: h\n')).bodyBytes).toHaveLength(0);
  });
  it.each([
    [[0xff], 1, 8],
    [[0xc3, 0x41], 1, 8],
    [[0xed, 0xa0, 0x80], 1, 8],
    [[0xe2, 0x82], 1, 8],
  ])('a head byte sequence that is not UTF-8 (%j) is a located error', (bad, line, column) => {
    const bytes = Uint8Array.from([...enc('GET /x/'), ...bad, ...enc(' HTTP/1.1\nHost: h\n\n')]);
    expect(() => parseRequest(bytes)).toThrow(expect.objectContaining({ expected: 'utf8-head', line, column }) as Error);
  });
});
