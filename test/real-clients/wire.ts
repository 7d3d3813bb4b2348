/**
 * What goes on the wire: the request a client sends (`Sent`), its raw HTTP/1.1 bytes, and the
 * unsigned request our CLI is given for it, which is the sent request less what signing added.
 * URLs are split by hand: `new URL()` would normalise the very paths and queries under test.
 */
import { escapeUriPath } from '@smithy/util-uri-escape';
import { authority, type Case } from './cases';

/** A request as a client sends it. `url` is absolute; `headers` keep their order and repeats. */
export interface Sent {
  readonly method: string;
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
}

/** The query parameters a presigned URL carries besides the request's own. */
const AUTH_PARAMS = new Set([
  'x-amz-algorithm', 'x-amz-credential', 'x-amz-date', 'x-amz-expires',
  'x-amz-signedheaders', 'x-amz-signature', 'x-amz-security-token',
]);

/** The path the SDKs put on the wire for a decoded path (each segment escaped, `/` kept). */
export function wirePath(c: Case): string {
  return escapeUriPath(c.path);
}

/** The URL of a case before any client touches its query: scheme, authority, wire path. */
export function baseUrl(c: Case, scheme = 'https'): string {
  return `${scheme}://${authority(c)}${wirePath(c)}`;
}

/**
 * The query as AWS reads it, form-decoded into pairs in order: split on `&`, then on the first
 * `=` (none: an empty value), `+` is a space, %XX are UTF-8 bytes. This is how a person's typed
 * query becomes the decoded values an SDK user passes.
 */
export function formDecode(query: string | undefined): [string, string][] {
  if (query === undefined || query === '') return [];
  const decode = (s: string): string => decodeURIComponent(s.replace(/\+/g, ' '));
  return query
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [decode(p), ''] : [decode(p.slice(0, eq)), decode(p.slice(eq + 1))];
    });
}

export interface UrlParts {
  readonly scheme: string;
  readonly authority: string;
  /** Path and query exactly as written (origin-form request target). */
  readonly target: string;
  readonly path: string;
  readonly query: string | null;
}

export function splitUrl(url: string): UrlParts {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^#]*)$/i.exec(url);
  if (!m) throw new Error(`not an absolute URL: ${url}`);
  const target = m[3] === '' ? '/' : m[3]!;
  const q = target.indexOf('?');
  return {
    scheme: m[1]!.toLowerCase(),
    authority: m[2]!,
    target,
    path: q < 0 ? target : target.slice(0, q),
    query: q < 0 ? null : target.slice(q + 1),
  };
}

/** The value of the first header with this name (any case). */
export function headerValue(headers: Sent['headers'], name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

/** Raw HTTP/1.1 bytes with CRLF line ends; header text as UTF-8, the body as the bytes given. */
export function httpBytes(method: string, target: string, headers: Sent['headers'], body: Uint8Array): Buffer {
  const head = [`${method} ${target} HTTP/1.1`, ...headers.map(([n, v]) => `${n}: ${v}`)].join('\r\n') + '\r\n\r\n';
  return Buffer.concat([Buffer.from(head, 'utf8'), body]);
}

/** A sent request's Host line: the one the client set, else the one its HTTP stack adds from the URL. */
function withHost(s: Sent): Sent['headers'] {
  if (headerValue(s.headers, 'host') !== undefined) return s.headers;
  return [['Host', splitUrl(s.url).authority], ...s.headers];
}

/** The whole request as sent, signature included, for `--verify`. */
export function sentBytes(s: Sent): Buffer {
  return httpBytes(s.method, splitUrl(s.url).target, withHost(s), s.body);
}

/** A presigned URL without its authentication parameters, the rest kept byte for byte in order. */
export function withoutAuthParams(query: string | null): string | null {
  if (query === null) return null;
  const kept = query.split('&').filter((p) => {
    const key = p.split('=', 1)[0]!;
    return !AUTH_PARAMS.has(decodeURIComponent(key).toLowerCase());
  });
  return kept.length === 0 ? null : kept.join('&');
}

/** The signed header names of a signed request (Authorization header or presigned query). */
export function signedHeaderNames(s: Sent): string[] {
  const auth = headerValue(s.headers, 'authorization');
  const fromAuth = auth ? /SignedHeaders=([^,\s]*)/.exec(auth)?.[1] : undefined;
  if (fromAuth !== undefined) return fromAuth.split(';');
  const query = splitUrl(s.url).query ?? '';
  const p = query.split('&').find((x) => x.startsWith('X-Amz-SignedHeaders='));
  return p ? decodeURIComponent(p.slice('X-Amz-SignedHeaders='.length)).split(';') : [];
}

/** The signature a signed request carries. */
export function signatureOf(s: Sent): string {
  const auth = headerValue(s.headers, 'authorization');
  if (auth) return /Signature=([0-9a-f]+)/.exec(auth)?.[1] ?? '';
  return /(?:^|&)X-Amz-Signature=([0-9a-f]+)/.exec(splitUrl(s.url).query ?? '')?.[1] ?? '';
}

/** What our context already makes our signer add, so the request given to it must not carry it. */
export interface Added {
  readonly tokenSigned: boolean;
  readonly signBody: boolean;
}

/**
 * The request the client signed, as raw HTTP for our CLI: the sent method, path and query (less a
 * presigned URL's own parameters), Host, and every other header the client signed, in sent order,
 * except those our signer adds from the context (date, signed token, x-amz-content-sha256).
 */
export function unsignedBytes(s: Sent, added: Added): Buffer {
  const signed = new Set(signedHeaderNames(s));
  const ours = new Set(['authorization', 'host', 'x-amz-date']);
  if (added.tokenSigned) ours.add('x-amz-security-token');
  if (added.signBody) ours.add('x-amz-content-sha256');
  const url = splitUrl(s.url);
  const query = withoutAuthParams(url.query);
  const target = query === null ? url.path : `${url.path}?${query}`;
  const host = headerValue(s.headers, 'host') ?? url.authority;
  const rest = s.headers.filter(([n]) => signed.has(n.toLowerCase()) && !ours.has(n.toLowerCase()));
  return httpBytes(s.method, target, [['Host', host], ...rest], s.body);
}

/**
 * The sent request with one byte of its path changed. The path is always signed; a body is not
 * always (S3 signs its hash through x-amz-content-sha256, which a signature check cannot see past).
 */
export function tampered(s: Sent): Sent {
  const u = splitUrl(s.url);
  const path = u.path.endsWith('/') ? `${u.path}x` : `${u.path.slice(0, -1)}${u.path.endsWith('x') ? 'y' : 'x'}`;
  return { ...s, url: `${u.scheme}://${u.authority}${path}${u.query === null ? '' : `?${u.query}`}` };
}
