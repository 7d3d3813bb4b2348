import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { shellWords } from './shell-words';

const texts = (s: string): string[] => shellWords(s).map((w) => w.text);

describe('shellWords: POSIX quoting', () => {
  it.each([
    [`a 'b c' "d e" f\\ g`, ['a', 'b c', 'd e', 'f g']],
    [`'a'"b"c`, ['abc']],
    [`'' "" x`, ['', '', 'x']],
    [`"a\\"b" "c\\\\d" "\\$e" "\\\`f" "\\g"`, ['a"b', 'c\\d', '$e', '`f', '\\g']],
    [`'it'\\''s'`, ["it's"]],
    [`'a\\nb'`, ['a\\nb']],
    [`$'a\\nb' $'\\t' $'\\x41\\101\\u00e9' $'\\''`, ['a\nb', '\t', 'AAé', "'"]],
    [`$'\\xc3\\xa9' $'\\U0001F600' $'\\cA' $'\\q'`, ['é', '😀', '\x01', '\\q']],
    [`$'\\ud83d\\ude00'`, ['😀']],
    [`$'a\\0b'`, ['a']],
    [`$"x y"`, ['x y']],
    [`a\\\nb c \\\n  d`, ['ab', 'c', 'd']],
    [`"a\\\nb"`, ['ab']],
    [`a \\\r\n b`, ['a', 'b']],
    [`$HOME "$X" \`id\``, ['$HOME', '$X', '`id`']],
    [`a # comment`, ['a']],
    [`a#b`, ['a#b']],
    [`a | jq .`, ['a']],
    [`a; echo`, ['a']],
    [`a && b`, ['a']],
    [`a &`, ['a']],
    [`a > out.json b`, ['a', 'b']],
    [`a 2>/dev/null b`, ['a', 'b']],
    [`a >out 2>&1`, ['a']],
    [`a\n\n`, ['a']],
    [`trailing\\`, ['trailing\\']],
  ])('%s', (input, want) => {
    expect(texts(input)).toEqual(want);
  });

  it('maps each character to its place in the input; escapes to the escape sequence', () => {
    const [w] = shellWords(`'ab'"c\\"d"e`);
    expect(w!.text).toBe('abc"de');
    expect(w!.starts).toEqual([1, 2, 5, 6, 8, 10]);
    expect(w!.ends).toEqual([2, 3, 6, 8, 9, 11]);
    expect([w!.start, w!.end]).toEqual([0, 11]);
  });
  it('maps ANSI-C escapes to their sequences', () => {
    const [w] = shellWords(`$'a\\n\\x41'`);
    expect(w!.starts).toEqual([2, 3, 5]);
    expect(w!.ends).toEqual([3, 5, 9]);
  });
  it('an empty quoted word spans its quotes', () => {
    const [w] = shellWords(`  ''`);
    expect([w!.text, w!.start, w!.end]).toEqual(['', 2, 4]);
  });
});

describe('shellWords: errors', () => {
  const err = (s: string): ImportError => {
    try {
      shellWords(s);
    } catch (e) {
      if (e instanceof ImportError) return e;
      throw e;
    }
    throw new Error('no error');
  };
  it.each([
    [`a 'bc`, 'closing-quote', 1, 3],
    [`a \\\n  "b`, 'closing-quote', 2, 3],
    [`a $'b`, 'closing-quote', 1, 3],
    [`a\nb`, 'line-continuation', 1, 2],
    [`a?x=1&y=2`, 'quoted-operator', 1, 6],
    [`a (b)`, 'quoted-operator', 1, 3],
  ])('%j → %s at %i:%i', (input, expected, line, column) => {
    const e = err(input);
    expect([e.expected, e.line, e.column]).toEqual([expected, line, column]);
  });
});
