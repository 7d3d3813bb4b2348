/**
 * Signing throughput: our parseRequest + signRequest (every stage of the trace, with provenance)
 * against @smithy/signature-v4 with the pure-JS @aws-crypto/sha256-js, header mode, same requests.
 * Cold: a new signing date each operation, so smithy's signing-key cache misses and both derive
 * the key. Warm: one date and secret, so smithy reuses its cached key (we have no cache).
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { amzDateOf, parseRequest, signRequest, type AmzDate } from '../src/sigv4/index';
import { compare, type MeasureOptions, type Peer } from './measure';
import { fixed, table } from './report';
import { ourOptions, WORKLOADS, type Workload } from './requests';

const DAY = 86_400_000;
const BASE = Date.UTC(2015, 7, 30, 12, 36, 0);
/** Distinct signing days, many more than smithy's 50-entry key cache holds. */
const DATES = Array.from({ length: 4096 }, (_, i) => new Date(BASE + i * DAY));
const AMZ_DATES: AmzDate[] = DATES.map((d) => amzDateOf(d)!);
const WARM_DATE = DATES[0]!;
const WARM_AMZ = AMZ_DATES[0]!;

function signerFor(w: Workload): SignatureV4 {
  return new SignatureV4({
    service: w.service,
    region: w.region,
    credentials: w.credentials,
    sha256: Sha256,
    uriEscapePath: w.profile === 'generic',
    applyChecksum: w.profile === 's3',
  });
}

interface Contender {
  ours: (w: Workload, i: number) => unknown;
  smithy: (w: Workload, signer: SignatureV4, i: number) => Promise<unknown>;
}

const cold: Contender = {
  ours: (w, i) => signRequest(parseRequest(w.text), ourOptions(w, AMZ_DATES[i % AMZ_DATES.length]!)).stages.authorization?.text,
  smithy: (w, s, i) => s.sign(w.smithy, { signingDate: DATES[i % DATES.length]! }),
};
const warm: Contender = {
  ours: (w) => signRequest(parseRequest(w.text), ourOptions(w, WARM_AMZ)).stages.authorization?.text,
  smithy: (w, s) => s.sign(w.smithy, { signingDate: WARM_DATE }),
};

/** Both signers must produce the same Authorization header, or the comparison is meaningless. */
async function checkSameSignatures(signers: readonly SignatureV4[]): Promise<void> {
  for (const [k, w] of WORKLOADS.entries()) {
    const ours = signRequest(parseRequest(w.text), ourOptions(w, WARM_AMZ)).stages.authorization?.text;
    const theirs = (await signers[k]!.sign(w.smithy, { signingDate: WARM_DATE })).headers.authorization;
    if (ours !== theirs) throw new Error(`bench: signatures differ for ${w.name}:\n ours   ${ours}\n smithy ${theirs}`);
  }
}

/** Runs the signing section; returns the mix ratios (ours / smithy, time per operation). */
export async function signingSection(o: MeasureOptions): Promise<{ ratioColdKeys: number; ratioWarmKeys: number }> {
  const signers = WORKLOADS.map(signerFor);
  await checkSameSignatures(signers);
  const rows: string[][] = [];
  const ratios = { cold: 0, warm: 0 };
  for (const [label, c] of [['cold', cold], ['warm', warm]] as const) {
    const targets: { name: string; pick: (i: number) => number }[] = [
      ...WORKLOADS.map((w, k) => ({ name: w.name, pick: () => k })),
      { name: 'mix (all four in turn)', pick: (i: number) => i % WORKLOADS.length },
    ];
    for (const t of targets) {
      const peers: Peer[] = [
        { name: 'ours', run: (i) => c.ours(WORKLOADS[t.pick(i)]!, i) },
        { name: 'smithy', run: (i) => c.smithy(WORKLOADS[t.pick(i)]!, signers[t.pick(i)]!, i) },
      ];
      const m = await compare(peers, o);
      const ours = m.get('ours')! / 1000;
      const smithy = m.get('smithy')! / 1000;
      rows.push([t.name, label, fixed(ours), fixed(smithy), fixed(ours / smithy, 3)]);
      if (t.name.startsWith('mix')) ratios[label] = ours / smithy;
    }
  }
  console.log(table(['request', 'keys', 'ours µs/op', 'smithy µs/op', 'ours/smithy'], rows));
  return { ratioColdKeys: ratios.cold, ratioWarmKeys: ratios.warm };
}
