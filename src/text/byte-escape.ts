/**
 * Bytes that are not UTF-8 carried through text, as Python's "surrogateescape" does (PEP 383): each
 * undecodable byte 0x80–0xFF becomes the lone surrogate U+DC80–U+DCFF, and encoding turns those back
 * into the very bytes. A shell's `$'\xff'` is a byte, not a character; the body must stay that byte.
 */

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none (RFC 3629 §4). */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  const d = b[i + 1]!;
  if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f)) return 0;
  return n;
}

/** Decodes UTF-8, each byte of an invalid sequence kept as its escape unit U+DC80–U+DCFF. */
export function decodeBytesEscaped(bytes: Uint8Array): string {
  const decoder = new TextDecoder();
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      out += String.fromCharCode(0xdc00 + bytes[i]!);
      i += 1;
    } else {
      out += decoder.decode(bytes.subarray(i, i + n));
      i += n;
    }
  }
  return out;
}

/** True when text carries escaped bytes (a lone U+DC80–U+DCFF). */
export function hasEscapedBytes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) return true;
  }
  return false;
}

/** Encodes text as UTF-8, each escape unit U+DC80–U+DCFF back to its byte. */
export function encodeBytesEscaped(text: string): Uint8Array {
  const encoder = new TextEncoder();
  const parts: number[] = [];
  let run = 0;
  const flush = (end: number): void => {
    if (end > run) for (const b of encoder.encode(text.slice(run, end))) parts.push(b);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const paired = i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (c >= 0xdc80 && c <= 0xdcff && !paired) {
      flush(i);
      parts.push(c - 0xdc00);
      run = i + 1;
    }
  }
  flush(text.length);
  return Uint8Array.from(parts);
}
