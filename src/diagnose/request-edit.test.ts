import { describe, expect, it } from 'vitest';
import { addHeader, findHeader, hasRepeatedHeader, headerValue, removeHeaders, removeQueryParam, replaceHeaderValue, tryParse } from './request-edit';

const CRLF = 'GET /?a=1&X-Amz-Security-Token=t&b=2 HTTP/1.1\r\nHost: example.com\r\nX-Amz-Security-Token: t\r\nMy: a\r\n  b\r\n\r\nbody';

describe('request edits', () => {
  it('replaces a folded value on one line, keeping the space after the colon', () => {
    const req = tryParse(CRLF)!;
    const out = replaceHeaderValue(req, findHeader(req, 'my')!, 'c');
    expect(out).toContain('My: c\r\n\r\nbody');
    expect(headerValue(findHeader(tryParse(out)!, 'my')!)).toBe(' c');
  });

  it('adds a header with the request’s own line ending', () => {
    expect(addHeader(tryParse(CRLF)!, 'X-New', 'v')).toContain('  b\r\nX-New: v\r\n\r\nbody');
    expect(addHeader(tryParse('GET / HTTP/1.1\n')!, 'Host', 'h')).toBe('GET / HTTP/1.1\nHost: h\n');
  });

  it('removes header lines and query parameters of a name', () => {
    const out = removeQueryParam(removeHeaders(CRLF, 'x-amz-security-token'), 'x-amz-security-token');
    expect(out).toBe('GET /?a=1&b=2 HTTP/1.1\r\nHost: example.com\r\nMy: a\r\n  b\r\n\r\nbody');
    expect(removeQueryParam('GET /?t=1 HTTP/1.1\n', 't')).toBe('GET / HTTP/1.1\n');
    expect(removeQueryParam('GET / HTTP/1.1\n', 't')).toBe('GET / HTTP/1.1\n');
  });

  it('tells repeated headers, and gives up on text it cannot parse', () => {
    expect(hasRepeatedHeader(tryParse('GET / HTTP/1.1\nA: 1\na: 2\n')!)).toBe(true);
    expect(hasRepeatedHeader(tryParse(CRLF)!)).toBe(false);
    expect(tryParse('not a request')).toBeNull();
    expect(removeHeaders('not a request', 'a')).toBe('not a request');
  });
});
