/**
 * `npm run bench`: sections run in order, each printing its table; the last line of stdout is one
 * JSON object with the headline ratios (CPU time per operation, ours / peer: below 1 means we are
 * faster). Later sections (browser figures) append to SECTIONS and may add keys to the summary.
 *
 * Summary keys: ratioColdKeys / ratioWarmKeys (ours / smithy with @aws-crypto/sha256-js, mix, cold
 * and warm key chain), hashRatio (core sha256 / node:crypto), ratioVsSmithyNode, ratioVsSmithyPureJs,
 * ratioVsAws4, ratioVsNobleFloor (ours / theirs, median CPU time per signature, mix, cold key
 * chain), bodyHashRatioToSubtle (the lab worker's hashing / crypto.subtle.digest, 16 MiB, Node),
 * then the browser figures (lab*, among them labKeyToFrameP95Ms4k / labKeyToFrameP95Ms64k and their ratios to
 * a bare textarea, flow*, graphViewportShare1280, viewSwitchLayoutShift).
 * `npm run bench -- scenes` runs only the sections whose title has that word.
 */
import type { MeasureOptions } from './measure';
import { hashingSection } from './hashing';
import { flowSection } from './flow';
import { keystrokeSection } from './keystroke';
import { labSection } from './lab';
import { profileSection } from './profile';
import { scenesSection } from './scenes';
import { fixed, table } from './report';
import { signingSection, type SigningOptions } from './signing';

interface Summary {
  ratioColdKeys?: number;
  ratioWarmKeys?: number;
  hashRatio?: number;
  ratioVsSmithyNode?: number;
  ratioVsSmithyPureJs?: number;
  ratioVsAws4?: number;
  ratioVsNobleFloor?: number;
  bodyHashRatioToSubtle?: number;
  [figure: string]: number | undefined;
}

interface Section {
  readonly title: string;
  readonly run: () => Promise<Partial<Summary>>;
}

// Short batches and many rounds: this 2-core machine is shared, and a neighbour's burst should
// land on every contender in turn rather than on one batch of one of them.
const SIGNING: SigningOptions = {
  prewarmMs: 400,
  perRequest: { warmupMs: 100, batchMs: 10, rounds: 25 },
  mix: { warmupMs: 100, batchMs: 10, rounds: 121 },
};
const HASHING: MeasureOptions = { warmupMs: 300, batchMs: 60, rounds: 11 };
const PROFILE: MeasureOptions = { warmupMs: 200, batchMs: 10, rounds: 41 };

const SECTIONS: readonly Section[] = [
  {
    title: 'Signing, header mode: ours (parseRequest + signRequest, full trace) vs smithy (node:crypto / pure-JS hash), aws4, a noble-only floor',
    run: () => signingSection(SIGNING),
  },
  {
    title: 'Where our signing time goes (mix, cold): phases, then a CPU profile',
    run: async () => (await profileSection(PROFILE, 3000), {}),
  },
  {
    title: "Body hashing: the lab worker's path vs crypto.subtle.digest, @noble/hashes and node:crypto, CPU time",
    run: () => hashingSection(HASHING),
  },
  {
    title: 'Signing lab in headless Chromium, 1280x800 (built app under vite preview)',
    run: () => labSection(),
  },
  {
    title: 'Lab keystroke to frame in headless Chromium without the 60 Hz cap, 1280x800: 4 KB and 64 KB requests against a bare textarea',
    run: () => keystrokeSection(),
  },
  {
    title: 'Credential flow in headless Chromium, 1280x800, motion on (built app under vite preview)',
    run: () => flowSection(),
  },
  {
    title: 'Scenes in headless Chromium without the 60 Hz cap: playback at 1920x1080, the graph at 1280x800, switching views',
    run: () => scenesSection(),
  },
];

async function main(): Promise<void> {
  const started = performance.now();
  const summary: Summary = {};
  console.log(`Node ${process.version}; CPU time (process.cpuUsage, user + system) per operation: min / median / max over interleaved rounds after warm-up`);
  // `npm run bench -- <words>` runs only the sections whose title contains them (case-insensitive).
  const only = process.argv.slice(2).join(' ').toLowerCase();
  for (const s of SECTIONS.filter((x) => x.title.toLowerCase().includes(only))) {
    console.log(`\n## ${s.title}\n`);
    Object.assign(summary, await s.run());
  }
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s. Ratios: CPU time per operation, ours / peer (lower: we are faster).`);
  const goals: [string, number | undefined, number][] = [
    ['ours / smithy+pure-js, cold key chain (ratioVsSmithyPureJs)', summary.ratioVsSmithyPureJs, 1.0],
    ['ours / noble floor, cold key chain (ratioVsNobleFloor)', summary.ratioVsNobleFloor, 1.3],
    ['lab worker / crypto.subtle, 16 MiB body (bodyHashRatioToSubtle)', summary.bodyHashRatioToSubtle, 1.5],
  ];
  // A section not run this time has no figure: it is left out, not reported as a goal missed.
  const measured = goals.filter((g): g is [string, number, number] => g[1] !== undefined);
  if (measured.length > 0) {
    console.log('\n' + table(['goal of the issue', 'now', 'goal', 'met'], measured.map(([name, v, goal]) => [name, fixed(v, 3), `≤ ${fixed(goal, 1)}`, v <= goal ? 'yes' : 'no'])));
  }
  const round = (n: number | undefined): number | null => (n === undefined || !Number.isFinite(n) ? null : Number(n.toFixed(4)));
  const { ratioColdKeys, ratioWarmKeys, hashRatio, ...rest } = summary;
  const others = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, round(v)]));
  console.log(JSON.stringify({ ratioColdKeys: round(ratioColdKeys), ratioWarmKeys: round(ratioWarmKeys), hashRatio: round(hashRatio), ...others }));
}

await main();
