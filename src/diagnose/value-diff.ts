/**
 * How one stage's value differs between two signatures, for showing the difference inside the value:
 * the canonical request and the string to sign line by line (./lines.ts), other text byte by byte
 * (./byte-diff.ts), digests and keys whole. A hash is compared whole wherever it stands, equal or
 * not: two hashes share characters by chance only, and marking those would be noise.
 */
import { STAGES, type StageId } from '../sigv4';
import { byteDiff } from './byte-diff';
import { alignLines, canonicalRequestLines, stringToSignLines } from './lines';
import type { ByteDiff, LinePart, TextDiff } from './types';

/** The difference of a stage's value on two sides (`server` first, as in the echo diff; `ours` second). */
export type StageDiff =
  /** The canonical request or the string to sign, line by line; a hash line's `bytes` are null (compared whole). */
  | { readonly kind: 'lines'; readonly diff: TextDiff }
  /** Other text, byte by byte, each hash in it one run. */
  | { readonly kind: 'runs'; readonly runs: readonly ByteDiff[] }
  /** A digest or a key: equal or not. */
  | { readonly kind: 'whole'; readonly equal: boolean };

/** A SHA-256 or HMAC-SHA256 in hex, not part of a longer run of hex digits. */
const HEX_HASH = /(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])/g;
/** Lines that hold a hash and nothing else. */
const HASH_LINES: ReadonlySet<LinePart> = new Set(['payload-hash', 'hash']);
/** Stand-ins for hashes while diffing: supplementary private-use characters, one per distinct hash. */
const FIRST_STAND_IN = 0xf0000;
const STAND_INS = /[\u{F0000}-\u{FFFFD}]/u;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The byte diff of two texts with every hash one unit: each distinct hash is replaced by a character
 * of its own before diffing (the byte diff keeps characters whole), then put back. Texts that hold
 * such characters already are diffed as they are.
 */
export function valueDiff(server: string, ours: string): ByteDiff[] {
  if (STAND_INS.test(server) || STAND_INS.test(ours)) return byteDiff(server, ours);
  const hashes: string[] = [];
  const standIn = (hash: string): string => {
    let i = hashes.indexOf(hash);
    if (i === -1) i = hashes.push(hash) - 1;
    return String.fromCodePoint(FIRST_STAND_IN + i);
  };
  const runs = byteDiff(server.replace(HEX_HASH, standIn), ours.replace(HEX_HASH, standIn));
  if (hashes.length === 0) return runs;
  const back = (bytes: Uint8Array): Uint8Array =>
    encoder.encode(decoder.decode(bytes).replace(/[\u{F0000}-\u{FFFFD}]/gu, (c) => hashes[c.codePointAt(0)! - FIRST_STAND_IN] ?? c));
  let s = 0;
  let o = 0;
  return runs.map((r) => {
    const a = back(r.server);
    const b = back(r.ours);
    const run: ByteDiff = { kind: r.kind, serverStart: s, serverEnd: s + a.length, oursStart: o, oursEnd: o + b.length, server: a, ours: b };
    s += a.length;
    o += b.length;
    return run;
  });
}

/** Line by line, each differing line byte by byte with its hashes whole, a line that is a hash whole. */
function linesDiff(diff: TextDiff): TextDiff {
  return {
    equal: diff.equal,
    lines: diff.lines.map((l) => (l.bytes === null ? l : { ...l, bytes: HASH_LINES.has(l.part) ? null : valueDiff(l.server ?? '', l.ours ?? '') })),
  };
}

/** How `id`'s value differs from `server` to `ours` (its text, or the hex of a digest or key). */
export function stageDiff(id: StageId, server: string, ours: string): StageDiff {
  const view = STAGES[id].view;
  if (view === 'digest' || view === 'key' || view === 'secret') return { kind: 'whole', equal: server === ours };
  if (view === 'canonical') return { kind: 'lines', diff: linesDiff(alignLines(canonicalRequestLines(server), canonicalRequestLines(ours))) };
  if (id === 'stringToSign') return { kind: 'lines', diff: linesDiff(alignLines(stringToSignLines(server), stringToSignLines(ours))) };
  return { kind: 'runs', runs: valueDiff(server, ours) };
}
