/**
 * A small seeded PRNG: cyrb128 hashes `seed` and a label into four words, sfc32 (PractRand-tested,
 * public domain) turns them into a stream. Each label is its own stream, so adding a value never
 * shifts another one. No Math.random and no module state (architecture practice 4).
 */

/** What a generated value is derived from: the same seed gives the same values. */
export type Seed = string | number;

/** A stream of pseudo-random numbers; the closure holds its state, the module holds none. */
export interface Rng {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [0, n). */
  readonly int: (n: number) => number;
  /** `n` random bytes. */
  readonly bytes: (n: number) => Uint8Array;
  /** `n` characters drawn uniformly from `alphabet`. */
  readonly chars: (alphabet: string, n: number) => string;
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** The stream named `label` of `seed`. */
export function rngFor(seed: Seed, label: string): Rng {
  let [a, b, c, d] = cyrb128(`${String(seed)}\u0000${label}`);
  const word = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Discard the first outputs: sfc32's state needs a few rounds to mix a hashed seed.
  for (let i = 0; i < 12; i++) word();
  const next = (): number => word() / 4294967296;
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    bytes: (n) => Uint8Array.from({ length: n }, () => word() & 0xff),
    chars: (alphabet, n) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]!).join(''),
  };
}

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 (RFC 4648 §4, padded), or its URL-safe alphabet (§5) with or without padding. */
export function base64(bytes: Uint8Array, variant: 'std' | 'url' | 'url-nopad' = 'std'): string {
  const abc = variant === 'std' ? STD : STD.slice(0, 62) + '-_';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const left = bytes.length - i;
    out += abc[(n >> 18) & 63]! + abc[(n >> 12) & 63]!;
    out += left > 1 ? abc[(n >> 6) & 63]! : '=';
    out += left > 2 ? abc[n & 63]! : '=';
  }
  return variant === 'url-nopad' ? out.replace(/=+$/, '') : out;
}

/** Base64 of a string's UTF-8 bytes. */
export function base64Text(text: string, variant: 'std' | 'url' | 'url-nopad' = 'std'): string {
  return base64(new TextEncoder().encode(text), variant);
}
