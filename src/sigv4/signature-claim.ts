/**
 * What a signed request says about its own signature, read from the request itself: the
 * Authorization header (header mode) or a presigned URL's X-Amz-* parameters (query mode), and the
 * signing time as SigV4 finds it (AWS General Reference, "Handling dates in Signature Version 4":
 * X-Amz-Date as a header or a query parameter, else the Date header; YYYYMMDD'T'HHMMSS'Z').
 */
import { decodedQuery, findParam } from './canonical-query';
import { ALGORITHM_V4A, HEADER, QUERY } from './constants';
import { SigV4Error, type Expectation } from './errors';
import type { SigningMode } from './options';
import type { HeaderField, RequestModel } from './request';
import { fieldValue, findHeader } from './signing-headers';
import { percentDecodeText } from './uri-encode';
import { lineColumnAt } from '../text/line-column';

/** What the signed request claims about its own signature. */
export interface SignatureClaim {
  readonly mode: SigningMode;
  readonly algorithm: string;
  readonly accessKeyId: string;
  readonly scopeDate: string;
  /** SigV4: the scope's region; SigV4a (a scope without one): the signed X-Amz-Region-Set. */
  readonly region: string;
  readonly service: string;
  readonly terminator: string;
  readonly signedHeaders: readonly string[];
  readonly signature: string;
  readonly amzDate: string;
}

/** The claim as written, and the X-Amz-Date its mode reads (`at`: where an error about it points), if any. */
export interface ClaimRead {
  readonly claim: Omit<SignatureClaim, 'amzDate'>;
  readonly time: { readonly value: string; readonly at: number } | undefined;
}

/** A signing time a request carries: its text (trimmed), the range [start, end) of `source` it stands in, and where it was found. */
export interface RequestTime {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly from: 'x-amz-date' | 'query' | 'date';
}

/** AWS4-HMAC-SHA256 and AWS4-ECDSA-P256-SHA256 alike. */
const AWS4_SCHEME = /^\s*AWS4-/i;

/**
 * True when the request carries a SigV4 signature: an Authorization header naming an AWS4 algorithm,
 * or a non-empty X-Amz-Signature in its query (a link cuts the value out, leaving the name).
 */
export function carriesSignature(request: RequestModel): boolean {
  const auth = findHeader(request, HEADER.authorization);
  if (auth) return AWS4_SCHEME.test(fieldValue(auth).text);
  return (findParam(request.query, QUERY.signature.toLowerCase())?.value ?? '') !== '';
}

/**
 * Reads the signature a request claims: null when it has neither an Authorization header nor
 * X-Amz-Signature; throws SigV4Error (line and column of the request) when that signature is unreadable.
 */
export function readSignatureClaim(request: RequestModel): ClaimRead | null {
  const fail = (offset: number, expected: Expectation, found: string): never => {
    const { line, column } = lineColumnAt(request.source, offset);
    throw new SigV4Error({ source: 'request', expected, found, line, column, offset });
  };
  const params = new Map<string, { value: string; at: number }>();
  for (const p of decodedQuery(request.query)) params.set(p.name.toLowerCase(), { value: p.value, at: p.raw.key.start });
  const auth = findHeader(request, HEADER.authorization);
  if (auth) {
    const v = fieldValue(auth);
    const start = auth.value[0]!.start;
    const m = /^\s*(\S+)\s+(.*)$/.exec(v.text);
    const fields = new Map<string, string>();
    for (const part of (m?.[2] ?? '').split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    const cred = fields.get('Credential')?.split('/') ?? [];
    const sh = fields.get('SignedHeaders');
    const sig = fields.get('Signature');
    if (!m || cred.length < scopeParts(m[1]!) + 1 || sh === undefined || sig === undefined) return fail(start, 'authorization-header', v.text.trim());
    const d = findHeader(request, HEADER.date);
    const regionSet = findHeader(request, HEADER.regionSet);
    const claim = fromParts('header', m[1]!, cred, sh, sig, regionSet ? fieldValue(regionSet).text.trim() : '');
    return { claim, time: d ? { value: fieldValue(d).text.trim(), at: d.value[0]!.start } : undefined };
  }
  const signature = params.get(QUERY.signature.toLowerCase());
  if (!signature) return null;
  const get = (k: string) => params.get(k.toLowerCase())?.value ?? '';
  const cred = get(QUERY.credential).split('/');
  if (cred.length < scopeParts(get(QUERY.algorithm)) + 1) return fail(signature.at, 'signed-request', get(QUERY.credential));
  const claim = fromParts('query', get(QUERY.algorithm), cred, get(QUERY.signedHeaders), get(QUERY.signature), get(QUERY.regionSet));
  return { claim, time: params.get(QUERY.date.toLowerCase()) };
}

/** How many parts follow the access key id in a Credential: date, region, service, terminator; SigV4a's scope has no region. */
const scopeParts = (algorithm: string): number => (algorithm === ALGORITHM_V4A ? 3 : 4);

function fromParts(mode: SigningMode, algorithm: string, cred: string[], signedHeaders: string, signature: string, regionSet: string): Omit<SignatureClaim, 'amzDate'> {
  const n = scopeParts(algorithm);
  const [terminator, service, ...rest] = cred.slice(-n).reverse() as [string, string, string, string?];
  const [region, scopeDate]: [string, string] = n === 3 ? [regionSet, rest[0] ?? ''] : [rest[0] ?? '', rest[1] ?? ''];
  return {
    mode, algorithm, accessKeyId: cred.slice(0, -n).join('/'), scopeDate, region, service, terminator,
    signedHeaders: signedHeaders.split(';').filter((s) => s !== ''), signature: signature.toLowerCase(),
  };
}

/**
 * The signing time a request carries, where SigV4 looks for it: the X-Amz-Date header, else the
 * X-Amz-Date query parameter, else, for a request that carries a signature, the Date header (an
 * unsigned request's Date is an HTTP date the signer's X-Amz-Date overrides). null when there is none.
 */
export function requestTime(request: RequestModel): RequestTime | null {
  const header = findHeader(request, HEADER.date);
  if (header) return located(header, 'x-amz-date');
  const value = findParam(request.query, HEADER.date)?.raw.value;
  if (value) return { value: percentDecodeText(value.text, 'space'), start: value.start, end: value.end, from: 'query' };
  const date = findHeader(request, 'date');
  return date && carriesSignature(request) ? located(date, 'date') : null;
}

function located(h: HeaderField, from: RequestTime['from']): RequestTime {
  const { text, origin } = fieldValue(h);
  return { value: text.trim(), start: origin.start, end: origin.end, from };
}
