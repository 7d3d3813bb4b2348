/** The header value's origin, counted by scanning, against the regular expressions it replaced. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse-request';
import type { HeaderField } from './request';
import { fieldValue } from './signing-headers';

/** The old origin: the blanks at either end measured with `/^[ \t]+/` and `/[ \t]+$/`. */
function regexOrigin(h: HeaderField): { start: number; end: number } {
  const first = h.value[0]!;
  const last = h.value[h.value.length - 1]!;
  const text = h.value.map((v) => v.text).join('');
  const lead = text.length - text.replace(/^[ \t]+/, '').length;
  const trail = text.length - text.replace(/[ \t]+$/, '').length;
  const start = lead === text.length ? first.start : first.start + lead;
  const end = lead === text.length ? first.start : Math.max(start, last.end - trail);
  return { start, end };
}

const piece = fc.array(fc.constantFrom(' ', '\t', 'a', 'b', '\u00a0'), { maxLength: 6 }).map((u) => u.join(''));

describe('fieldValue', () => {
  it('spans the value without its surrounding blanks, as the regular expressions measured it', () => {
    fc.assert(
      fc.property(piece, fc.array(piece.map((p) => ' ' + p), { maxLength: 3 }), (value, continuations) => {
        const text = `GET / HTTP/1.1\nX-A:${value}\n${continuations.map((c) => c + '\n').join('')}\n`;
        const h = parseRequest(text).headers[0]!;
        const { origin } = fieldValue(h);
        expect(origin.kind === 'request' ? { start: origin.start, end: origin.end } : null).toEqual(regexOrigin(h));
      }),
      { numRuns: 5000 },
    );
  });

  it('measures a run of 65,536 blanks followed by x at once (the regular expression took seconds)', () => {
    const text = `GET / HTTP/1.1\nX-A: a${' '.repeat(65_536)}x \n\n`;
    const t0 = performance.now();
    const { origin } = fieldValue(parseRequest(text).headers[0]!);
    expect(origin).toMatchObject({ start: text.indexOf('a'), end: text.indexOf('x') + 1 });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
