/**
 * Hashes a large body off the main thread, so the page stays responsive. A body that fits in
 * memory (up to SUBTLE_MAX) is read and hashed with the platform's SHA-256 (crypto.subtle), at
 * native speed, with progress while it is read; a larger one is streamed through an incremental
 * SHA-256, chunk by chunk, with progress after each. A dropped file arrives as a Blob: its bytes are
 * read here, never on the main thread, and are gone when the worker ends.
 */
import { sha256 } from '@noble/hashes/sha2.js';

/** A request to hash a body; `id` ties the answers to it. */
export interface HashRequest {
  readonly id: number;
  readonly source: Blob | Uint8Array;
}

/** Which phase a progress answer reports: reading the bytes, or streaming them through the hash. */
export type HashPhase = 'read' | 'stream';

/** Progress, then the digest and the time hashing took inside the worker. */
export type HashAnswer =
  | { readonly id: number; readonly kind: 'progress'; readonly phase: HashPhase; readonly done: number; readonly total: number }
  | { readonly id: number; readonly kind: 'done'; readonly digest: Uint8Array; readonly ms: number; readonly method: 'subtle' | 'stream' };

/** Bodies up to this size are hashed in one crypto.subtle.digest call (it takes no incremental input). */
export const SUBTLE_MAX = 1 << 30;

const post = (a: HashAnswer): void => self.postMessage(a);

/** Progress at most every PROGRESS_MS: each answer costs the page a render, and a Blob streams in 64 KiB chunks. */
const PROGRESS_MS = 100;
let lastProgress = 0;
function progress(id: number, phase: HashPhase, done: number, total: number): void {
  const now = performance.now();
  if (now - lastProgress < PROGRESS_MS && done < total) return;
  lastProgress = now;
  post({ id, kind: 'progress', phase, done, total });
}

/** Reads a Blob into one buffer, reporting progress per chunk read. */
async function readAll(id: number, blob: Blob): Promise<Uint8Array> {
  const out = new Uint8Array(blob.size);
  const reader = blob.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value, at);
    at += value.length;
    progress(id, 'read', at, blob.size);
  }
  return out;
}

/** Streams a Blob through noble's incremental SHA-256, reporting progress per chunk. */
async function streamHash(id: number, blob: Blob): Promise<Uint8Array> {
  const h = sha256.create();
  const reader = blob.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    h.update(value);
    at += value.length;
    progress(id, 'stream', at, blob.size);
  }
  return h.digest();
}

async function hash(id: number, source: Blob | Uint8Array): Promise<void> {
  const started = performance.now();
  const subtle = (globalThis.crypto as Crypto | undefined)?.subtle;
  const size = source instanceof Blob ? source.size : source.length;
  if (subtle && size <= SUBTLE_MAX) {
    const bytes = source instanceof Blob ? await readAll(id, source) : source;
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    post({ id, kind: 'done', digest, ms: performance.now() - started, method: 'subtle' });
    return;
  }
  const digest = await streamHash(id, source instanceof Blob ? source : new Blob([source as Uint8Array<ArrayBuffer>]));
  post({ id, kind: 'done', digest, ms: performance.now() - started, method: 'stream' });
}

self.onmessage = (e: MessageEvent<HashRequest>) => {
  void hash(e.data.id, e.data.source);
};
