/**
 * Body hashing, CPU time (user + system of the whole process, so the thread-pool work behind
 * crypto.subtle.digest counts), on the same random bytes, 1 MiB and 16 MiB:
 *
 *   lab worker         the message handler of src/workers/sha256.worker.ts itself — whatever path
 *                      it takes for the body (it names it in its answer) — run in Node under a
 *                      stand-in worker scope whose postMessage keeps only the answer; if that module
 *                      cannot be loaded here, the incremental loop below in its place
 *   noble incremental  @noble/hashes sha256.create() + 1 MiB updates: the pure-JS path, the one the
 *                      worker streams with when it cannot use crypto.subtle
 *   core one-shot      the core's sha256Bytes (src/sigv4/bytes.ts, @noble/hashes sha256), for bodies
 *                      hashed inside signRequest
 *   node:crypto        createHash('sha256')
 *   crypto.subtle      crypto.subtle.digest('SHA-256'), Node's WebCrypto (what a browser has natively)
 *
 * bodyHashRatioToSubtle = lab worker / crypto.subtle at 16 MiB; hashRatio = core one-shot / node:crypto
 * (geometric mean of the two sizes, the figure this section has always given).
 */
import { createHash, randomFillSync, webcrypto } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { sha256Bytes } from '../src/sigv4/bytes';
import { compare, relativeIqr, type MeasureOptions } from './measure';
import { fixed, table } from './report';

const SIZES = [1 << 20, 16 << 20];
const CHUNK = 1 << 20;

type Hasher = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** The lab worker's own message handler, driven directly, and the method its last answer named; null if it does not load in Node. */
async function labWorkerHasher(): Promise<{ hash: Hasher; method: () => string } | null> {
  const g = globalThis as { self?: unknown };
  const had = 'self' in g;
  const previous = g.self;
  let waiting: ((a: { digest?: Uint8Array | ArrayBuffer; method?: string }) => void) | null = null;
  let method = '';
  const scope: { onmessage: ((e: { data: unknown }) => unknown) | null; postMessage: (m: unknown) => void } = {
    onmessage: null,
    postMessage: (m) => {
      const a = m as { kind?: string; digest?: Uint8Array | ArrayBuffer; method?: string };
      if (a.kind === 'done' && waiting) waiting(a);
    },
  };
  // The stand-in is the global `self` only while the worker's code runs: its import, and each
  // message until the worker answers (its handler may finish asynchronously).
  const enter = (): void => void (g.self = scope);
  const leave = (): void => {
    if (had) g.self = previous;
    else delete g.self;
  };
  enter();
  try {
    await import('../src/workers/sha256.worker');
  } catch {
    return null;
  } finally {
    leave();
  }
  const handler = scope.onmessage;
  if (!handler) return null;
  let id = 0;
  const hash: Hasher = (bytes) =>
    new Promise<Uint8Array>((resolve, reject) => {
      waiting = (a) => {
        waiting = null;
        leave();
        method = a.method ?? '';
        if (a.digest) resolve(a.digest instanceof Uint8Array ? a.digest : new Uint8Array(a.digest));
        else reject(new Error('bench: the lab worker answered no digest'));
      };
      enter();
      try {
        // The request under both names the worker has used for the body.
        handler({ data: { id: ++id, source: bytes, bytes } });
      } catch (e) {
        waiting = null;
        leave();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  return { hash, method: () => method };
}

/** The incremental hash the worker streams through when it cannot use crypto.subtle: @noble/hashes in 1 MiB chunks. */
const nobleIncremental: Hasher = (bytes) => {
  const h = sha256.create();
  for (let at = 0; at < bytes.length; at += CHUNK) h.update(bytes.subarray(at, Math.min(at + CHUNK, bytes.length)));
  return h.digest();
};

/** Runs the hashing section. */
export async function hashingSection(o: MeasureOptions): Promise<{ hashRatio: number; bodyHashRatioToSubtle: number }> {
  const worker = await labWorkerHasher();
  const ours = worker?.hash ?? nobleIncremental;
  if (worker) await worker.hash(new Uint8Array(64));
  console.log(
    worker
      ? `Our body-hashing path: the message handler of src/workers/sha256.worker.ts, run in Node under a stand-in worker scope (it answered method "${worker.method() || 'unnamed'}").\n`
      : 'src/workers/sha256.worker.ts does not load in Node: our body-hashing path is measured as the loop it streams with, @noble/hashes sha256 incremental in 1 MiB chunks.\n',
  );
  const rows: string[][] = [];
  let logSum = 0;
  let bodyRatio = NaN;
  for (const size of SIZES) {
    const data = randomFillSync(new Uint8Array(size));
    const want = createHash('sha256').update(data).digest('hex');
    const hex = (b: Uint8Array | ArrayBuffer): string => Buffer.from(b instanceof ArrayBuffer ? new Uint8Array(b) : b).toString('hex');
    const got = { lab: hex(await ours(data)), incremental: hex(await nobleIncremental(data)), core: hex(sha256Bytes(data)), subtle: hex(await webcrypto.subtle.digest('SHA-256', data)) };
    for (const [name, h] of Object.entries(got)) if (h !== want) throw new Error(`bench: ${name} hashes ${size} bytes to ${h}, node:crypto to ${want}`);
    const m = await compare(
      [
        { name: 'lab worker', run: () => ours(data) },
        ...(worker ? [{ name: 'noble incremental', run: () => nobleIncremental(data) }] : []),
        { name: 'core one-shot', run: () => sha256Bytes(data) },
        { name: 'node:crypto', run: () => createHash('sha256').update(data).digest() },
        { name: 'crypto.subtle', run: () => webcrypto.subtle.digest('SHA-256', data) },
      ],
      o,
    );
    const subtle = m.get('crypto.subtle')!.median;
    const node = m.get('node:crypto')!.median;
    for (const s of m.values()) {
      const mbps = (ns: number): string => fixed(size / (1 << 20) / (ns / 1e9), 0);
      const ms = (ns: number): string => fixed(ns / 1e6, 2);
      rows.push([`${size >> 20} MiB`, s.name, ms(s.min), ms(s.median), ms(s.max), `±${fixed(relativeIqr(s) * 100, 1)} %`, mbps(s.median), fixed(s.median / subtle, 2), fixed(s.median / node, 2)]);
    }
    logSum += Math.log(m.get('core one-shot')!.median / node);
    if (size === 16 << 20) bodyRatio = m.get('lab worker')!.median / subtle;
  }
  console.log(table(['body', 'hasher', 'min ms', 'median ms', 'max ms', 'IQR/2', 'MiB/s', '/subtle', '/node'], rows));
  console.log('\nCPU time per hash (user + system, whole process); /subtle, /node: median over median.');
  return { hashRatio: Math.exp(logSum / SIZES.length), bodyHashRatioToSubtle: bodyRatio };
}
