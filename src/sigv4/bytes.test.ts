import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { hmacSha256Text, sha256Text, toHex, utf8 } from './bytes';

const enc = new TextEncoder();

// Lengths around each path: the copy loop (≤ 48), the shared buffer (first size 4096 bytes, at most
// 3 bytes a unit), its growth, and the direct encoding beyond 1 Mi units.
const LENGTHS = [0, 1, 48, 49, 1365, 1366, 5000, 1 << 20, (1 << 20) + 1];
const KINDS: Record<string, (n: number) => string> = {
  ascii: (n) => 'a'.repeat(n),
  'three-byte': (n) => '語'.repeat(n),
  // A lone surrogate becomes U+FFFD, as TextEncoder makes it.
  'lone surrogate': (n) => (n === 0 ? '' : 'x'.repeat(n - 1) + '\ud800'),
};

describe('UTF-8 for hashing', () => {
  for (const [kind, make] of Object.entries(KINDS)) {
    it(`${kind}: utf8, sha256Text and hmacSha256Text agree with TextEncoder at every length`, () => {
      const key = utf8('AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY');
      for (const n of LENGTHS) {
        const text = make(n);
        const bytes = enc.encode(text);
        expect(toHex(utf8(text)), `utf8 ${n}`).toBe(toHex(bytes));
        expect(toHex(sha256Text(text)), `sha256 ${n}`).toBe(toHex(sha256(bytes)));
        expect(toHex(hmacSha256Text(key, text)), `hmac ${n}`).toBe(toHex(hmac(sha256, key, bytes)));
      }
    });
  }

  it('a hash taken after a longer one sees only its own bytes (the shared buffer is not read past the text)', () => {
    sha256Text('z'.repeat(3000));
    expect(toHex(sha256Text('b'.repeat(100)))).toBe(toHex(sha256(enc.encode('b'.repeat(100)))));
  });
});
