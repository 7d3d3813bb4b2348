/**
 * Hashes large bodies in a Web Worker. One job at a time: a newer body cancels the older job by
 * ending the worker, so a stale digest can never arrive for the current body, and the bytes the
 * worker read are released with it.
 */
import type { HashAnswer } from '../workers/sha256.worker';
// Vite's worker import: a separate worker file in `npm run build`; the single-file build (vite.config.ts,
// mode "single") aliases it to `?worker&inline`, which puts the worker inside the page as a blob: URL.
import HashWorker from '../workers/sha256.worker.ts?worker';

/** Callbacks of one hashing job. */
export interface HashJob {
  onProgress: (done: number, total: number) => void;
  onDone: (digest: Uint8Array, ms: number) => void;
}

let worker: Worker | null = null;
let nextId = 1;

/** Ends the running job, if any, and the worker with the bytes it holds. */
export function cancelHashing(): void {
  worker?.terminate();
  worker = null;
}

/**
 * Starts hashing a body; cancels any job still running. A Blob (a dropped file) is passed as a
 * handle and read in the worker; bytes (a large paste) are copied and the copy transferred.
 */
export function hashInWorker(source: Blob | Uint8Array, job: HashJob): void {
  cancelHashing();
  const w = new HashWorker();
  worker = w;
  const id = nextId++;
  w.onmessage = (e: MessageEvent<HashAnswer>) => {
    const a = e.data;
    if (a.id !== id || worker !== w) return;
    if (a.kind === 'progress') job.onProgress(a.done, a.total);
    else {
      job.onDone(a.digest, a.ms);
      cancelHashing();
    }
  };
  if (source instanceof Blob) {
    w.postMessage({ id, source });
  } else {
    const copy = source.slice();
    w.postMessage({ id, source: copy }, [copy.buffer]);
  }
}
