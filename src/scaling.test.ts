/**
 * Safe and fast at any size. Each workload runs at a size n and at 4n: linear code takes about 4×
 * as long, quadratic code 16×, so a ratio above 8 fails (linear code that builds large strings
 * measures up to about 7× once the small size is fully compiled: the large one's garbage collection
 * grows with the heap; 8 still tells a quadratic workload at once). Robust on a loaded machine: each input is
 * built outside the timing, both sizes are warmed up once, CPU time is measured (not the wall
 * clock), the two sizes are timed in turn, and the medians of 3 timings are compared; a ratio above
 * the limit gets 3 more timings of each (twice at most) before it fails, as a quadratic one does.
 *
 * The workloads that were exponential or quadratic on long runs (wildcards, blanks, XML tags)
 * first run a probe: a size the old code needed a second or more for and linear code needs well
 * under a millisecond, so a regression fails fast instead of hanging on n and 4n.
 *
 * Below them, plain tests of hostile input that used to throw a RangeError: deep JSON in each of
 * its three readers, and a 150 KB echo line. SCALING_REPORT=1 prints the timings.
 */
import { describe, expect, it } from 'vitest';
import { errorText, policyErrorText, policyExpectedText } from './content/describe';
import { diffEcho, likelyCauses } from './diagnose';
import { evaluateTrustPolicy, tryParsePolicy, type TrustRequest } from './flow';
import { EchoError, importRequest, parseEcho } from './inputs';
import { parseRequest, readSigningContext, SigV4Error, signRequest, type Trace } from './sigv4';
import { options } from './sigv4/test-support/sign-fixtures';
import { computeLab, type LabInputs } from './store/lab-compute';
import { computeEcho } from './store/lab-diagnose';
import { MAX_JSON_DEPTH } from './text/json';
import { loadSection } from './content/i18n';

await Promise.all(['errors', 'views'].flatMap((s) => [loadSection(s as 'errors', 'en'), loadSection(s as 'errors', 'ja')]));

const LIMIT = 8;
const ROUNDS = 3;
const PROBE_BUDGET_MS = 100;
const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const LOG_HEAD = '2024-05-01 10:00:00,123 - MainThread - botocore.auth - DEBUG -';

interface Workload {
  readonly name: string;
  /** Builds the input of size n (not timed) and returns the run that is timed. */
  readonly build: (n: number) => () => unknown;
  readonly n: number;
  /** A size to run first under PROBE_BUDGET_MS (see the file comment). */
  readonly probe?: number;
}

const opts = options();
const sign = (text: string): Trace => signRequest(parseRequest(text), opts);

const labInputs = (requestText: string): LabInputs => ({
  requestText, accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: '',
  region: 'us-east-1', service: 'service', signingTime: '20150830T123600Z', mode: 'header', algorithm: 'sigv4', profile: 'generic',
  tokenPlacement: 'signed', payload: 'hash', expires: '3600',
});

/** A botocore `aws --debug` log of a canonical request and a string to sign. */
function debugLog(canonicalRequest: string): string {
  const sts = ['AWS4-HMAC-SHA256', '20150830T123600Z', '20150830/us-east-1/service/aws4_request', '0'.repeat(64)].join('\n');
  return `${LOG_HEAD} CanonicalRequest:\n${canonicalRequest}\n${LOG_HEAD} StringToSign:\n${sts}\n`;
}

const WORKLOADS: readonly Workload[] = [
  {
    // n stars in an Action and in a StringLike condition, against values they do not match.
    name: 'trust policy with many * against a non-matching string',
    n: 250_000,
    probe: 13,
    build: (n) => {
      const stars = '*e'.repeat(n) + '*x';
      const text = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: 'sts:' + stars },
          { Effect: 'Allow', Principal: '*', Action: 'sts:*', Condition: { StringLike: { k: stars } } },
        ],
      });
      const request: TrustRequest = { principal: { type: 'AWS', value: 'arn:aws:iam::111122223333:role/r' }, action: 'sts:' + 'e'.repeat(2 * n), context: { k: 'e'.repeat(2 * n) } };
      return () => expect(evaluateTrustPolicy(text, request).reason).toBe('implicit-deny');
    },
  },
  {
    name: 'n headers through parseRequest and signRequest',
    n: 3000,
    build: (n) => {
      const text = `GET / HTTP/1.1\nHost: example.amazonaws.com\n${Array.from({ length: n }, (_, i) => `X-H${i}: v${i}`).join('\n')}\n\n`;
      return () => sign(text);
    },
  },
  {
    name: 'a header value of n blanks followed by x',
    n: 1_500_000,
    probe: 32_768,
    build: (n) => {
      const text = `GET / HTTP/1.1\nHost: example.amazonaws.com\nX-A: a${' '.repeat(n)}x\n\n`;
      return () => expect(sign(text).stages.canonicalHeaders.text).toContain('x-a:a x\n');
    },
  },
  {
    // Imported, then signed as the lab signs a paste (header mode and the presigned URL).
    name: 'a curl command with n \\-newline continuations through importRequest and the lab',
    n: 3000,
    build: (n) => {
      const text = ['curl https://example.amazonaws.com/', ...Array.from({ length: n }, (_, i) => ` -H 'X-H${i}: v'`)].join(' \\\n');
      return () => {
        expect(importRequest(text).request?.headers.length).toBeGreaterThan(n);
        expect(computeLab(labInputs(text)).trace?.signedHeaderNames.length).toBeGreaterThan(n);
      };
    },
  },
  {
    // Both sides name the same n headers: the lab's echo of a request that has them.
    name: 'an aws --debug echo of n lines through parseEcho and the lab diff',
    n: 2000,
    build: (n) => {
      const hs = Array.from({ length: n }, (_, i) => `x-h${String(i).padStart(6, '0')}:v${i}`);
      const log = debugLog(['GET', '/', '', 'host:example.amazonaws.com', ...hs, '', ['host', ...hs.map((h) => h.split(':')[0])].join(';'), HASH].join('\n'));
      const lab = computeLab(labInputs(`GET / HTTP/1.1\nHost: example.amazonaws.com\n${hs.map((h) => h.replace(':', ': ')).join('\n')}\n\n`));
      return () => expect(computeEcho(log, lab)?.status).toBe('diff');
    },
  },
  {
    name: 'an echo diff of two n-line canonical requests that differ everywhere',
    n: 5000,
    build: (n) => {
      const text = (p: string) => [p === 'a' ? 'GET' : 'PUT', `/${p}`, p, ...Array.from({ length: n }, (_, i) => `${p}${i}:${p}`), '', p, HASH].join('\n');
      const ours = sign('GET / HTTP/1.1\nHost: example.amazonaws.com\n\n');
      const trace: Trace = { ...ours, stages: { ...ours.stages, canonicalRequest: { ...ours.stages.canonicalRequest, text: text('b') } } };
      const server = text('a');
      return () => expect(diffEcho({ canonicalRequest: server }, trace).canonicalRequest?.equal).toBe(false);
    },
  },
  {
    // Start tags that no `>` closes: the element search used to run to the end from each one.
    name: 'an S3 XML echo of n unclosed start tags',
    n: 250_000,
    probe: 8000,
    build: (n) => {
      const text = '<Error><Code>SignatureDoesNotMatch</Code>' + '<StringToSign x'.repeat(n);
      return () => expect(parseEcho(text).code).toBe('SignatureDoesNotMatch');
    },
  },
];

/**
 * The CPU time a run takes, in ms. Not the wall clock: on a busy machine that also counts the time
 * other processes ran, which has nothing to do with the size of the input.
 */
function cpuTime(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * t(4n) / t(n) from the medians of 3 timings of each, the sizes in turn; when that is above the
 * limit, 3 more of each join them (up to ROUNDS times), so one unlucky pause does not decide.
 */
function scaling(small: () => unknown, large: () => unknown): { ok: boolean; detail: string } {
  const s: number[] = [];
  const l: number[] = [];
  const seen: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < 3; k++) {
      s.push(cpuTime(small));
      l.push(cpuTime(large));
    }
    const ratio = median(l) / median(s);
    seen.push(`${median(s).toFixed(1)} ms → ${median(l).toFixed(1)} ms (×${ratio.toFixed(1)}, ${s.length} runs each)`);
    if (ratio <= LIMIT) return { ok: true, detail: seen.join('; ') };
  }
  return { ok: false, detail: seen.join('; ') };
}

describe('every importer, the signer, the policy evaluator and the echo diff stay near-linear', () => {
  it.each(WORKLOADS)('$name', ({ build, n, probe }) => {
    if (probe !== undefined) expect(cpuTime(build(probe)), `size ${probe} within ${PROBE_BUDGET_MS} ms`).toBeLessThan(PROBE_BUDGET_MS);
    const small = build(n);
    const large = build(4 * n);
    // Warm up once: the first runs compile the code they reach.
    small();
    large();
    const r = scaling(small, large);
    if (process.env.SCALING_REPORT) console.log(r.detail);
    expect(r.ok, `t(${4 * n}) / t(${n}) above ${LIMIT}: ${r.detail}`).toBe(true);
  }, 120_000);
});

/** `depth` nested arrays around a value. */
const nested = (depth: number, inner = '1'): string => '['.repeat(depth) + inner + ']'.repeat(depth);

describe('hostile input gives a located error, never a RangeError', () => {
  // The document itself is one level, so the error stands at the bracket that opens level 513:
  // MAX_JSON_DEPTH - 1 brackets after the first one.
  const at = MAX_JSON_DEPTH - 1;

  it('a trust policy nested 10,000 deep names the line and column of the bracket past the limit', () => {
    const text = `{\n  "Statement": ${nested(10_000)}\n}`;
    const r = tryParsePolicy(text);
    if (r.ok) throw new Error('a policy nested 10,000 deep parsed');
    const offset = text.indexOf('[') + at;
    expect({ line: r.error.line, column: r.error.column, offset: r.error.offset }).toEqual({ line: 2, column: 16 + at, offset });
    // The error carries an id; its words (and the editor's sentence) name the limit.
    expect(policyExpectedText('en', r.error.expected)).toContain(`${MAX_JSON_DEPTH} levels`);
    expect(policyErrorText('en', r.error)).toContain(`${MAX_JSON_DEPTH} levels`);
  });

  it('a policy nested just within the limit gets past the JSON reader', () => {
    const r = tryParsePolicy(`{"Statement": ${nested(MAX_JSON_DEPTH - 2, '{}')}}`);
    if (r.ok) throw new Error('not a valid policy');
    expect(policyExpectedText('en', r.error.expected)).not.toContain('levels');
  });

  it('a JSON echo nested 10,000 deep is a json-depth EchoError at its line and column', () => {
    const text = `HTTP/1.1 403 Forbidden\n\n{"message": ${nested(10_000)}}`;
    let error: unknown;
    try {
      parseEcho(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EchoError);
    const e = error as EchoError;
    expect([e.expected, e.line, e.column]).toEqual(['json-depth', 3, 13 + at]);
    expect(errorText('en', e)).toContain(`${MAX_JSON_DEPTH} levels`);
  });

  it('a context.json nested 10,000 deep is a SigV4Error at its line and column', () => {
    const text = `{\n"credentials": ${nested(10_000)}}`;
    let error: unknown;
    try {
      readSigningContext(text, 'header');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SigV4Error);
    const e = error as SigV4Error;
    expect([e.source, e.line, e.column, e.offset]).toEqual(['context', 2, 16 + at, text.indexOf('[') + at]);
    expect(e.expected).toBe('json-depth');
    expect(errorText('en', e)).toMatch(/at most 512 levels deep/);
  });

  it('an echo line of 150 KB is diffed byte by byte (no spread into a call)', () => {
    const big = 'v'.repeat(150_000);
    const lab = computeLab(labInputs(`GET / HTTP/1.1\nHost: example.amazonaws.com\nX-Big: ${big}\n\n`));
    const ours = lab.trace!.stages.canonicalRequest.text;
    // The server saw every other byte of the value changed, and one extra line of 150 KB.
    const serverValue = big.replace(/vv/g, 'vw');
    const server = ours.replace(big, serverValue).replace('host:', `a-long:${'z'.repeat(150_000)}\nhost:`).replace('host;', 'a-long;host;');
    const outcome = computeEcho(debugLog(server), lab);
    if (outcome?.status !== 'diff') throw new Error(`no diff: ${JSON.stringify(outcome).slice(0, 200)}`);
    const line = outcome.diff.canonicalRequest!.lines.find((l) => l.header === 'x-big')!;
    expect(line.equal).toBe(false);
    const changed = line.bytes!.filter((b) => b.kind !== 'equal');
    expect(changed.length).toBeGreaterThan(0);
    expect(line.bytes!.at(-1)!.serverEnd).toBe(`x-big:${serverValue}`.length);
    expect(outcome.diff.canonicalRequest!.lines.find((l) => l.header === 'a-long')!.ours).toBeNull();
    expect(likelyCauses(outcome.diff, lab.trace!).length).toBeGreaterThan(0);
  });
});
