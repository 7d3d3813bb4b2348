/**
 * Hashes a large body off the main thread, in 1 MiB chunks, reporting progress after each, so the
 * page stays responsive while a 16 MB body is hashed (the lab's payload hash).
 */
import { sha256 } from '@noble/hashes/sha2.js';

/** A request to hash `bytes`; `id` ties the answers to it. */
export interface HashRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
}

/** Progress, then the digest and the time hashing took inside the worker. */
export type HashAnswer =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly kind: 'done'; readonly digest: Uint8Array; readonly ms: number };

const CHUNK = 1 << 20;

self.onmessage = (e: MessageEvent<HashRequest>) => {
  const { id, bytes } = e.data;
  const started = performance.now();
  const h = sha256.create();
  for (let at = 0; at < bytes.length; at += CHUNK) {
    h.update(bytes.subarray(at, Math.min(at + CHUNK, bytes.length)));
    self.postMessage({ id, kind: 'progress', done: Math.min(at + CHUNK, bytes.length), total: bytes.length } satisfies HashAnswer);
  }
  const digest = h.digest();
  self.postMessage({ id, kind: 'done', digest, ms: performance.now() - started } satisfies HashAnswer);
};
