/**
 * Hashes large bodies in a Web Worker. One job at a time: a newer body cancels the older job by
 * restarting the worker, so a stale digest can never arrive for the current body.
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

/** Starts hashing `bytes` (a copy is transferred); cancels any job still running. */
export function hashInWorker(bytes: Uint8Array, job: HashJob): void {
  worker?.terminate();
  const w = new HashWorker();
  worker = w;
  const id = nextId++;
  w.onmessage = (e: MessageEvent<HashAnswer>) => {
    const a = e.data;
    if (a.id !== id || worker !== w) return;
    if (a.kind === 'progress') job.onProgress(a.done, a.total);
    else {
      job.onDone(a.digest, a.ms);
      w.terminate();
      if (worker === w) worker = null;
    }
  };
  const copy = bytes.slice();
  w.postMessage({ id, bytes: copy }, [copy.buffer]);
}
