import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteDiff, diffBytes, visibleText } from './byte-diff';
import type { ByteDiff } from './types';

const enc = (s: string) => new TextEncoder().encode(s);
const kinds = (d: readonly ByteDiff[]) => d.map((r) => r.kind).join(',');
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');

/** Length of a longest common subsequence, by the textbook table (the minimal edit count is n + m - 2·lcs). */
function lcs(a: Uint8Array, b: Uint8Array): number {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[a.length]![b.length]!;
}

function checkTiling(a: Uint8Array, b: Uint8Array, d: readonly ByteDiff[]): void {
  let ai = 0;
  let bi = 0;
  for (const r of d) {
    expect([r.serverStart, r.oursStart]).toEqual([ai, bi]);
    expect(r.server).toEqual(a.slice(r.serverStart, r.serverEnd));
    expect(r.ours).toEqual(b.slice(r.oursStart, r.oursEnd));
    if (r.kind === 'equal') expect(r.server).toEqual(r.ours);
    if (r.kind === 'inserted') expect(r.server.length).toBe(0);
    if (r.kind === 'deleted') expect(r.ours.length).toBe(0);
    if (r.kind === 'changed') expect(r.server.length > 0 && r.ours.length > 0).toBe(true);
    ai = r.serverEnd;
    bi = r.oursEnd;
  }
  expect([ai, bi]).toEqual([a.length, b.length]);
}

describe('byteDiff', () => {
  it('shows a trailing space as one inserted byte', () => {
    const d = byteDiff('host:example.com', 'host:example.com ');
    expect(kinds(d)).toBe('equal,inserted');
    expect(hex(d[1]!.ours)).toBe('20');
    expect([d[1]!.oursStart, d[1]!.oursEnd]).toEqual([16, 17]);
  });

  it('shows a tab against a space, and a stray carriage return', () => {
    expect(hex(byteDiff('a b', 'a\tb')[1]!.ours)).toBe('09');
    const cr = byteDiff('x-amz-date:20150830T123600Z', 'x-amz-date:20150830T123600Z\r');
    expect(kinds(cr)).toBe('equal,inserted');
    expect(hex(cr[1]!.ours)).toBe('0d');
  });

  it('shows NBSP as its two UTF-8 bytes against a space', () => {
    const d = byteDiff('my-header:a b', 'my-header:a\u00a0b');
    expect(kinds(d)).toBe('equal,changed,equal');
    expect(hex(d[1]!.server)).toBe('20');
    expect(hex(d[1]!.ours)).toBe('c2 a0');
  });

  it('shows the case of hex digits', () => {
    const d = byteDiff('a=%2F', 'a=%2f');
    expect(kinds(d)).toBe('equal,changed');
    expect(new TextDecoder().decode(d[1]!.ours)).toBe('f');
  });

  it('widens a run to whole UTF-8 characters: é against è is one changed character', () => {
    const d = byteDiff('/caf\u00e9', '/caf\u00e8');
    expect(kinds(d)).toBe('equal,changed');
    expect(hex(d[1]!.server)).toBe('c3 a9');
    expect(hex(d[1]!.ours)).toBe('c3 a8');
  });

  it('finds %253D against %3D as two inserted bytes', () => {
    const d = byteDiff('/a%253Db', '/a%3Db');
    expect(kinds(d)).toBe('equal,deleted,equal');
    expect(new TextDecoder().decode(d[1]!.server)).toBe('25');
  });

  it('equal lines are one equal run; empty lines none', () => {
    expect(kinds(byteDiff('same', 'same'))).toBe('equal');
    expect(byteDiff('', '')).toEqual([]);
    expect(kinds(byteDiff('', 'x'))).toBe('inserted');
  });

  it('tiles both sides with a minimal edit script (property)', () => {
    const bytes = fc.uint8Array({ maxLength: 24 }).map((u) => u.map((x) => 97 + (x % 4)));
    fc.assert(
      fc.property(bytes, bytes, (a, b) => {
        const d = diffBytes(a, b);
        checkTiling(a, b, d);
        const edits = d.filter((r) => r.kind !== 'equal').reduce((n, r) => n + r.server.length + r.ours.length, 0);
        expect(edits).toBe(a.length + b.length - 2 * lcs(a, b));
      }),
    );
  });

  it('never splits a UTF-8 character (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', 'è', '日', '本', ' ', '\u00a0'), maxLength: 12 });
    fc.assert(
      fc.property(text, text, (x, y) => {
        const [a, b] = [enc(x), enc(y)];
        const d = diffBytes(a, b);
        checkTiling(a, b, d);
        for (const r of d) for (const [s, at] of [[a, r.serverStart], [b, r.oursStart]] as const) expect((s[at] ?? 0) & 0xc0).not.toBe(0x80);
      }),
    );
  });

  it('reports lines with little in common as one changed run past the edit limit', () => {
    const a = new Uint8Array(3000).fill(97);
    const b = new Uint8Array(3000).fill(98);
    const d = diffBytes(a, b);
    expect(kinds(d)).toBe('changed');
    checkTiling(a, b, d);
  });
});

describe('visibleText', () => {
  it('makes spaces, tabs, line ends, controls and NBSP visible', () => {
    expect(visibleText(' a\tb\r\n\u0001\u00a0\u200b')).toBe('␣a\\tb\\r\\n\\x01\\u{A0}\\u{200B}');
    expect(visibleText(enc('é'))).toBe('é');
  });
});
