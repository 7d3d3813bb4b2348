/**
 * Timing helpers. What is measured is CPU time — `process.cpuUsage()` deltas, user + system, of the
 * whole process (so work that Node hands to its thread pool, such as crypto.subtle.digest, and GC
 * helper threads count too) — not wall time, so another process taking a core does not inflate a
 * figure. Every batch also records wall time, shown beside it.
 *
 * Contenders are calibrated to batches of about `batchMs`, then measured round by round: in each
 * round every contender runs one batch, in an order rotated every round, so drift (turbo, thermal,
 * a neighbour's build) lands on all of them alike. A young-generation GC runs before every batch
 * (outside the timing), so no contender pays for another's short-lived garbage. (Not a full GC: the
 * sweeping one leaves behind lands on the next batch and made it several times slower here.)
 * Figures are min / median / max of the per-operation time over the rounds.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** One contender: `run(i)` performs operation number i (sync or async). */
export interface Peer {
  readonly name: string;
  readonly run: (i: number) => unknown;
}

/** Options of one comparison. */
export interface MeasureOptions {
  /** CPU time spent warming each peer up before measuring, ms. */
  readonly warmupMs: number;
  /** Target CPU time of one measured batch, ms. */
  readonly batchMs: number;
  /** Measured batches per peer (one per round). */
  readonly rounds: number;
}

/** Per-operation CPU time of one contender over the rounds, nanoseconds. */
export interface Stats {
  readonly name: string;
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** Median wall time per operation, ns (for comparison; CPU time is the figure). */
  readonly wallMedian: number;
  /** Operations per batch. */
  readonly batch: number;
  /** The per-operation CPU time of each round, ns. */
  readonly samples: readonly number[];
}

/** Keeps results alive so the optimiser cannot drop the work. */
export let sink = 0;

function consume(v: unknown): void {
  if (typeof v === 'string') sink += v.length;
  else if (v instanceof Uint8Array) sink += v[0] ?? 0;
  else if (v !== null && typeof v === 'object') sink += 1;
}

type Gc = (options?: { type: 'minor' | 'major' }) => void;

/** V8's synchronous GC (here only ever the young generation), if it lets us have one (it does: the flag is set before the first use). */
const gc: Gc = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const f = runInNewContext('gc') as unknown;
    if (typeof f === 'function') return f as Gc;
  } catch {
    // fall through
  }
  return () => undefined;
})();

/** CPU time of the process so far, ns. */
function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

/** Runs operations [start, start + n); returns CPU and wall nanoseconds. */
async function batch(peer: Peer, start: number, n: number): Promise<{ cpu: number; wall: number }> {
  gc({ type: 'minor' });
  const w0 = process.hrtime.bigint();
  const c0 = cpuNow();
  const first = peer.run(start);
  if (first instanceof Promise) {
    consume(await first);
    for (let i = 1; i < n; i++) consume(await peer.run(start + i));
  } else {
    consume(first);
    for (let i = 1; i < n; i++) consume(peer.run(start + i));
  }
  const cpu = cpuNow() - c0;
  return { cpu, wall: Number(process.hrtime.bigint() - w0) };
}

/** Warms a peer up for about `warmupMs` of CPU and returns how many operations fit in `batchMs`. */
async function calibrate(peer: Peer, warmupMs: number, batchMs: number): Promise<number> {
  let n = 1;
  let done = 0;
  let spent = 0;
  let perOp = Number.POSITIVE_INFINITY;
  while (spent < warmupMs * 1e6) {
    const { cpu, wall } = await batch(peer, done, n);
    done += n;
    spent += Math.max(cpu, wall);
    // CPU time has microsecond steps: judge the speed from batches long enough to read it.
    if (wall > 2e6) perOp = Math.min(perOp, Math.max(cpu, 1) / n);
    if (wall < 20e6) n *= 2;
  }
  if (!Number.isFinite(perOp)) perOp = (spent / done) || 1;
  return Math.max(1, Math.round((batchMs * 1e6) / perOp));
}

/** The median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Measures peers interleaved round by round; returns per-operation CPU-time statistics per peer. */
export async function compare(peers: readonly Peer[], o: MeasureOptions): Promise<Map<string, Stats>> {
  const sizes: number[] = [];
  for (const p of peers) sizes.push(await calibrate(p, o.warmupMs, o.batchMs));
  const cpu = peers.map(() => [] as number[]);
  const wall = peers.map(() => [] as number[]);
  // Each peer counts its own operations, so a peer that keys anything on `i` (the request of a
  // mix, a signing date) sees the same sequence whatever the others do.
  const next = peers.map(() => 1_000_000);
  for (let r = 0; r < o.rounds; r++) {
    // Rotate the order each round (and reverse it every other cycle) so no peer always follows the same one.
    const order = peers.map((_, i) => (i + r) % peers.length);
    if (Math.floor(r / peers.length) % 2 === 1) order.reverse();
    for (const i of order) {
      const n = sizes[i]!;
      const t = await batch(peers[i]!, next[i]!, n);
      next[i]! += n;
      cpu[i]!.push(t.cpu / n);
      wall[i]!.push(t.wall / n);
    }
  }
  return new Map(
    peers.map((p, i) => {
      const s = cpu[i]!;
      return [p.name, { name: p.name, min: Math.min(...s), median: median(s), max: Math.max(...s), wallMedian: median(wall[i]!), batch: sizes[i]!, samples: s }];
    }),
  );
}

/** Half the spread of the middle half of the samples (interquartile range), relative to the median: how stable a median is. */
export function relativeIqr(s: Stats): number {
  const xs = [...s.samples].sort((a, b) => a - b);
  const q = (p: number): number => xs[Math.min(xs.length - 1, Math.max(0, Math.round(p * (xs.length - 1))))]!;
  return (q(0.75) - q(0.25)) / 2 / s.median;
}

/** Per-round ratios a / b (the two batches of one round ran close together): median and quartiles. */
export function pairedRatio(a: Stats, b: Stats): { p25: number; median: number; p75: number } {
  const r = a.samples.map((x, i) => x / b.samples[i]!).sort((x, y) => x - y);
  const q = (p: number): number => r[Math.min(r.length - 1, Math.max(0, Math.round(p * (r.length - 1))))]!;
  return { p25: q(0.25), median: median(r), p75: q(0.75) };
}
