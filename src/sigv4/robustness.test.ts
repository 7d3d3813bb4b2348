/**
 * Robustness: 10,000 random and mutated inputs through parseRequest and signRequest. The only thing
 * ever thrown is a SigV4Error; a request error names a line and column inside the input (and agrees
 * with its offset); invalid options are refused naming the field; every successful trace's texts
 * are tiled by their provenance segments (architecture practice 6).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '../text/line-column';
import { amzDateOf, parseRequest, profileRules, signRequest, SigV4Error, type AmzDate, type SigningOptions } from './index';
import * as arb from './test-support/arbitraries';
import { requestText } from './test-support/request-spec';
import { traceTilingProblems } from './test-support/tiling';

const RUNS = 10_000;

// ---------------------------------------------------------------------------------------------
// Inputs

/** Characters and runs that stress a line-based parser. */
const chaosUnit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('\r', '\n', '\r\n', '\n\r', ' ', '\t', ':', '/', '?', '%', '&', '=', '#', '@') },
  { weight: 2, arbitrary: fc.constantFrom('\ud800', '\udc00', '\udbff\udfff', '\x00', '\x0b', '\x7f', '\u2028', '\ufeff', '\u0085') },
  { weight: 2, arbitrary: fc.constantFrom('GET', 'POST', ' HTTP/1.1', 'HTTP/', 'Host:', 'host: h', 'https://', 'http://h', '%2', '%zz', '..', '//') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
);
const chaos = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: chaosUnit, maxLength });

/** Random text, sometimes behind a plausible start so the parser gets past the request line. */
const randomText = fc.oneof(
  { weight: 3, arbitrary: chaos(120) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom('GET / HTTP/1.1\n', 'POST https://h/x?y HTTP/1.1\r\nHost: h\r\n', 'PUT /a b HTTP/1.1\nHost:h\n', ''), chaos(120))
      .map(([a, b]) => a + b),
  },
);

interface Mutation {
  kind: 'delete' | 'insert' | 'duplicate' | 'replace' | 'swapLines' | 'truncate';
  at: number;
  length: number;
  text: string;
  other: number;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'replace', 'swapLines', 'truncate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 12 }),
  text: chaos(4),
  other: fc.nat(),
});

/** Applies one mutation (positions wrap around the text; this may split surrogate pairs, on purpose). */
function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'replace':
      return text.slice(0, at) + m.text + text.slice(at + m.length);
    case 'truncate':
      return text.slice(0, at);
    case 'swapLines': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
  }
}

/** Valid requests of both profiles, mutated one to four times. */
const mutatedRequest = fc
  .tuple(
    fc.constantFrom<'generic' | 's3'>('generic', 's3').chain((profile) => arb.requestSpec({ profile, contentSha256: true })),
    fc.array(mutation, { minLength: 1, maxLength: 4 }),
  )
  .map(([spec, ms]) => ms.reduce(mutate, requestText(spec)));

/** Huge lines and long inputs (kept rare: they cost the most). */
const hugeInput = fc
  .tuple(fc.constantFrom('path', 'header', 'query', 'headers', 'body', 'token', 'spaces', 'crs', 'folds'), fc.integer({ min: 10_000, max: 100_000 }))
  .map(([kind, n]) => {
    switch (kind) {
      case 'path':
        return `GET /${'a%2F '.repeat(n / 4)} HTTP/1.1\nHost: h\n\n`;
      case 'header':
        return `GET / HTTP/1.1\nHost: h\nX-Big: ${'v \t'.repeat(n / 3)}\n\n`;
      case 'query':
        return `GET /?${'k=v&'.repeat(n / 4)} HTTP/1.1\r\nHost: h\r\n\r\n`;
      case 'headers':
        return `GET / HTTP/1.1\nHost: h\n${Array.from({ length: n / 100 }, (_, i) => `X-H${i % 50}: v${i}\n`).join('')}\n`;
      case 'body':
        return `POST / HTTP/1.1\nHost: h\n\n${'{"a":"\u00e9"}'.repeat(n / 12)}`;
      case 'token':
        return 'G'.repeat(n);
      case 'spaces':
        return `GET ${' '.repeat(n)} HTTP/1.1\nHost: h\n\n`;
      case 'crs':
        return 'GET / HTTP/1.1\n' + '\r'.repeat(n);
      default:
        // Few enough fold lines to stay fast today; the scaling test below covers many.
        return `GET / HTTP/1.1\nHost: h\nX-Fold: a\n${' b\n'.repeat(n / 50)}\n`;
    }
  });

const input = fc.oneof(
  { weight: 400, arbitrary: randomText },
  { weight: 600, arbitrary: mutatedRequest },
  { weight: 3, arbitrary: hugeInput },
);

// ---------------------------------------------------------------------------------------------
// Options

const validOptions: fc.Arbitrary<SigningOptions> = fc
  .record({
    profile: fc.constantFrom<'generic' | 's3'>('generic', 's3'),
    mode: fc.constantFrom<'header' | 'query'>('header', 'query'),
    credentials: arb.credentials,
    region: arb.region,
    service: arb.service,
    signingDate: arb.signingDate,
    expiresIn: arb.expiresIn,
    omitSessionToken: fc.boolean(),
    skipNeverSignedHeaders: fc.boolean(),
    payloadHash: fc.option(arb.payloadHashValue, { nil: undefined, freq: 2 }),
  })
  .map(({ profile, signingDate, ...o }) => ({ ...profileRules(profile), ...o, signingTime: amzDateOf(signingDate)! }));

/** One option made invalid, and the field the error must name. */
const badEdits: [string, (o: SigningOptions) => SigningOptions][] = [
  ['accessKeyId', (o) => ({ ...o, credentials: { ...o.credentials, accessKeyId: '' } })],
  ['secretAccessKey', (o) => ({ ...o, credentials: { ...o.credentials, secretAccessKey: '' } })],
  ['region', (o) => ({ ...o, region: '' })],
  ['service', (o) => ({ ...o, service: '' })],
  ['signingTime', (o) => ({ ...o, signingTime: 'yesterday' as AmzDate })],
  ['signingTime', (o) => ({ ...o, signingTime: '2015-08-30T12:36:00Z' as AmzDate })],
  ['signingTime', (o) => ({ ...o, signingTime: '20150230T000000Z' as AmzDate })],
  ['mode', (o) => ({ ...o, mode: 'sideways' as 'header' })],
  ...[0, -1, 604801, 1.5, Number.NaN, Number.POSITIVE_INFINITY].map(
    (e): [string, (o: SigningOptions) => SigningOptions] => ['expiresIn', (o) => ({ ...o, mode: 'query', expiresIn: e })],
  ),
];

interface OptionsCase {
  options: SigningOptions;
  /** The field the error must name, or null for valid options. */
  badField: string | null;
}

const options: fc.Arbitrary<OptionsCase> = fc.oneof(
  { weight: 4, arbitrary: validOptions.map((o): OptionsCase => ({ options: o, badField: null })) },
  {
    weight: 1,
    arbitrary: fc.tuple(validOptions, fc.constantFrom(...badEdits)).map(([o, [field, edit]]): OptionsCase => ({ options: edit(o), badField: field })),
  },
);

// ---------------------------------------------------------------------------------------------
// Checks

/** Throws unless `e` is a SigV4Error whose request position lies inside `text`. */
function checkError(e: unknown, text: string): SigV4Error {
  if (!(e instanceof SigV4Error)) throw new Error(`threw something other than SigV4Error: ${String(e)}`, { cause: e });
  expect(e.message.length).toBeGreaterThan(0);
  if (e.source !== 'request') return e;
  const { line, column, offset } = e;
  if (!(Number.isInteger(line) && Number.isInteger(column))) throw new Error(`request error without line/column: ${e.message}`);
  const lines = text.split('\n');
  const lineText = lines[line! - 1];
  if (line! < 1 || lineText === undefined) throw new Error(`line ${line} outside 1..${lines.length}: ${e.message}`);
  if (column! < 1 || column! > lineText.length + 1) throw new Error(`column ${column} outside 1..${lineText.length + 1} on line ${line}: ${e.message}`);
  if (offset !== undefined) {
    if (!(offset >= 0 && offset <= text.length)) throw new Error(`offset ${offset} outside 0..${text.length}`);
    expect(lineColumnAt(text, offset)).toEqual({ line, column });
  }
  return e;
}

function check(text: string, unsigned: readonly string[], o: OptionsCase): void {
  let model;
  try {
    model = parseRequest(text);
  } catch (e) {
    checkError(e, text);
    return;
  }
  expect(model.source).toBe(text);
  let trace;
  try {
    trace = signRequest(model, { ...o.options, unsignedHeaders: unsigned });
  } catch (e) {
    const err = checkError(e, text);
    if (o.badField !== null) {
      expect(err.source).toBe('options');
      expect(err.field).toBe(o.badField);
    } else {
      // Valid options: only the request can be at fault (query mode needs a host).
      expect(err.source).toBe('request');
    }
    return;
  }
  if (o.badField !== null) throw new Error(`signed with an invalid ${o.badField}`);
  const problems = traceTilingProblems(trace);
  if (problems.length > 0) throw new Error(`provenance gaps:\n${problems.join('\n')}`);
  expect(trace.stages.signature.text).toMatch(/^[0-9a-f]{64}$/);
}

describe('robustness: parseRequest and signRequest on hostile input', () => {
  it(
    `throw nothing but SigV4Error, with positions inside the input, and tile every trace (${RUNS} inputs)`,
    () => {
      fc.assert(
        fc.property(input, fc.constantFrom<readonly string[]>([], ['content-type', 'accept'], ['user-agent', 'host']), options, (text, unsigned, o) => check(text, unsigned, o)),
        { numRuns: RUNS },
      );
    },
    60_000,
  );

  it('signs a header folded over 20,000 continuation lines in well under a second (linear, not quadratic)', () => {
    // Core defect (fails until fixed): parse-request.ts rebuilds the header's value array for every
    // continuation line (`[...prev.value, span]`), so n fold lines cost O(n²): 5,000 take ~50 ms,
    // 20,000 ~1.8 s, 66,000 ~20 s. A pasted request must not be able to stall the lab.
    const text = `GET / HTTP/1.1\nHost: h\nX-Fold: a\n${' b\n'.repeat(20_000)}\n`;
    const t0 = performance.now();
    const trace = signRequest(parseRequest(text), {
      ...profileRules('generic'),
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      region: 'us-east-1',
      service: 'service',
      signingTime: '20150830T123600Z' as AmzDate,
      mode: 'header',
      expiresIn: 60,
      omitSessionToken: false,
      skipNeverSignedHeaders: false,
    });
    const ms = performance.now() - t0;
    expect(trace.stages.canonicalHeaders.text).toContain(`x-fold:a${' b'.repeat(20_000)}\n`);
    expect(ms).toBeLessThan(1000);
  });

  it('error positions on known inputs', () => {
    const at = (text: string): [number | undefined, number | undefined] => {
      try {
        parseRequest(text);
      } catch (e) {
        const err = checkError(e, text);
        return [err.line, err.column];
      }
      return [undefined, undefined];
    };
    expect(at('GET / HTTP/1.1\r\nHost: h\rX: y\r\n\r\n')).toEqual([2, 9]);
    expect(at(' continuation\n')).toEqual([1, 1]);
    expect(at('GET / HTTP/1.1\nBad Name: v\n\n')).toEqual([2, 4]);
  });
});
