import { describe, expect, it } from 'vitest';
import { cmdWords, looksLikeCmd } from './cmd-words';
import { importErrorOf } from './test-support/helpers';

describe('looksLikeCmd', () => {
  it.each([
    ['curl ^"https://h/^"', true],
    ['curl "https://h/" ^\n  -H "a: b"', true],
    ['curl.exe "https://h/" ^\r\n  -H "a: b"', true],
    ['curl https://h/ \\\n  -H "a: b"', false],
    ["curl -d 'a ^\nb' https://h/", false],
    ["curl -d '^' https://h/", false],
    ['curl https://h/', false],
  ])('%j → %s', (text, want) => {
    expect(looksLikeCmd(text)).toBe(want);
  });
});

describe('cmdWords: cmd.exe then the C runtime rules', () => {
  const texts = (s: string): string[] => cmdWords(s).map((w) => w.text);
  it.each([
    ['a "b c" d', ['a', 'b c', 'd']],
    ['a ^"b c^" d', ['a', 'b c', 'd']],
    ['"a\\"b"', ['a"b']],
    ['"a""b"', ['a"b']],
    ['a\\\\b', ['a\\\\b']],
    ['"a\\\\" b', ['a\\', 'b']],
    ['"a\\\\\\"b"', ['a\\"b']],
    ['"a^b"', ['a^b']],
    ['a^&b', ['a&b']],
    ['a ^\n  b', ['a', 'b']],
    ['"" x', ['', 'x']],
    ['a | more', ['a']],
    ['a > out.txt', ['a']],
  ])('%j → %j', (input, want) => {
    expect(texts(input)).toEqual(want);
  });
  it('maps caret escapes to both characters', () => {
    const [w] = cmdWords('^"x^&y^"');
    expect(w!.text).toBe('x&y');
    expect(w!.starts).toEqual([2, 3, 5]);
    expect(w!.ends).toEqual([3, 5, 6]);
  });
  it('errors: unclosed quote, bare line break, unquoted &', () => {
    expect(importErrorOf(() => cmdWords('a "b')).expected).toBe('closing-quote');
    expect(importErrorOf(() => cmdWords('a\nb')).expected).toBe('line-continuation');
    const amp = importErrorOf(() => cmdWords('a?x=1&y'));
    expect([amp.expected, amp.column]).toEqual(['quoted-operator', 6]);
  });
});
