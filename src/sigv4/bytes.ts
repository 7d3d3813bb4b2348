/** Bytes stay Uint8Array in the core; hex is only a display form (practice 5). */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8(text: string): Uint8Array {
  // Short ASCII strings (dates, regions, key-chain messages) are copied directly: a TextEncoder
  // call costs more than the copy below about 50 characters, and the key chain makes several per signature.
  if (text.length <= 48) {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c > 127) return encoder.encode(text);
      out[i] = c;
    }
    return out;
  }
  return encoder.encode(text);
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i]!]!;
  return out;
}

// encode() allocates its result outside the heap, which costs more than the encoding: text that
// is hashed and dropped (the canonical request, the string to sign) is encoded into this buffer.
let scratch = new Uint8Array(4096);

/** The UTF-8 bytes of `text` in a shared buffer, valid until the next call: for hashing only. */
function utf8Scratch(text: string): Uint8Array {
  if (text.length <= 48) return utf8(text);
  // At most 3 bytes per UTF-16 unit.
  if (text.length * 3 > scratch.length) {
    if (text.length > 1 << 20) return encoder.encode(text);
    scratch = new Uint8Array(Math.max(text.length * 3, scratch.length * 2));
  }
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}

/** SHA-256 of the UTF-8 bytes of text. */
export function sha256Text(text: string): Uint8Array {
  return sha256(utf8Scratch(text));
}

/** HMAC-SHA256 of the UTF-8 bytes of text under a raw key. */
export function hmacSha256Text(key: Uint8Array, text: string): Uint8Array {
  return hmac(sha256, key, utf8Scratch(text));
}

/** SHA-256 of bytes. */
export function sha256Bytes(data: Uint8Array): Uint8Array {
  return sha256(data);
}

/** HMAC-SHA256 of a message under a raw key. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  return hmac(sha256, key, message);
}

/** Bytes of a hex text (even length, hex digits only), or null. */
export function bytesOfHex(hex: string): Uint8Array | null {
  return /^(?:[0-9a-fA-F]{2})*$/.test(hex) ? hexBytes(hex) : null;
}

/** Bytes of a hex text known to be well formed (even length, hex digits only). */
export function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
