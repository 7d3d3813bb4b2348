/**
 * Payload hashing: @noble/hashes sha256 (what the core uses, and what runs in the browser) against
 * node:crypto's native createHash('sha256'), on 1 MB and 16 MB bodies.
 */
import { createHash, randomFillSync } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { compare, type MeasureOptions } from './measure';
import { fixed, table } from './report';

const SIZES = [1 << 20, 16 << 20];

/** Runs the hashing section; returns the geometric mean over sizes of noble time / node time. */
export async function hashingSection(o: MeasureOptions): Promise<{ hashRatio: number }> {
  const rows: string[][] = [];
  let logSum = 0;
  for (const size of SIZES) {
    const data = randomFillSync(new Uint8Array(size));
    const m = await compare(
      [
        { name: 'noble', run: () => sha256(data) },
        { name: 'node', run: () => createHash('sha256').update(data).digest() },
      ],
      o,
    );
    const noble = m.get('noble')!;
    const node = m.get('node')!;
    const mbps = (ns: number): string => fixed(size / (1 << 20) / (ns / 1e9), 0);
    rows.push([`${size >> 20} MB`, mbps(noble), mbps(node), fixed(noble / node, 3)]);
    logSum += Math.log(noble / node);
  }
  console.log(table(['body', 'noble MB/s', 'node:crypto MB/s', 'noble/node time'], rows));
  return { hashRatio: Math.exp(logSum / SIZES.length) };
}
