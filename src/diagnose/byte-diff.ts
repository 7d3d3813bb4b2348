/**
 * Byte-level diff of two lines, on their UTF-8 bytes: the differences that make a signature fail are
 * often invisible (a trailing space, a tab, `\r`, NBSP, the case of a hex digit), so they are shown
 * as bytes, not as characters a font may draw alike. Myers' O(ND) algorithm (./myers.ts), after
 * trimming the common prefix and suffix.
 */
import { DELETE, EQUAL, INSERT, shortestEdit, type Op } from './myers';
import type { ByteDiff } from './types';

const encoder = new TextEncoder();

/** Past this many edits the middle is reported as one changed run (the lines have little in common). */
const MAX_EDITS = 1000;

/** A block of equal bytes (both lengths the same) or of differing bytes. */
interface Block {
  equal: boolean;
  a: number;
  b: number;
}

function blocksOf(ops: readonly Op[]): Block[] {
  const out: Block[] = [];
  for (const op of ops) {
    const equal = op === EQUAL;
    let last = out[out.length - 1];
    if (!last || last.equal !== equal) out.push((last = { equal, a: 0, b: 0 }));
    if (op !== INSERT) last.a++;
    if (op !== DELETE) last.b++;
  }
  return out;
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

/** Widens differing blocks to whole UTF-8 characters, taking bytes from the equal blocks around them. */
function widen(blocks: Block[], a: Uint8Array, b: Uint8Array): Block[] {
  let ai = 0;
  let bi = 0;
  blocks.forEach((blk, i) => {
    if (!blk.equal) {
      const before = blocks[i - 1];
      while (before && before.a > 0 && (isContinuation(a[ai]) || isContinuation(b[bi]))) {
        before.a--;
        before.b--;
        ai--;
        bi--;
        blk.a++;
        blk.b++;
      }
      const after = blocks[i + 1];
      while (after && after.a > 0 && (isContinuation(a[ai + blk.a]) || isContinuation(b[bi + blk.b]))) {
        after.a--;
        after.b--;
        blk.a++;
        blk.b++;
      }
    }
    ai += blk.a;
    bi += blk.b;
  });
  const merged: Block[] = [];
  for (const blk of blocks) {
    if (blk.a === 0 && blk.b === 0) continue;
    const last = merged[merged.length - 1];
    if (last && last.equal === blk.equal) {
      last.a += blk.a;
      last.b += blk.b;
    } else merged.push({ ...blk });
  }
  return merged;
}

/** The byte diff of two byte strings; `a` is the server's side, `b` ours. */
export function diffBytes(a: Uint8Array, b: Uint8Array): ByteDiff[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.subarray(pre, a.length - suf);
  const midB = b.subarray(pre, b.length - suf);
  const mid = shortestEdit(midA.length, midB.length, (x, y) => midA[x] === midB[y], MAX_EDITS);
  // Loops, not push(...ops): spreading a 150 KB line's ops into one call overflows the stack.
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push(EQUAL);
  if (mid) for (const op of mid) ops.push(op);
  else {
    for (let i = 0; i < midA.length; i++) ops.push(DELETE);
    for (let i = 0; i < midB.length; i++) ops.push(INSERT);
  }
  for (let i = 0; i < suf; i++) ops.push(EQUAL);
  const out: ByteDiff[] = [];
  let ai = 0;
  let bi = 0;
  for (const blk of widen(blocksOf(ops), a, b)) {
    const kind = blk.equal ? 'equal' : blk.a > 0 && blk.b > 0 ? 'changed' : blk.a > 0 ? 'deleted' : 'inserted';
    out.push({
      kind, serverStart: ai, serverEnd: ai + blk.a, oursStart: bi, oursEnd: bi + blk.b,
      server: a.slice(ai, ai + blk.a), ours: b.slice(bi, bi + blk.b),
    });
    ai += blk.a;
    bi += blk.b;
  }
  return out;
}

/** The byte diff of two lines, each taken as UTF-8; `server` is the server's line. */
export function byteDiff(server: string, ours: string): ByteDiff[] {
  return diffBytes(encoder.encode(server), encoder.encode(ours));
}

/** Invisible or look-alike characters, shown by code point (NBSP, zero-width and wide spaces, BOM). */
const INVISIBLE = /[\u0080-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufffd]/u;

/**
 * Text with invisible characters made visible, for showing a differing run: a space as `␣`, tab,
 * CR and LF as `\t` `\r` `\n`, other controls as `\xNN`, NBSP and its kin as `\u{A0}`.
 */
export function visibleText(bytes: Uint8Array | string): string {
  const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === ' ') out += '␣';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\n') out += '\\n';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).toUpperCase().padStart(2, '0');
    else if (INVISIBLE.test(ch)) out += `\\u{${c.toString(16).toUpperCase()}}`;
    else out += ch;
  }
  return out;
}
