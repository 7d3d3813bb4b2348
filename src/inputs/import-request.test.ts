import { describe, expect, it } from 'vitest';
import { SigV4Error } from '../sigv4';
import { detectInputKind } from './detect';
import { importRequest } from './import-request';
import { toInputRange } from './offset-map';
import { headerPairs, imported, importErrorOf } from './test-support/helpers';

describe('detectInputKind', () => {
  it.each([
    ['', 'empty'],
    [' \n\t ', 'empty'],
    ['curl https://h/', 'curl'],
    ['$ curl https://h/', 'curl'],
    ['  CURL.EXE "https://h/"', 'curl'],
    ['/usr/local/bin/curl -s https://h/', 'curl'],
    ['curlx https://h/', 'http'],
    ['https://iam.amazonaws.com/?Action=ListUsers', 'url'],
    ['  http://h:8080/x#y \n', 'url'],
    ['iam.amazonaws.com/?Action=ListUsers', 'url'],
    ['GET / HTTP/1.1\nHost: h\n', 'http'],
    ['GET https://h/ HTTP/1.1', 'http'],
    ['https://h/ and more', 'http'],
  ])('%j → %s', (text, kind) => {
    expect(detectInputKind(text)).toBe(kind);
  });
});

describe('importRequest: raw HTTP', () => {
  const raw = 'POST /?a=1 HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\n\r\nbody';
  it('keeps the text as it is, mapped onto itself', () => {
    const r = imported(raw);
    expect(r.kind).toBe('http');
    expect(r.httpText).toBe(raw);
    expect(r.unsigned).toEqual([]);
    expect(r.request.lineEnding).toBe('\r\n');
    expect(toInputRange(r.map, 5, 9)).toEqual({ start: 5, end: 9 });
    expect(r.presigned).toBe(false);
  });
  it.each([
    ['Sec-Fetch-Mode: cors\n'],
    ['sec-ch-ua: "Chromium"\n'],
    ['Origin: https://app\nReferer: https://app/page\n'],
  ])('a browser request (%j) leaves its never-signed headers unsigned', (extra) => {
    const r = imported(`GET / HTTP/1.1\nHost: h\nUser-Agent: Mozilla/5.0\n${extra}`);
    expect(r.unsigned).toContain('user-agent');
    expect(r.unsigned.every((n) => n === 'user-agent' || n.startsWith('sec-') || n === 'referer')).toBe(true);
  });
  it('Origin alone is not enough to call it a browser', () => {
    expect(imported('GET / HTTP/1.1\nHost: h\nUser-Agent: x\nOrigin: https://app\n').unsigned).toEqual([]);
  });
  it("rethrows the core's SigV4Error unchanged", () => {
    let err: unknown;
    try {
      importRequest('GET / HTTP/1.1\nHost h\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SigV4Error);
    expect(err).toMatchObject({ expected: 'header-colon', line: 2, column: 5 });
  });
  it('flags a presigned request line', () => {
    expect(imported('GET /k?X-Amz-Signature=ab HTTP/1.1\nHost: h\n').presigned).toBe(true);
  });
});

describe('importRequest: empty', () => {
  it('returns kind empty with no request', () => {
    expect(importRequest('  \n')).toEqual({ kind: 'empty', httpText: '', request: null, map: { runs: [] }, presigned: false, unsigned: [], secrets: [] });
  });
});

describe('importRequest: URL', () => {
  const url = 'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';
  it('a presigned URL: GET, path and query exactly as written, flagged presigned', () => {
    const r = imported(`  ${url}#part\n`);
    expect(r.kind).toBe('url');
    expect(r.unsigned).toEqual([]);
    expect(r.httpText).toBe(`GET ${url.slice(38)} HTTP/1.1\nHost: examplebucket.s3.amazonaws.com\n`);
    expect(r.presigned).toBe(true);
    const q = r.request.query!;
    expect(toInputRange(r.map, q.start, q.end)).toEqual({ start: 2 + 48, end: 2 + url.length });
  });
  it('no path becomes /, nothing is re-encoded, the fragment is dropped', () => {
    expect(imported('https://h?a=%2f+b#x').httpText).toBe('GET /?a=%2f+b HTTP/1.1\nHost: h\n');
    expect(imported('https://h:443/a%20b/../c').httpText).toBe('GET /a%20b/../c HTTP/1.1\nHost: h\n');
    expect(imported('https://h:8443').httpText).toBe('GET / HTTP/1.1\nHost: h:8443\n');
  });
  it('a URL without a host or with a bad port is an error at that place', () => {
    const host = importErrorOf(() => importRequest('http://:80/'));
    expect([host.kind, host.expected, host.line, host.column]).toEqual(['url', 'url', 1, 8]);
    const port = importErrorOf(() => importRequest('\n  https://h:x/'));
    expect([port.kind, port.expected, port.line, port.column, port.found]).toEqual(['url', 'url-port', 2, 12, ':x']);
  });
});

describe('map round trips: curl header values land on their characters in the command', () => {
  it.each([
    [`curl -H 'X-A: one' https://h/`],
    [`curl -H "X-A: two" https://h/`],
    [`curl -H X-A:\\ three https://h/`],
    [`curl \\\n  -H 'X-A: four' \\\n  https://h/`],
    [`curl -HX-A:five https://h/`],
    [`curl -H $'X-A: six' https://h/`],
  ])('%s', (cmd) => {
    const r = imported(cmd);
    const h = r.request.headers.find((f) => f.name.text === 'X-A')!;
    const v = h.value[0]!;
    const range = toInputRange(r.map, v.start, v.end)!;
    expect(cmd.slice(range.start, range.end).replace('\\ ', ' ')).toBe(v.text);
    const name = toInputRange(r.map, h.name.start, h.name.end)!;
    expect(cmd.slice(name.start, name.end)).toBe('X-A');
  });
  it('escapes map to their escape sequences', () => {
    const cmd = `curl -H "X-A: a\\"b" https://h/`;
    const r = imported(cmd);
    const v = r.request.headers.find((f) => f.name.text === 'X-A')!.value[0]!;
    expect(v.text).toBe(' a"b');
    const quote = v.start + 2;
    const range = toInputRange(r.map, quote, quote + 1)!;
    expect(cmd.slice(range.start, range.end)).toBe('\\"');
  });
  it('the host, the path, the body and an encoded value map back', () => {
    const cmd = `curl 'https://h.example/a/b?x=1' --data-urlencode 'q=a b'`;
    const r = imported(cmd);
    const at = (s: number, e: number): string => {
      const g = toInputRange(r.map, s, e)!;
      return cmd.slice(g.start, g.end);
    };
    expect(at(r.request.path.start, r.request.path.end)).toBe('/a/b');
    expect(at(r.request.query!.start, r.request.query!.end)).toBe('x=1');
    const host = r.request.headers[0]!.value[0]!;
    expect(at(host.start + 1, host.end)).toBe('h.example');
    expect(r.request.body.text).toBe('q=a+b');
    expect(at(r.request.body.start + 3, r.request.body.start + 4)).toBe(' ');
    expect(at(r.request.body.start, r.request.body.end)).toBe('q=a b');
    expect(toInputRange(r.map, r.request.version.start, r.request.version.end)).toBeNull();
  });
  it('headerPairs agree with the synthesized text', () => {
    expect(headerPairs(imported(`curl -H 'A: 1' https://h/`))).toEqual([['Host', ' h'], ['Accept', ' */*'], ['A', ' 1']]);
  });
});
