import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64, base64Text, rngFor } from './rng';

describe('rngFor', () => {
  it('is deterministic per seed and label', () => {
    expect(rngFor(1, 'a').chars('abc', 20)).toBe(rngFor(1, 'a').chars('abc', 20));
    expect(rngFor('1', 'a').next()).toBe(rngFor(1, 'a').next());
  });
  it('gives different streams for different seeds and labels', () => {
    expect(rngFor(1, 'a').chars('0123456789', 20)).not.toBe(rngFor(2, 'a').chars('0123456789', 20));
    expect(rngFor(1, 'a').chars('0123456789', 20)).not.toBe(rngFor(1, 'b').chars('0123456789', 20));
  });
  it('stays in range', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const r = rngFor(seed, 'x');
        const v = r.next();
        const i = r.int(n);
        return v >= 0 && v < 1 && Number.isInteger(i) && i >= 0 && i < n;
      }),
    );
  });
  it('draws every character of an alphabet over many draws', () => {
    expect(new Set(rngFor(3, 'x').chars('ABCD', 200)).size).toBe(4);
  });
});

describe('base64', () => {
  it('matches Node for every length and variant', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const b = Buffer.from(bytes);
        return (
          base64(bytes) === b.toString('base64') &&
          base64(bytes, 'url-nopad') === b.toString('base64url') &&
          base64(bytes, 'url').replace(/=+$/, '') === b.toString('base64url')
        );
      }),
    );
  });
  it('encodes text as UTF-8', () => {
    expect(base64Text('{"alg":"RS256"}', 'url-nopad')).toBe('eyJhbGciOiJSUzI1NiJ9');
  });
});
