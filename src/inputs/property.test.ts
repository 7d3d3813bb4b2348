/**
 * Property: a curl command built from random headers, paths and bodies (single-quoted as a shell
 * user would) imports to the same request as the raw HTTP text it stands for, and both sign to
 * the same canonical request with the core's signRequest.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest, signRequest, type AmzDate, type SigningOptions } from '../sigv4';
import { toInputRange } from './offset-map';
import { imported } from './test-support/helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

const options: SigningOptions = {
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
  region: 'us-east-1', service: 'service', signingTime: '20150830T123600Z' as AmzDate, mode: 'header', expiresIn: 3600,
  doubleUriEncode: true, normalizePath: false, signBody: false, omitSessionToken: false,
  // curl imports always skip never-signed headers; the raw side is told to do the same.
  skipNeverSignedHeaders: true,
};

const printable = (exclude: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
    { weight: 1, arbitrary: fc.constantFrom('é', '€', '😀', '\t', "'", '"', '\\', '$', '`', '!', '&', ';', '|') },
  ).filter((c) => !exclude.includes(c));
const text = (exclude: string, min: number, max: number): fc.Arbitrary<string> =>
  fc.array(printable(exclude), { minLength: min, maxLength: max }).map((a) => a.join(''));

const tchar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!#$%&\'*+^`|~');
const headerName = fc
  .array(tchar, { minLength: 1, maxLength: 12 })
  .map((a) => a.join(''))
  .filter((n) => !['host', 'content-type'].includes(n.toLowerCase()));
// A value with something besides blanks (`Name:` alone tells curl to remove a header).
const headerValue = fc.tuple(fc.constantFrom('', ' ', '  '), printable(' \t'), text('', 0, 20)).map(([a, b, c]) => a + b + c);
const segment = text('/?# \t', 0, 8).filter((s) => s !== '.' && s !== '..');
const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => '/' + s.join('/'));
const query = fc.option(text('# \t', 0, 24), { nil: undefined });
const body = fc.option(fc.array(fc.oneof(printable(''), fc.constant('\n')), { minLength: 1, maxLength: 40 }).map((a) => a.join('')), { nil: undefined });

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

const spec = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  path,
  query,
  headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 }),
  body,
  longFlags: fc.boolean(),
  continuation: fc.boolean(),
});

describe('property: curl with single quotes ≡ raw HTTP', () => {
  it('same request, same map back to the values, same canonical request', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const target = s.path + (s.query !== undefined ? '?' + s.query : '');
        const headers: [string, string][] = [...s.headers, ...(s.body !== undefined ? [['Content-Type', ' text/plain'] as [string, string]] : [])];
        const raw = `${s.method} ${target} HTTP/1.1\nHost: h.example.com\nAccept: */*\n${headers.map(([n, v]) => `${n}:${v}\n`).join('')}${s.body !== undefined ? '\n' + s.body : ''}`;
        const sep = s.continuation ? ' \\\n  ' : ' ';
        const words = [
          'curl',
          s.longFlags ? `--request ${s.method}` : `-X${s.method}`,
          quote(`https://h.example.com${target}`),
          ...headers.map(([n, v]) => `${s.longFlags ? '--header' : '-H'} ${quote(`${n}:${v}`)}`),
          ...(s.body !== undefined ? [`--data-raw ${quote(s.body)}`] : []),
        ];
        const cmd = words.join(sep);
        const fromCurl = imported(cmd);
        const fromRaw = parseRequest(raw);
        expect(fromCurl.httpText).toBe(raw);
        expect(fromCurl.request.path.text).toBe(fromRaw.path.text);
        expect(fromCurl.request.query?.text).toBe(fromRaw.query?.text);
        expect(fromCurl.request.body.text).toBe(fromRaw.body.text);
        expect(fromCurl.request.headers.map((h) => [h.name.text, h.value[0]!.text])).toEqual(fromRaw.headers.map((h) => [h.name.text, h.value[0]!.text]));
        // Host and curl's own Accept come first; the -H headers follow.
        for (const h of fromCurl.request.headers.slice(2)) {
          const v = h.value[0]!;
          const r = toInputRange(fromCurl.map, v.start, v.end);
          // Without a quote inside, the mapped range is the value's own characters in the command.
          if (!v.text.includes("'") && v.text !== '') expect(cmd.slice(r!.start, r!.end)).toBe(v.text);
        }
        // curl sends its Accept unsigned; every -H header is signed.
        expect(fromCurl.unsigned).toEqual(['accept']);
        const a = signRequest(fromCurl.request, { ...options, unsignedHeaders: fromCurl.unsigned }).stages.canonicalRequest.text;
        const b = signRequest(fromRaw, { ...options, unsignedHeaders: ['accept'] }).stages.canonicalRequest.text;
        expect(a).toBe(b);
      }),
      { numRuns: RUNS },
    );
  });
});
