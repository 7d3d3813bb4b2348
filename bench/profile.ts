/**
 * Where our signer's time goes, on the bench mix (cold: a new day each signature):
 * 1. phases, CPU time per signature, interleaved like every other figure: parseRequest;
 *    canonicalize (payload hash, headers, query, URI, canonical request and its hash, string to
 *    sign); signCanonical (key chain, signature, Authorization, signed request); signingKeyChain on
 *    its own; and the bare crypto those stages do (the same SHA-256 and 5 HMACs with @noble/hashes
 *    on the same bytes), so the rest is parsing, canonicalising and provenance;
 * 2. a V8 CPU profile (node:inspector, 50 µs sampling) of signRequest(parseRequest(text)) in a loop:
 *    the functions with the most self time, and the most inclusive time, as file:function.
 * Both run our core from the bundle of bench/bundle.ts (plain JavaScript, as it ships); the profile
 * maps the bundle's lines back to src/ files. `tsx bench/profile.ts` runs this section alone.
 */
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { amzDateOf, type AmzDate, type CanonicalPart, type RequestModel } from '../src/sigv4/index';
import { bundle, type Bundle, type Subjects } from './bundle';
import { compare, sink, type MeasureOptions } from './measure';
import { fixed, table } from './report';
import { ourOptions, WORKLOADS } from './requests';

const DAY = 86_400_000;
const DAYS: AmzDate[] = Array.from({ length: 4096 }, (_, i) => amzDateOf(new Date(Date.UTC(2015, 7, 30, 12, 36, 0) + i * DAY))!);
const enc = new TextEncoder();
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Prepared {
  readonly request: RequestModel;
  readonly canonical: CanonicalPart;
  /** The bytes each hash of a signature covers: the body (when hashed), the canonical request, the key-chain messages, the string to sign. */
  readonly body: Uint8Array | null;
  readonly creq: Uint8Array;
  readonly sts: Uint8Array;
}

function prepare(S: typeof Subjects, k: number): Prepared {
  const w = WORKLOADS[k]!;
  const request = S.parseRequest(w.text);
  const canonical = S.canonicalize(request, ourOptions(w, DAYS[0]!));
  return {
    request,
    canonical,
    body: canonical.payloadSource === 'body' ? request.bodyBytes : null,
    creq: enc.encode(canonical.stages.canonicalRequest.text),
    sts: enc.encode(canonical.stages.stringToSign.text),
  };
}

/** The SHA-256 hashing of canonicalize: the body (when it is hashed) and the canonical request. */
function bareHashes(p: Prepared): Uint8Array {
  if (p.body) sha256(p.body);
  return sha256(p.creq);
}

/** The HMACs of signCanonical: the key chain and the signature. */
function bareHmacs(p: Prepared, k: number, day: AmzDate): Uint8Array {
  const w = WORKLOADS[k]!;
  let key = hmac(sha256, enc.encode(`AWS4${w.credentials.secretAccessKey}`), enc.encode(day.slice(0, 8)));
  for (const m of [w.region, w.service, 'aws4_request']) key = hmac(sha256, key, enc.encode(m));
  return hmac(sha256, key, p.sts);
}

async function phases(S: typeof Subjects, o: MeasureOptions): Promise<void> {
  const prepared = WORKLOADS.map((_, k) => prepare(S, k));
  let n = 0;
  const day = (): AmzDate => DAYS[n++ % DAYS.length]!;
  const k = (i: number): number => i % WORKLOADS.length;
  const m = await compare(
    [
      { name: 'whole: signRequest(parseRequest(text))', run: (i) => S.signRequest(S.parseRequest(WORKLOADS[k(i)]!.text), ourOptions(WORKLOADS[k(i)]!, day())) },
      { name: 'parseRequest', run: (i) => S.parseRequest(WORKLOADS[k(i)]!.text) },
      { name: 'canonicalize', run: (i) => S.canonicalize(prepared[k(i)]!.request, ourOptions(WORKLOADS[k(i)]!, day())) },
      { name: 'signCanonical', run: (i) => S.signCanonical(prepared[k(i)]!.request, ourOptions(WORKLOADS[k(i)]!, day()), prepared[k(i)]!.canonical) },
      { name: '  of which signingKeyChain', run: (i) => { const w = WORKLOADS[k(i)]!; return S.signingKeyChain(w.credentials.secretAccessKey, S.shortDateOf(day()), w.region, w.service); } },
      { name: 'bare SHA-256s of canonicalize (noble)', run: (i) => bareHashes(prepared[k(i)]!) },
      { name: 'bare 5 HMACs of signCanonical (noble)', run: (i) => bareHmacs(prepared[k(i)]!, k(i), day()) },
    ],
    o,
  );
  const med = (name: string): number => m.get(name)!.median;
  const whole = med('whole: signRequest(parseRequest(text))');
  const rows = [...m.values()].map((s) => [s.name, fixed(s.min / 1000), fixed(s.median / 1000), fixed(s.max / 1000), `${fixed((100 * s.median) / whole, 1)} %`]);
  const derived = (name: string, ns: number): string[] => [name, '', fixed(ns / 1000), '', `${fixed((100 * ns) / whole, 1)} %`];
  const hashes = med('bare SHA-256s of canonicalize (noble)');
  const hmacs = med('bare 5 HMACs of signCanonical (noble)');
  rows.push(
    derived('= bare crypto of a signature', hashes + hmacs),
    derived('= canonicalize beyond its hashing', med('canonicalize') - hashes),
    derived('= signCanonical beyond its HMACs', med('signCanonical') - hmacs),
    derived('= whole beyond its crypto', whole - hashes - hmacs),
  );
  console.log(table(['phase (mix, cold)', 'min µs', 'median µs', 'max µs', 'share of whole'], rows));
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function where(b: Bundle, f: ProfileNode['callFrame']): string {
  let file = f.url;
  if (b.bundled && file.replace(/\?.*$/, '') === b.url) file = b.fileOf(f.lineNumber);
  else if (file.startsWith('file://')) file = relative(ROOT, fileURLToPath(file));
  file = file.replace(/^node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '');
  return `${file || '(native)'}:${f.functionName || '(anonymous)'}`;
}

async function cpuProfile(b: Bundle, ms: number): Promise<void> {
  const S = b.subjects;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  const until = performance.now() + ms;
  let i = 0;
  let signatures = 0;
  while (performance.now() < until) {
    for (let j = 0; j < 50; j++, i++) {
      const w = WORKLOADS[i % WORKLOADS.length]!;
      signatures += S.signRequest(S.parseRequest(w.text), ourOptions(w, DAYS[i % DAYS.length]!)).stages.signature.text.length > 0 ? 1 : 0;
    }
  }
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const ours = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, s) => {
    const dt = profile.timeDeltas[s] ?? 0;
    all += dt;
    const leaf = where(b, byId.get(id)!.callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set<string>();
    let mine: string | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = where(b, byId.get(at)!.callFrame);
      if (mine === undefined && key.startsWith('src/')) {
        mine = key;
        ours.set(key, (ours.get(key) ?? 0) + dt);
      }
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, n: number, skip: (k: string) => boolean): string[][] =>
    [...m.entries()].filter(([key]) => !skip(key)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, t]) => [key, `${fixed((100 * t) / all, 1)} %`]);
  const boring = (key: string): boolean => /\((root|program|idle|garbage collector)\)$/.test(key) || key.startsWith('bench/');
  console.log(`\nCPU profile: ${signatures} signatures in ${fixed(all / 1e6, 1)} s (${fixed(all / signatures, 1)} µs each, profiler on)\n`);
  console.log(table(['self time: file:function', 'share'], [...top(self, 15, (key) => key.startsWith('bench/') || key.endsWith('(garbage collector)')), ...top(self, 1, (key) => !key.endsWith('(garbage collector)'))]));
  console.log('');
  console.log(table(['our function + the library and native code it calls directly', 'share'], top(ours, 15, () => false)));
  console.log('');
  console.log(table(['inclusive time: file:function', 'share'], top(total, 15, boring)));
  if (sink < 0) console.log(sink);
}

/** Runs the profile section. */
export async function profileSection(o: MeasureOptions, profileMs: number): Promise<void> {
  const b = await bundle();
  await phases(b.subjects, o);
  await cpuProfile(b, profileMs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await profileSection({ warmupMs: 300, batchMs: 40, rounds: 15 }, 4000);
}
