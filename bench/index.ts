/**
 * `npm run bench`: sections run in order, each printing its table; the last line of stdout is one
 * JSON object with the headline ratios (time per operation, ours / peer: below 1 means we are faster).
 * Later sections (browser figures) append to SECTIONS and may add keys to the summary.
 */
import type { MeasureOptions } from './measure';
import { hashingSection } from './hashing';
import { flowSection } from './flow';
import { labSection } from './lab';
import { signingSection } from './signing';

interface Summary {
  ratioColdKeys?: number;
  ratioWarmKeys?: number;
  hashRatio?: number;
  [figure: string]: number | undefined;
}

interface Section {
  readonly title: string;
  readonly run: () => Promise<Partial<Summary>>;
}

const SIGNING: MeasureOptions = { warmupMs: 150, batchMs: 60, rounds: 7 };
const HASHING: MeasureOptions = { warmupMs: 200, batchMs: 100, rounds: 7 };

const SECTIONS: readonly Section[] = [
  {
    title: 'Signing: parseRequest + signRequest (full trace) vs @smithy/signature-v4 + @aws-crypto/sha256-js, header mode',
    run: () => signingSection(SIGNING),
  },
  {
    title: 'Payload hashing: @noble/hashes sha256 vs node:crypto',
    run: () => hashingSection(HASHING),
  },
  {
    title: 'Signing lab in headless Chromium, 1280x800 (built app under vite preview)',
    run: () => labSection(),
  },
  {
    title: 'Credential flow in headless Chromium, 1280x800, motion on (built app under vite preview)',
    run: () => flowSection(),
  },
];

async function main(): Promise<void> {
  const started = performance.now();
  const summary: Summary = {};
  console.log(`Node ${process.version}; medians of ${SIGNING.rounds} interleaved rounds after warm-up`);
  for (const s of SECTIONS) {
    console.log(`\n## ${s.title}\n`);
    Object.assign(summary, await s.run());
  }
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s. Ratios: time per operation, ours / peer (lower: we are faster).`);
  const round = (n: number | undefined): number | null => (n === undefined ? null : Number(n.toFixed(4)));
  const { ratioColdKeys, ratioWarmKeys, hashRatio, ...browser } = summary;
  const rest = Object.fromEntries(Object.entries(browser).map(([k, v]) => [k, round(v)]));
  console.log(JSON.stringify({ ratioColdKeys: round(ratioColdKeys), ratioWarmKeys: round(ratioWarmKeys), hashRatio: round(hashRatio), ...rest }));
}

await main();
