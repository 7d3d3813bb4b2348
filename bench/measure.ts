/**
 * Timing helpers: calibrated batches, interleaved peers (so drift and turbo affect both alike),
 * warm-up, several rounds, medians. Times are nanoseconds per operation.
 */

/** One contender: `run(i)` performs operation number i (sync or async). */
export interface Peer {
  readonly name: string;
  readonly run: (i: number) => unknown;
}

/** Options of one comparison. */
export interface MeasureOptions {
  /** Time spent warming each peer up before measuring, ms. */
  readonly warmupMs: number;
  /** Target duration of one measured batch, ms. */
  readonly batchMs: number;
  /** Measured batches per peer. */
  readonly rounds: number;
}

/** Keeps results alive so the optimiser cannot drop the work. */
export let sink = 0;

function consume(v: unknown): void {
  if (typeof v === 'string') sink += v.length;
  else if (v instanceof Uint8Array) sink += v[0] ?? 0;
  else if (v !== null && typeof v === 'object') sink += 1;
}

/** Runs operations [start, start + n) and returns elapsed nanoseconds. */
async function batch(peer: Peer, start: number, n: number): Promise<number> {
  const t0 = process.hrtime.bigint();
  const first = peer.run(start);
  if (first instanceof Promise) {
    consume(await first);
    for (let i = 1; i < n; i++) consume(await peer.run(start + i));
  } else {
    consume(first);
    for (let i = 1; i < n; i++) consume(peer.run(start + i));
  }
  return Number(process.hrtime.bigint() - t0);
}

/** Warms a peer up for `ms` and returns how many operations fit in `batchMs`. */
async function calibrate(peer: Peer, warmupMs: number, batchMs: number): Promise<number> {
  let n = 1;
  let done = 0;
  const deadline = performance.now() + warmupMs;
  let perOp = Number.POSITIVE_INFINITY;
  while (performance.now() < deadline) {
    const ns = await batch(peer, done, n);
    done += n;
    perOp = ns / n;
    if (ns < 5e6) n *= 2;
  }
  return Math.max(1, Math.round((batchMs * 1e6) / perOp));
}

/** The median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Measures peers interleaved (the order alternates each round); returns median ns/op per peer. */
export async function compare(peers: readonly Peer[], o: MeasureOptions): Promise<Map<string, number>> {
  const sizes: number[] = [];
  for (const p of peers) sizes.push(await calibrate(p, o.warmupMs, o.batchMs));
  const samples = peers.map(() => [] as number[]);
  let op = 1_000_000;
  for (let r = 0; r < o.rounds; r++) {
    const order = peers.map((_, i) => i);
    if (r % 2 === 1) order.reverse();
    for (const i of order) {
      const n = sizes[i]!;
      const ns = await batch(peers[i]!, op, n);
      op += n;
      samples[i]!.push(ns / n);
    }
  }
  return new Map(peers.map((p, i) => [p.name, median(samples[i]!)]));
}
