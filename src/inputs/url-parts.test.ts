import { describe, expect, it } from 'vitest';
import { mappedSlice } from './offset-map';
import { hostHeaderValue, removeDotSegments, splitUrl } from './url-parts';

const split = (url: string) => splitUrl(mappedSlice(url, 0, url.length), url, 'url', 0);

describe('splitUrl', () => {
  it('splits scheme, userinfo, host, port, path and query; drops the fragment', () => {
    const p = split('HTTPS://k:s@Host.example:8443/a/b?c=d#e');
    expect([p.scheme, p.userinfo?.text, p.host.text, p.port?.text, p.path.text, p.query?.text]).toEqual(['https', 'k:s', 'Host.example', '8443', '/a/b', 'c=d']);
    expect(p.path.starts[0]).toBe(29);
  });
  it('guesses http without a scheme, like curl', () => {
    const p = split('h.example/x');
    expect([p.scheme, p.host.text, p.path.text, p.query]).toEqual(['http', 'h.example', '/x', null]);
  });
  it('keeps an IPv6 literal with its brackets, an empty port means the default', () => {
    expect(split('http://[fe80::1]:81/').host.text).toBe('[fe80::1]');
    expect(split('http://h:/').port).toBeNull();
  });
  it('a ? after the # belongs to the fragment', () => {
    expect(split('https://h/p#x?y').query).toBeNull();
  });
});

describe('hostHeaderValue', () => {
  it.each([
    ['https://h:443/', 'h'],
    ['https://h:0443/', 'h'],
    ['http://h:80/', 'h'],
    ['http://h:443/', 'h:443'],
    ['https://h:80/', 'h:80'],
    ['https://h/', 'h'],
  ])('%s → %s', (url, host) => {
    const v = hostHeaderValue(split(url));
    expect(v.text).toBe(host);
    expect(v.starts.map((s) => url[s]).join('')).toBe(host);
  });
});

describe('removeDotSegments (RFC 3986 §5.2.4)', () => {
  it.each([
    ['/a/b/c/./../../g', '/a/g'],
    ['/a/./b/../c', '/a/c'],
    ['/a/b/..', '/a/'],
    ['/a/.', '/a/'],
    ['/..', '/'],
    ['/../../x', '/x'],
    ['/a//b/../c', '/a//c'],
    ['/a/..b/.c', '/a/..b/.c'],
    ['/%2e%2e/x', '/%2e%2e/x'],
    ['', ''],
  ])('%s → %s', (path, want) => {
    const out = removeDotSegments(mappedSlice(path, 0, path.length));
    expect(out.text).toBe(want);
    expect(out.starts.map((s) => path[s]).join('')).toBe(want);
  });
});
