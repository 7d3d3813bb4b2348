/** The line alignment against the full LCS table it replaced, and its bound on texts with little in common. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignLines, canonicalRequestLines } from './lines';
import type { TextDiff } from './types';

/** The old alignment's pairs: a longest common subsequence of the keys from the full (n+1)×(m+1) table. */
function tablePairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const w = b.length + 1;
  const len = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      len[i * w + j] = a[i] === b[j] ? len[(i + 1) * w + j + 1]! + 1 : Math.max(len[(i + 1) * w + j]!, len[i * w + j + 1]!);
    }
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (len[(i + 1) * w + j]! >= len[i * w + j + 1]!) i++;
    else j++;
  }
  return out;
}

const pairsOf = (d: TextDiff) => d.lines.filter((l) => l.serverLine !== null && l.oursLine !== null).map((l) => [l.serverLine, l.oursLine]);
const creq = (headers: readonly string[], tail: readonly string[] = []) => ['GET', '/', '', ...headers, '', 'host', 'abc', ...tail].join('\n');

// Header lines from a small pool, in any order and repeated: every shape of key list.
const header = fc.tuple(fc.constantFrom('a', 'b', 'c', 'host', 'my', 'x-amz-date'), fc.constantFrom('1', '2', ' x'));
const request = fc.record({
  headers: fc.array(header.map(([n, v]) => `${n}:${v}`), { maxLength: 10 }),
  tail: fc.array(fc.constantFrom('', 'h', 'q'), { maxLength: 3 }),
}).map(({ headers, tail }) => creq(headers, tail));

describe('alignLines', () => {
  it('pairs the lines the full LCS table paired', () => {
    fc.assert(
      fc.property(request, request, (s, o) => {
        const [server, ours] = [canonicalRequestLines(s), canonicalRequestLines(o)];
        expect(pairsOf(alignLines(server, ours))).toEqual(tablePairs(server.map((l) => l.key), ours.map((l) => l.key)));
      }),
      { numRuns: 5000 },
    );
  });

  it('pairs the same lines in permuted header blocks', () => {
    const names = fc.shuffledSubarray(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']).map((ns) => creq(ns.map((n) => `${n}:v`)));
    fc.assert(
      fc.property(names, names, (s, o) => {
        const [server, ours] = [canonicalRequestLines(s), canonicalRequestLines(o)];
        expect(pairsOf(alignLines(server, ours))).toEqual(tablePairs(server.map((l) => l.key), ours.map((l) => l.key)));
      }),
      { numRuns: 5000 },
    );
  });

  it('shows every line of two 5,000-header blocks with nothing in common once, on its own side', () => {
    const block = (p: string) => Array.from({ length: 5000 }, (_, i) => `${p}${String(i).padStart(4, '0')}:v`);
    const d = alignLines(canonicalRequestLines(creq(block('a'))), canonicalRequestLines(creq(block('b'))));
    const headers = d.lines.filter((l) => l.part === 'header');
    expect(headers).toHaveLength(10_000);
    expect(headers.every((l) => (l.server === null) !== (l.ours === null))).toBe(true);
    // The common head (method, URI, query) and tail (blank line, signed headers, hash) still pair.
    expect(d.lines.filter((l) => l.equal).map((l) => l.part)).toEqual(['method', 'uri', 'query', 'blank', 'signed-headers', 'payload-hash']);
  });

  it('finds the one changed line of 20,000', () => {
    const block = Array.from({ length: 20_000 }, (_, i) => `x-h${String(i).padStart(5, '0')}:v`);
    const changed = block.map((h, i) => (i === 12_345 ? h + ' ' : h));
    const d = alignLines(canonicalRequestLines(creq(block)), canonicalRequestLines(creq(changed)));
    expect(d.lines.filter((l) => !l.equal).map((l) => [l.header, l.bytes?.map((b) => b.kind).join(',')])).toEqual([['x-h12345', 'equal,inserted']]);
  });
});
