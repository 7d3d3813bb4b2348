import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toHex } from './bytes';
import { ResumableSha256 } from './resumable-sha256';

const reference = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A fixed sequence of pseudo-random 32-bit integers (a linear congruential generator), so a failure repeats. */
function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

function bytesOf(n: number, next: () => number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = next() & 0xff;
  return out;
}

/** `body` with `count` bytes at `at` replaced by `insert`. */
function splice(body: Uint8Array, at: number, count: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length - count + insert.length);
  out.set(body.subarray(0, at));
  out.set(insert, at);
  out.set(body.subarray(at + count), at + insert.length);
  return out;
}

describe('SHA-256 resumed from the shared prefix', () => {
  it('equals a whole hash after every edit: typing at the end, in the middle, deleting, pasting, at and around every 4 KiB boundary', () => {
    const next = numbers(12);
    const hasher = new ResumableSha256();
    let body = bytesOf(20_000, next);
    for (let edit = 0; edit < 400; edit++) {
      const kind = next() % 5;
      const at = kind === 0 ? body.length : kind === 1 ? 4096 * (1 + (next() % 4)) - 1 + (next() % 3) : next() % (body.length + 1);
      const count = kind === 2 ? Math.min(next() % 9000, body.length - Math.min(at, body.length)) : kind === 3 ? 1 : 0;
      const insert = kind === 2 ? new Uint8Array(0) : bytesOf(kind === 4 ? next() % 6000 : 1, next);
      body = splice(body, Math.min(at, body.length), count, insert);
      expect(toHex(hasher.digest(body)), `edit ${edit}: ${body.length} bytes`).toBe(reference(body));
    }
  });

  it('equals a whole hash for empty, tiny, boundary-sized and unrelated bodies in any order', () => {
    const next = numbers(7);
    const hasher = new ResumableSha256();
    for (const n of [0, 1, 63, 64, 4095, 4096, 4097, 8192, 0, 65_536, 65_536, 3, 12_288]) {
      const body = bytesOf(n, next);
      expect(toHex(hasher.digest(body)), `${n} bytes`).toBe(reference(body));
      // The same body again: the kept digest.
      expect(toHex(hasher.digest(body)), `${n} bytes, again`).toBe(reference(body));
    }
  });

  it('is not fooled by a buffer changed in place after it was hashed', () => {
    const hasher = new ResumableSha256();
    const body = bytesOf(10_000, numbers(3));
    hasher.digest(body);
    body[5] = body[5]! ^ 0xff;
    expect(toHex(hasher.digest(body))).toBe(reference(body));
  });

  it('returns a digest the caller may change without changing the next one', () => {
    const hasher = new ResumableSha256();
    const body = bytesOf(5000, numbers(5));
    hasher.digest(body).fill(0);
    expect(toHex(hasher.digest(body))).toBe(reference(body));
  });
});
