import { describe, expect, it } from 'vitest';
import { shellConcat, shellQuote, shellWord } from './shell-quote';
import { bashWords, has, splitWords } from './test-shell';

describe('shell quoting', () => {
  it('quotes a single quote as quote-backslash-quote-quote', () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(splitWords(shellQuote("it's"))).toEqual(["it's"]);
  });

  it('leaves plain words bare', () => {
    expect(shellWord('GET')).toBe('GET');
    expect(shellWord('a b')).toBe("'a b'");
    expect(shellWord('~x')).toBe("'~x'");
  });

  it('joins literals and expansions into one word', () => {
    expect(shellConcat([{ literal: "a'" }, { expr: '$T' }, { literal: '' }])).toBe("'a'\\'''\"$T\"");
    expect(shellConcat([])).toBe("''");
  });

  it.skipIf(!has('bash'))('survives bash byte for byte: %, backslash, $, quotes, line breaks, tabs', () => {
    const nasty = ["it's", '100% \\n $HOME `x` "q"', 'line 1\nline 2\n', '\t', ''];
    expect(bashWords('x ' + nasty.map(shellQuote).join(' '))).toEqual(nasty);
  });
});
