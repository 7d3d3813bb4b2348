import { describe, expect, it } from 'vitest';
import type { Arg } from './curl-args';
import { curlEscape, headerEffect, urlencodeArg } from './curl-data';
import { mappedSlice } from './offset-map';

const arg = (text: string): Arg => ({ value: mappedSlice(text, 0, text.length), at: 0, flag: '-H', flagAt: 0 });

describe('curlEscape', () => {
  it('keeps the unreserved set and percent-encodes UTF-8 bytes in upper case', () => {
    const s = 'aZ0-._~ +/é😀';
    const e = curlEscape(mappedSlice(s, 0, s.length));
    expect(e.text).toBe('aZ0-._~+%2B%2F%C3%A9%F0%9F%98%80');
    // a space becomes + (curl's --data-urlencode); every unit of an escape maps to the character it encodes; the emoji to both of its units
    expect(e.starts.slice(7, 11)).toEqual([7, 8, 8, 8]);
    expect([e.starts[e.text.length - 1], e.ends[e.text.length - 1]]).toEqual([11, 13]);
  });
  it('data-urlencode forms', () => {
    expect(urlencodeArg('', arg('a b')).text).toBe('a+b');
    expect(urlencodeArg('', arg('=a=b')).text).toBe('a%3Db');
    expect(urlencodeArg('', arg('n m=a@b')).text).toBe('n m=a%40b');
  });
});

describe('headerEffect', () => {
  it.each([
    ['X: 1', { kind: 'send', name: 'X', line: 'X: 1' }],
    ['X:1', { kind: 'send', name: 'X', line: 'X:1' }],
    ['X:', { kind: 'remove', name: 'X' }],
    ['X:   ', { kind: 'remove', name: 'X' }],
    ['X;', { kind: 'send', name: 'X', line: 'X:' }],
    ['X; ', { kind: 'send', name: 'X', line: 'X:' }],
  ])('%j', (value, want) => {
    const e = headerEffect('', arg(value));
    expect(e.kind === 'send' ? { ...e, line: e.line.text } : e).toEqual(want);
  });
});
