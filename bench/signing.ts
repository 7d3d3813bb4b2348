/**
 * Signing cost, header mode, the four requests of bench/requests.ts, CPU time per signature:
 *
 *   ours               parseRequest + signRequest: the whole trace, every stage with provenance
 *   smithy+node        @smithy/signature-v4 with @smithy/hash-node (node:crypto), its Node default
 *   smithy+pure-js     @smithy/signature-v4 with @aws-crypto/sha256-js (a browser without a sync crypto.subtle)
 *   aws4               aws4 (node:crypto)
 *   noble floor        bench/floor.ts: the least pure-JS work a signature needs (@noble/hashes)
 *
 * Cold: every signature derives the whole key chain. Warm: one signing day, so signers that cache
 * the signing key reuse it (ours has no cache: its warm run is its cold run on one day).
 *
 * Key caches, and how the cold runs defeat them:
 * - smithy keeps the last 50 signing keys in a MODULE-level cache (shared by every SignatureV4, so
 *   a fresh signer per round would NOT make it cold), keyed by day, region, service and credentials.
 * - aws4 keeps the last 1000 in a module-level LRU keyed by secret, day, region and service.
 * So each cold contender signs every operation on the next day of its own run of 4096 distinct days
 * (disjoint from every other contender's, so smithy+node never finds a key smithy+pure-js cached): a
 * day comes back only after 4096 signatures of that contender, long after both caches dropped it.
 * checkColdIsCold() counts the HMAC keys the cold runs set up, and fails if any signature skipped the chain.
 */
import { createRequire } from 'node:module';
import { Sha256 } from '@aws-crypto/sha256-js';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SourceData } from '@smithy/types';
import aws4 from 'aws4';
import * as source from '../src/sigv4/index';
import { amzDateOf, type AmzDate } from '../src/sigv4/index';
import { bundle, type Subjects } from './bundle';
import { compare, relativeIqr, type MeasureOptions, type Peer, type Stats } from './measure';
import { fixed, table } from './report';
import { ourOptions, WORKLOADS, type Workload } from './requests';

const DAY = 86_400_000;
const BASE = Date.UTC(2015, 7, 30, 12, 36, 0);
/** Days per cold contender: many more than either cache holds. */
const CYCLE = 4096;
const CONTENDER_COUNT = 5;
/** The slot of days checkColdIsCold() signs on, after the contenders' slots. */
const CHECK_SLOT = CONTENDER_COUNT;
const DATES = Array.from({ length: CYCLE * (CONTENDER_COUNT + 1) + 1 }, (_, i) => new Date(BASE + i * DAY));
const AMZ: AmzDate[] = DATES.map((d) => amzDateOf(d)!);
/** The one day of the warm runs, outside every cold run. */
const WARM = CYCLE * (CONTENDER_COUNT + 1);

/** The next day of contender `slot`'s own run of cold days, on every call (one counter per slot, kept across targets). */
function coldDays(slot: number): () => number {
  let n = 0;
  return () => slot * CYCLE + (n++ % CYCLE);
}

type HashCtor = new (secret?: SourceData) => Hash | Sha256;

/** @smithy/hash-node's Hash for SHA-256, as the SDK builds it in Node (`Hash.bind(null, 'sha256')`). */
const NodeSha256 = Hash.bind(null, 'sha256') as unknown as HashCtor;

function smithySigner(w: Workload, sha256: HashCtor): SignatureV4 {
  return new SignatureV4({
    service: w.service,
    region: w.region,
    credentials: w.credentials,
    sha256,
    uriEscapePath: w.profile === 'generic',
    // No header smithy adds that we do not: the S3 request carries its x-amz-content-sha256 (requests.ts).
    applyChecksum: false,
  });
}

/** aws4's request, with the two options its types omit. */
type Aws4Request = aws4.Request & { extraHeadersToInclude?: Record<string, boolean>; extraHeadersToIgnore?: Record<string, boolean> };

function aws4Request(w: Workload, amz: AmzDate): Aws4Request {
  const r = w.smithy;
  const q = new URLSearchParams(Object.entries(r.query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x]))).toString();
  return {
    method: r.method,
    host: r.hostname,
    path: q ? `${r.path}?${q}` : r.path,
    service: w.service,
    region: w.region,
    headers: { ...r.headers, 'X-Amz-Date': amz },
    ...(r.body !== undefined ? { body: r.body } : {}),
    // aws4 never signs Range (we and smithy do), and adds and signs Content-Length (we and smithy do
    // not, for we sign the request as given): told to sign the one and not the other, it signs what we sign.
    extraHeadersToInclude: { range: true },
    extraHeadersToIgnore: { 'content-length': true },
  };
}
const AWS4_BASE = WORKLOADS.map((w) => aws4Request(w, AMZ[WARM]!));

/** One signer: `sign(k, day)` signs workload k on day index `day`; the result's Authorization header. */
interface Signer {
  readonly name: string;
  readonly sign: (k: number, day: number) => unknown;
  readonly authorization: (result: unknown) => string | undefined;
  /** Whether this signer caches the signing key (else its warm run would only repeat its cold one). */
  readonly caches: boolean;
}

function smithy(name: string, sha256: HashCtor): Signer {
  const signers = WORKLOADS.map((w) => smithySigner(w, sha256));
  return {
    name,
    sign: (k, day) => signers[k]!.sign(WORKLOADS[k]!.smithy, { signingDate: DATES[day]! }),
    authorization: (r) => (r as { headers: Record<string, string> }).headers.authorization,
    caches: true,
  };
}

/** The signers, ours and the floor from the bundle of bench/bundle.ts (plain JavaScript, as they ship). */
function signers(S: typeof Subjects): { all: Signer[]; warmFloor: Signer } {
  const all: Signer[] = [
    {
      name: 'ours',
      sign: (k, day) => S.signRequest(S.parseRequest(WORKLOADS[k]!.text), ourOptions(WORKLOADS[k]!, AMZ[day]!)).stages.authorization?.text,
      authorization: (r) => r as string | undefined,
      caches: false,
    },
    smithy('smithy+node', NodeSha256),
    smithy('smithy+pure-js', Sha256),
    {
      name: 'aws4',
      sign: (k, day) => {
        const b = AWS4_BASE[k]!;
        // aws4 rewrites the request it is given (headers, path): each signature gets its own, as a caller's would.
        return aws4.sign({ ...b, headers: { ...b.headers, 'X-Amz-Date': AMZ[day]! } }, WORKLOADS[k]!.credentials);
      },
      authorization: (r) => (r as aws4.Request).headers?.Authorization as string | undefined,
      caches: true,
    },
    {
      name: 'noble floor',
      sign: (k, day) => S.floorSign(WORKLOADS[k]!, AMZ[day]!),
      authorization: (r) => r as string,
      caches: false,
    },
  ];
  // The floor with a signing-key cache, for the warm runs.
  const cache = new Map<string, Uint8Array>();
  const warmFloor: Signer = { name: 'noble floor', sign: (k, day) => S.floorSign(WORKLOADS[k]!, AMZ[day]!, cache), authorization: (r) => r as string, caches: true };
  return { all, warmFloor };
}

/**
 * Every signer must produce our Authorization header — the source's, as tsx loads it, so the bundle
 * is checked too — for every request, cold day and warm, or nothing here means anything.
 */
async function checkSameSignatures(all: readonly Signer[]): Promise<void> {
  const days = [0, 1234, CYCLE * 3 + 17, WARM];
  for (const s of all) {
    for (const [k, w] of WORKLOADS.entries()) {
      for (const day of days) {
        const ours = source.signRequest(source.parseRequest(w.text), ourOptions(w, AMZ[day]!)).stages.authorization?.text;
        const theirs = s.authorization(await s.sign(k, day));
        if (ours === undefined || ours !== theirs) {
          throw new Error(`bench: ${s.name} signs ${w.name} on ${AMZ[day]} differently:\n ours   ${ours}\n theirs ${theirs}`);
        }
      }
    }
  }
}

/**
 * The cold runs must really derive the key chain every time: sign 200 mixed requests the way a
 * cold run does, counting keyed HMACs. Smithy: 6 per cold signature (its cache-key HMAC of the
 * credentials, 4 for the chain, 1 for the signature), 2 when the key is cached. aws4: 5 cold, 1 cached.
 */
async function checkColdIsCold(aws: Signer): Promise<string> {
  const N = 200;
  let keyed = 0;
  const counting = (Base: HashCtor): HashCtor =>
    class {
      constructor(secret?: SourceData) {
        if (secret !== undefined) keyed++;
        return new Base(secret);
      }
    } as unknown as HashCtor;
  const lines: string[] = [];
  // A slot of days of its own, one counter for every check: no day here repeats, none is a timed run's.
  const next = coldDays(CHECK_SLOT);
  for (const [name, ctor] of [['smithy+node', NodeSha256], ['smithy+pure-js', Sha256]] as const) {
    const s = smithy(name, counting(ctor));
    for (let r = 0; r < 2; r++) {
      // The warm run's first signature of each request derives its key, as it must: prime the cache first.
      if (r === 1) for (let k = 0; k < WORKLOADS.length; k++) await s.sign(k, WARM);
      keyed = 0;
      for (let i = 0; i < N; i++) await s.sign(i % WORKLOADS.length, r === 0 ? next() : WARM);
      const per = keyed / N;
      const want = r === 0 ? 6 : 2;
      if (per !== want) throw new Error(`bench: ${name} set up ${per} HMAC keys per ${r === 0 ? 'cold' : 'warm'} signature, not ${want}: the ${r === 0 ? 'cold run hit its key cache' : 'warm run missed its key cache'}`);
      lines.push(`${name} ${r === 0 ? 'cold' : 'warm'}: ${per} keyed HMACs per signature`);
    }
  }
  // aws4 calls node:crypto's createHmac through the module object: count calls on it.
  const nodeCrypto = createRequire(import.meta.url)('node:crypto') as { createHmac: (...a: unknown[]) => unknown };
  const original = nodeCrypto.createHmac;
  nodeCrypto.createHmac = (...a: unknown[]) => (keyed++, original(...a));
  try {
    for (let r = 0; r < 2; r++) {
      if (r === 1) for (let k = 0; k < WORKLOADS.length; k++) aws.sign(k, WARM);
      keyed = 0;
      for (let i = 0; i < N; i++) aws.sign(i % WORKLOADS.length, r === 0 ? next() : WARM);
      const per = keyed / N;
      const want = r === 0 ? 5 : 1;
      if (per !== want) throw new Error(`bench: aws4 made ${per} HMACs per ${r === 0 ? 'cold' : 'warm'} signature, not ${want}`);
      lines.push(`aws4 ${r === 0 ? 'cold' : 'warm'}: ${per} HMAC${per === 1 ? '' : 's'} per signature`);
    }
  } finally {
    nodeCrypto.createHmac = original;
  }
  return lines.join('; ');
}

/** The signing figures the summary takes. */
export interface SigningFigures {
  ratioColdKeys: number;
  ratioWarmKeys: number;
  ratioVsSmithyNode: number;
  ratioVsSmithyPureJs: number;
  ratioVsAws4: number;
  ratioVsNobleFloor: number;
}

/** Options of the signing section: per-request tables, and the mix the ratios come from. */
export interface SigningOptions {
  /** Wall time each signer runs the mix before anything is measured, ms. */
  readonly prewarmMs: number;
  readonly perRequest: MeasureOptions;
  readonly mix: MeasureOptions;
}

const us = (ns: number): string => fixed(ns / 1000);

/** Runs the signing section; returns ours / theirs median CPU time per signature on the mix. */
export async function signingSection(o: SigningOptions): Promise<SigningFigures> {
  const b = await bundle();
  const { all: SIGNERS, warmFloor } = signers(b.subjects);
  await checkSameSignatures([...SIGNERS, warmFloor]);
  console.log(
    `Ours and the floor run from ${b.bundled ? 'the esbuild bundle of bench/subjects.ts (bench/bundle.ts)' : 'source under tsx'}. ` +
      'Every contender gives our Authorization header for every request (cold days and warm). ' +
      `Key caches defeated: ${await checkColdIsCold(SIGNERS.find((s) => s.name === 'aws4')!)}.\n`,
  );
  const targets: { name: string; pick: (i: number) => number; o: MeasureOptions }[] = [
    ...WORKLOADS.map((w, k) => ({ name: w.name, pick: () => k, o: o.perRequest })),
    { name: 'mix (all four in turn)', pick: (i: number) => i % WORKLOADS.length, o: o.mix },
  ];
  const rows: string[][] = [];
  // Warm every signer's code up on the whole mix before the first target (each target then warms up briefly).
  // On the check slot's days: none of them is a timed cold run's.
  for (const sig of SIGNERS) {
    const t0 = performance.now();
    for (let i = 0; performance.now() - t0 < o.prewarmMs; i++) await sig.sign(i % WORKLOADS.length, CHECK_SLOT * CYCLE + (i % CYCLE));
  }
  let mix: Map<string, Stats> | undefined;
  // One run of days per contender for the whole section, so no day comes back within 4096 of its signatures.
  const nextDay = SIGNERS.map((_, slot) => coldDays(slot));
  for (const t of targets) {
    const peers: Peer[] = SIGNERS.map((s, slot) => ({ name: `${s.name}|cold`, run: (i) => s.sign(t.pick(i), nextDay[slot]!()) }));
    for (const s of [...SIGNERS.filter((x) => x.caches || x.name === 'ours'), warmFloor]) {
      peers.push({ name: `${s.name}|warm`, run: (i) => s.sign(t.pick(i), WARM) });
    }
    const m = await compare(peers, t.o);
    const oursCold = m.get('ours|cold')!.median;
    for (const p of peers) {
      const s = m.get(p.name)!;
      const [name, keys] = p.name.split('|') as [string, string];
      const ours = keys === 'cold' ? oursCold : m.get('ours|warm')!.median;
      rows.push([t.name, keys, name, us(s.min), us(s.median), us(s.max), `±${fixed(relativeIqr(s) * 100, 1)} %`, us(s.wallMedian), name === 'ours' ? '' : fixed(ours / s.median, 3)]);
    }
    rows.push(['', '', '', '', '', '', '', '', '']);
    if (t.name.startsWith('mix')) mix = m;
  }
  rows.pop();
  console.log(table(['request', 'keys', 'contender', 'min µs', 'median µs', 'max µs', 'IQR/2', 'wall µs', 'ours/this'], rows));
  console.log('\nCPU time per signature (user + system), rounds interleaved; ours/this: median over median (below 1: we are faster).');
  const ratio = (a: string, b: string): number => mix!.get(a)!.median / mix!.get(b)!.median;
  return {
    ratioColdKeys: ratio('ours|cold', 'smithy+pure-js|cold'),
    ratioWarmKeys: ratio('ours|warm', 'smithy+pure-js|warm'),
    ratioVsSmithyNode: ratio('ours|cold', 'smithy+node|cold'),
    ratioVsSmithyPureJs: ratio('ours|cold', 'smithy+pure-js|cold'),
    ratioVsAws4: ratio('ours|cold', 'aws4|cold'),
    ratioVsNobleFloor: ratio('ours|cold', 'noble floor|cold'),
  };
}
