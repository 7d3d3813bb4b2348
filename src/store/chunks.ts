/**
 * The store's chunks loaded on demand (stage cards, diagnosis), counted while they load: a test
 * run waits for them before its environment is torn down (test/settle-chunks.ts), instead of a
 * late import failing after the last test of a short file.
 */
const loading = new Set<Promise<unknown>>();

/** Counts `chunk` as loading until it settles, and returns it. */
export function loadingChunk<T>(chunk: Promise<T>): Promise<T> {
  loading.add(chunk);
  void chunk.finally(() => loading.delete(chunk)).catch(() => undefined);
  return chunk;
}

/** Settles once every chunk asked for so far has loaded or failed. */
export async function chunksSettled(): Promise<void> {
  while (loading.size > 0) await Promise.allSettled([...loading]);
}
