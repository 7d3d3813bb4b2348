/**
 * fast-check arbitraries shared by the differential and robustness tests: requests described as
 * data (request-spec.ts) with the awkward parts SigV4 implementations disagree on, and signing
 * parameters. Every generated request is valid HTTP/1.1 as the vectors README reads it.
 */
import fc from 'fast-check';
import { controlCharAt } from '../../text/control-chars';
import type { Profile } from '../options';
import type { HeaderSpec, QueryPiece, RequestSpec, TargetForm } from './request-spec';

const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~';
const TCHAR_RE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,14}$/;
const encoder = new TextEncoder();

/** One unreserved character. */
export const unreservedChar = fc.constantFrom(...UNRESERVED);

/** One Unicode code point (never a lone surrogate), excluding the given characters. */
export function codePoint(exclude: string): fc.Arbitrary<string> {
  return fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !exclude.includes(c));
}

/** A C0 control or DEL: refused in every value that ends up in a header or the string to sign. */
const HAS_CONTROL = { test: (s: string): boolean => controlCharAt(s) >= 0 };

/** C0 controls and DEL, without CR and LF (which end lines). */
export const controlChar = fc.constantFrom(...'\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f');

/** Percent-encodes every UTF-8 byte of `text`, hex in upper or lower case. */
export function percentEncodeAll(text: string, lowerHex: boolean): string {
  let out = '';
  for (const b of encoder.encode(text)) {
    const hex = b.toString(16).padStart(2, '0');
    out += '%' + (lowerHex ? hex : hex.toUpperCase());
  }
  return out;
}

/** `%XX` for any byte, either hex case. */
export const percentTriplet = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.boolean())
  .map(([b, lower]) => {
    const hex = b.toString(16).padStart(2, '0');
    return '%' + (lower ? hex : hex.toUpperCase());
  });

// ---------------------------------------------------------------------------------------------
// Paths

const genericPathChar = fc.oneof(
  { weight: 6, arbitrary: unreservedChar },
  { weight: 4, arbitrary: fc.constantFrom(...'!$&\'()*+,;=:@[]# \t"<>\\^`{|}%') },
  { weight: 2, arbitrary: codePoint('\r\n?/') },
  { weight: 1, arbitrary: controlChar },
  { weight: 2, arbitrary: fc.constantFrom('%3D', '%2F', '%2f', '%20', '%2E', '%25', '%41') },
);

/** A path for the generic rules: anything but `?` and line ends, with `.`, `..` and empty segments. */
export const genericPath = pathOf(fc.string({ unit: genericPathChar, minLength: 1, maxLength: 8 }));

/** A path for S3 that is already encoded: unreserved characters, `/` and `%XX` (either hex case). */
export const s3Path = pathOf(
  fc.string({
    unit: fc.oneof({ weight: 6, arbitrary: unreservedChar }, { weight: 2, arbitrary: percentTriplet }),
    minLength: 1,
    maxLength: 10,
  }),
);

function pathOf(segment: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const seg = fc.oneof({ weight: 6, arbitrary: segment }, { weight: 1, arbitrary: fc.constantFrom('', '.', '..') });
  return fc
    .tuple(fc.array(seg, { maxLength: 6 }), fc.boolean())
    .map(([segs, trailing]) => '/' + segs.join('/') + (trailing && segs.length > 0 ? '/' : ''));
}

// ---------------------------------------------------------------------------------------------
// Query

/** A run of query text as written and as it decodes. */
interface Token {
  raw: string;
  decoded: string;
}

const same = (s: string): Token => ({ raw: s, decoded: s });

function queryToken(inValue: boolean): fc.Arbitrary<Token> {
  const rawSpecials = '!$\'()*+,;:@/?[]# "<>\\^`{|}' + (inValue ? '=' : '');
  return fc.oneof(
    { weight: 6, arbitrary: unreservedChar.map(same) },
    // A raw `+` is a space to AWS, which form-decodes the query (vectors README); smithy is given the space.
    { weight: 3, arbitrary: fc.constantFrom(...rawSpecials).map((c) => (c === '+' ? { raw: '+', decoded: ' ' } : same(c))) },
    { weight: 2, arbitrary: codePoint(inValue ? '\r\n&%' : '\r\n&%=').map(same) },
    { weight: 1, arbitrary: controlChar.map(same) },
    {
      // Pre-encoded bytes (`%2F`, `%2b`, `%C3%A9`), always whole UTF-8 sequences.
      weight: 3,
      arbitrary: fc
        .tuple(fc.oneof(fc.constantFrom('/', '+', ' ', '=', '&', '%', '#', '?', '~', 'a', 'é', '€', '😀'), codePoint('')), fc.boolean())
        .map(([c, lower]) => ({ raw: percentEncodeAll(c, lower), decoded: c })),
    },
    // A `%` that starts no escape stays a literal percent (decodes to itself, signs as `%25`).
    { weight: 1, arbitrary: fc.constantFrom('g', 'z', 'G', '-', '_', '.', '~', '!', ' ').map((c) => same('%' + c)) },
  );
}

const join = (tokens: Token[]): Token => ({ raw: tokens.map((t) => t.raw).join(''), decoded: tokens.map((t) => t.decoded).join('') });

/** Presign parameter names, lower-case: signers replace them in query mode. */
export const PRESIGN_KEYS = new Set([
  'x-amz-algorithm',
  'x-amz-credential',
  'x-amz-date',
  'x-amz-expires',
  'x-amz-signedheaders',
  'x-amz-security-token',
  'x-amz-signature',
]);

const ordinaryPiece: fc.Arbitrary<QueryPiece> = fc
  .tuple(fc.array(queryToken(false), { maxLength: 5 }), fc.option(fc.array(queryToken(true), { maxLength: 6 }), { nil: null }))
  .map(([k, v]) => {
    const key = join(k);
    const value = v === null ? null : join(v);
    return { raw: key.raw + (value === null ? '' : '=' + value.raw), key: key.decoded, value: value?.decoded ?? null };
  })
  .filter(
    (p) =>
      p.raw !== '' &&
      p.key !== '__proto__' &&
      !PRESIGN_KEYS.has(p.key.toLowerCase()) &&
      !PRESIGN_KEYS.has(p.raw.split('=')[0]!.toLowerCase()),
  );

/**
 * Presign parameters already in the request, in AWS's exact spelling (both signers replace those
 * in query mode and keep them in header mode) or `x-amz-signature` in any case (never signed).
 * `X-Amz-Security-Token` is left out: see the named deviation.
 */
const presignPiece: fc.Arbitrary<QueryPiece> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('X-Amz-Date', 'X-Amz-Expires', 'X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-SignedHeaders', 'X-Amz-Signature'),
      fc.mixedCase(fc.constant('x-amz-signature')),
    ),
    fc.string({ unit: unreservedChar, maxLength: 8 }),
  )
  .map(([key, value]) => ({ raw: `${key}=${value}`, key, value }));

const queryPiece: fc.Arbitrary<QueryPiece> = fc.oneof(
  { weight: 12, arbitrary: ordinaryPiece },
  { weight: 1, arbitrary: fc.constant({ raw: '', key: '', value: null }) },
  { weight: 1, arbitrary: presignPiece },
);

/** A query: none, or `&`-joined pieces with repeated keys, empty values, keys without `=`, escapes. */
export const query: fc.Arbitrary<QueryPiece[] | null> = fc.option(
  fc.oneof(
    fc.array(queryPiece, { maxLength: 6 }),
    // Repeated keys with several values.
    fc
      .tuple(ordinaryPiece, fc.array(fc.array(queryToken(true), { maxLength: 4 }), { minLength: 1, maxLength: 3 }))
      .map(([p, values]) => [p, ...values.map((v) => join(v)).map((v) => ({ raw: `${p.raw.split('=')[0]!}=${v.raw}`, key: p.key, value: v.decoded }))]),
  ),
  { nil: null, freq: 4 },
);

// ---------------------------------------------------------------------------------------------
// Headers

/** Names with special meaning to one signer or another: generated on purpose, never at random. */
export const RESERVED_HEADER_NAMES = new Set(['host', 'date', 'x-amz-security-token', 'x-amz-content-sha256', '__proto__']);

const COMMON_NAMES = [
  'Content-Type', 'Accept', 'X-Amz-Target', 'X-Amz-Meta-Color', 'X-Amz-User-Agent', 'x-amz-acl', 'My-Header',
  'Content-Length', 'Content-MD5', 'X-Amz-Date', 'Authorization',
  // Headers signers never sign (the test signs with skipNeverSignedHeaders: true).
  'User-Agent', 'Sec-Fetch-Mode', 'Proxy-Authorization', 'Cache-Control', 'Connection', 'TE', 'Expect',
  'X-Amzn-Trace-Id', 'Referer', 'Pragma', 'Max-Forwards', 'Keep-Alive', 'Transfer-Encoding', 'Upgrade', 'Trailer', 'From',
];

/** A header name: a common one in random case, or a random token. */
export const headerName: fc.Arbitrary<string> = fc.oneof(
  fc.mixedCase(fc.constantFrom(...COMMON_NAMES)),
  fc.stringMatching(TCHAR_RE).filter((n) => !RESERVED_HEADER_NAMES.has(n.toLowerCase())),
);

// No controls but tabs: a NUL or ESC in a header value is refused (RFC 9110 §5.5; see the differential test).
const headerValueChar = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  { weight: 4, arbitrary: fc.constantFrom(' ', '\t', '  ', ' \t') },
  { weight: 2, arbitrary: codePoint('\r\n').filter((c) => !HAS_CONTROL.test(c)) },
);

/** Header value text on one line: inner and outer spaces and tabs, Unicode, stray controls. */
export const headerValue = fc.string({ unit: headerValueChar, maxLength: 20 });

/** An obs-fold continuation line: leading whitespace, then text. */
const continuation = fc
  .tuple(fc.constantFrom(' ', '\t', '  ', ' \t '), fc.string({ unit: headerValueChar, maxLength: 12 }))
  .map(([ws, t]) => ws + t);

/** A header field, sometimes folded over several lines. */
export const header: fc.Arbitrary<HeaderSpec> = fc
  .tuple(headerName, headerValue, fc.oneof({ weight: 6, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(continuation, { minLength: 1, maxLength: 2 }) }))
  .map(([name, first, cont]) => ({ name, lines: [first, ...cont] }));

/** Headers with duplicates (the same name in another case, later on). */
export const headers: fc.Arbitrary<HeaderSpec[]> = fc
  .tuple(fc.array(header, { maxLength: 7 }), fc.array(fc.tuple(fc.nat(), headerValue), { maxLength: 2 }))
  .map(([hs, dups]) => {
    const out = [...hs];
    for (const [i, value] of dups) {
      const src = hs[i % Math.max(hs.length, 1)];
      if (src) out.push({ name: flipCase(src.name), lines: [value] });
    }
    return out;
  });

function flipCase(s: string): string {
  return [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** A host name, maybe with a port. */
export const host: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('iam.amazonaws.com', 'example.amazonaws.com', 'examplebucket.s3.amazonaws.com', 'sts.us-east-1.amazonaws.com', 'localhost'),
      fc.stringMatching(/^[a-z0-9-]{1,10}(\.[a-z0-9-]{1,10}){0,3}$/),
    ),
    fc.option(fc.constantFrom(':443', ':80', ':8443'), { nil: '' }),
  )
  .map(([h, port]) => h + port);

const hex64 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));

/** A value for `x-amz-content-sha256` or the payloadHash option. */
export const payloadHashValue: fc.Arbitrary<string> = fc.oneof(
  hex64,
  fc.constantFrom('UNSIGNED-PAYLOAD', 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', 'STREAMING-UNSIGNED-PAYLOAD-TRAILER'),
);

// ---------------------------------------------------------------------------------------------
// Whole requests

/** An HTTP method: a common one or any token. */
export const method: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS'),
  fc.stringMatching(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,10}$/),
);

const body: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom('Action=ListUsers&Version=2010-05-08', 'line one\r\nline two\n\r\n') },
);

const eols = fc.oneof(
  fc.constant<('\n' | '\r\n')[]>(['\n']),
  fc.constant<('\n' | '\r\n')[]>(['\r\n']),
  fc.array(fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'), { minLength: 1, maxLength: 4 }),
);

/** Options for `requestSpec`. */
export interface RequestSpecOptions {
  /** Paths for the S3 rules (already encoded) or the generic ones (anything). */
  readonly profile: Profile;
  /** Add an `x-amz-content-sha256` header sometimes. */
  readonly contentSha256: boolean;
}

/**
 * A whole request: origin-form with a Host header at a random place, or absolute-form (sometimes
 * with a Host header too, which then wins).
 */
export function requestSpec(o: RequestSpecOptions): fc.Arbitrary<RequestSpec> {
  const target: fc.Arbitrary<TargetForm> = fc.oneof(
    { weight: 3, arbitrary: fc.constant({ form: 'origin' as const }) },
    { weight: 1, arbitrary: fc.record({ form: fc.constant('absolute' as const), scheme: fc.constantFrom('http' as const, 'https' as const), authority: host }) },
  );
  const hostHeader = fc
    .tuple(fc.mixedCase(fc.constant('host')), fc.constantFrom('', ' ', '\t', '  '), host, fc.constantFrom('', ' ', '\t'))
    .map(([name, pre, h, post]): HeaderSpec => ({ name, lines: [pre + h + post] }));
  const contentSha = o.contentSha256
    ? fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        {
          weight: 1,
          arbitrary: fc.tuple(fc.mixedCase(fc.constant('x-amz-content-sha256')), payloadHashValue).map(([name, v]): HeaderSpec => ({ name, lines: [v] })),
        },
      )
    : fc.constant(null);
  return fc
    .record({
      method,
      target,
      path: o.profile === 's3' ? s3Path : genericPath,
      emptyAbsolutePath: fc.boolean(),
      query,
      version: fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2'),
      headers,
      hostHeader,
      hostAt: fc.nat(),
      absoluteWithHost: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      contentSha,
      shaAt: fc.nat(),
      body,
      eols,
      leadingBlankLines: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) }),
    })
    .map((r): RequestSpec => {
      const hs = [...r.headers];
      if (r.target.form === 'origin' || r.absoluteWithHost) hs.splice(r.hostAt % (hs.length + 1), 0, r.hostHeader);
      if (r.contentSha) hs.splice(r.shaAt % (hs.length + 1), 0, r.contentSha);
      const path = r.target.form === 'absolute' && r.emptyAbsolutePath && r.path === '/' ? '' : r.path;
      return {
        method: r.method,
        target: r.target,
        path,
        query: r.query,
        version: r.version,
        headers: hs,
        body: r.body,
        eols: r.eols,
        leadingBlankLines: r.leadingBlankLines,
      };
    });
}

// ---------------------------------------------------------------------------------------------
// Signing parameters

/** Credentials: AWS-shaped or arbitrary; the token is sometimes absent, empty, or base64-like. */
export const credentials = fc.record({
  accessKeyId: fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^(AKIA|ASIA)[A-Z0-9]{16}$/) }, { weight: 1, arbitrary: fc.string({ unit: codePoint('\r\n/,'), minLength: 1, maxLength: 12 }).filter((k) => !HAS_CONTROL.test(k)) }),
  secretAccessKey: fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9+/]{40}$/) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) }),
  sessionToken: fc.option(
    fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9+/]{8,60}={0,2}$/) },
      { weight: 1, arbitrary: fc.constant('') },
      // No CR or LF: a token with a line break cannot travel in a header (see the differential test).
      { weight: 1, arbitrary: fc.string({ unit: codePoint('\r\n'), maxLength: 20 }).filter((t) => !HAS_CONTROL.test(t)) },
    ),
    { nil: undefined },
  ),
});

/** A region: AWS-shaped or any non-empty string. */
export const region: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z]{2}-[a-z]{4,9}-[1-9]$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }).filter((r) => !HAS_CONTROL.test(r) && !r.includes('/')) },
);

/** A service name: a real one or any non-empty string. */
export const service: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('iam', 's3', 'sts', 'execute-api', 'lambda', 'dynamodb', 'service') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }).filter((r) => !HAS_CONTROL.test(r) && !r.includes('/')) },
);

/** A signing time between 1970 and 9999 (X-Amz-Date has four year digits). */
export const signingDate: fc.Arbitrary<Date> = fc.oneof(
  fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31, 23, 59, 59)), noInvalidDate: true }),
  fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59)), noInvalidDate: true }),
);

/** X-Amz-Expires: 1 second to 7 days. */
export const expiresIn: fc.Arbitrary<number> = fc.integer({ min: 1, max: 604800 });
