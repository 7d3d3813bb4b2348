/**
 * SHA-256 of a body that changes a little at a time (typed into, a byte at a time): the hash of
 * each new body resumes from the state it had after the longest prefix the body shares with the
 * previous one, kept every STEP bytes, so a keystroke near the end of a 64 KB body hashes the last
 * few KiB, not all of it. The digest is that of the whole body, exactly: a prefix is reused only
 * when its bytes compare equal.
 */
import { sha256 } from '@noble/hashes/sha2.js';

/** The distance between kept states: 64 of them for a 256 KiB body. */
const STEP = 4096;

type Hasher = ReturnType<typeof sha256.create>;

/** One body's hashing: its bytes (a copy), the states after each STEP bytes of them, and its digest. */
interface Hashed {
  readonly bytes: Uint8Array;
  /** marks[k]: the state after the first k·STEP bytes (marks[0] has seen nothing). */
  readonly marks: readonly Hasher[];
  readonly digest: Uint8Array;
}

/** How many leading bytes a and b share. */
function sharedPrefix(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

export class ResumableSha256 {
  private last: Hashed | null = null;

  /** SHA-256 of `bytes` (a fresh array the caller may keep). */
  digest(bytes: Uint8Array): Uint8Array {
    const last = this.last;
    const shared = last ? sharedPrefix(last.bytes, bytes) : 0;
    if (last && shared === bytes.length && shared === last.bytes.length) return last.digest.slice();
    // The states up to the last STEP boundary within the shared prefix still hold.
    const marks = last ? last.marks.slice(0, Math.floor(shared / STEP) + 1) : [sha256.create()];
    let at = (marks.length - 1) * STEP;
    const h = marks[marks.length - 1]!.clone();
    for (; at + STEP <= bytes.length; at += STEP) {
      h.update(bytes.subarray(at, at + STEP));
      marks.push(h.clone());
    }
    h.update(bytes.subarray(at));
    const digest = h.digest();
    // A copy: the caller may reuse its buffer, and a prefix is trusted only by what was hashed.
    this.last = { bytes: bytes.slice(), marks, digest };
    return digest.slice();
  }
}
