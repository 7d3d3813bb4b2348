/**
 * Which headers are signed, and how the signed request's header section changes. The rules of the
 * vectors README: an Authorization header is never signed; X-Amz-Date is replaced by the signing
 * time; header mode adds X-Amz-Date, X-Amz-Security-Token (unless omitted) and, with sign_body,
 * x-amz-content-sha256, and for SigV4a X-Amz-Region-Set; query mode moves the date, token and
 * region set into the query.
 */
import { HEADER, HEADER_SPELLING, NEVER_SIGNED_HEADERS, NEVER_SIGNED_PREFIXES } from './constants';
import type { HeaderEntry } from './canonical-headers';
import { algorithmOf, type SigningOptions } from './options';
import { SPEC, type Origin, type SourcedText } from './provenance';
import type { HeaderField, RequestModel } from './request';

/** A header line the signer writes into the signed request. */
export interface AddedHeader {
  readonly name: string;
  readonly value: string;
  readonly origin: Origin;
}

/** The headers to sign, and the edits the signed request makes to the header section. */
export interface HeaderPlan {
  readonly entries: readonly HeaderEntry[];
  /** Lower-case names of headers left out of the signature, in order. */
  readonly skipped: readonly string[];
  /** Request header index → its new value (X-Amz-Date replaced in place). */
  readonly replaced: ReadonlyMap<number, AddedHeader>;
  /** Request header indexes left out of the signed request. */
  readonly removed: ReadonlySet<number>;
  /** Lines added before Authorization, in order. */
  readonly added: readonly AddedHeader[];
  /** The host the request goes to, from the Host header or the absolute-form target. */
  readonly host: { readonly text: string; readonly origin: Origin } | null;
}

/** True for headers that signers never sign (User-Agent, Sec-*, Proxy-*, …). */
export function isNeverSigned(lowerName: string): boolean {
  return NEVER_SIGNED_HEADERS.has(lowerName) || NEVER_SIGNED_PREFIXES.some((p) => lowerName.startsWith(p));
}

/** The first field named `lowerName` (compared without case), if any. */
export function findHeader(request: Pick<RequestModel, 'headers'>, lowerName: string): HeaderField | undefined {
  return request.headers.find((h) => h.name.text.toLowerCase() === lowerName);
}

/** The value of the first field named `lowerName`, trimmed (continuation lines joined), or null: the one header reader. */
export function headerValue(request: Pick<RequestModel, 'headers'>, lowerName: string): string | null {
  const h = findHeader(request, lowerName);
  return h ? fieldValue(h).text.trim() : null;
}

/** How many spaces and tabs run from `from` in direction `step` (1 forwards, -1 backwards). */
function blankRun(text: string, from: number, step: 1 | -1): number {
  let i = from;
  while (i >= 0 && i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i += step;
  return (i - from) * step;
}

/** The raw value of a header field (continuation lines joined as written) and the range it spans. */
export function fieldValue(h: HeaderField): { text: string; origin: Extract<Origin, { kind: 'request' }> } {
  const first = h.value[0]!;
  const last = h.value[h.value.length - 1]!;
  const text = h.value.map((v) => v.text).join('');
  // The origin is the value without its surrounding whitespace, which canonicalisation trims anyway.
  // Counted by scanning: `/[ \t]+$/` retries from every blank of a run that something follows,
  // quadratic on a long run (128 KB of blanks took 13 s).
  const lead = blankRun(text, 0, 1);
  const trail = lead === text.length ? lead : blankRun(text, text.length - 1, -1);
  const start = lead === text.length ? first.start : first.start + lead;
  const end = lead === text.length ? first.start : Math.max(start, last.end - trail);
  return { text, origin: { kind: 'request', start, end } };
}

/** Plans the signed headers for a request and options; `payload` is the hashed payload stage. */
export function planHeaders(request: RequestModel, options: SigningOptions, payload: SourcedText): HeaderPlan {
  const header = options.mode === 'header';
  const token = options.credentials.sessionToken;
  const hasToken = token !== undefined && token !== '';
  const timeOrigin: Origin = { kind: 'context', field: 'signingTime' };
  // Built here, handed out read-only.
  const entries: HeaderEntry[] = [];
  const skipped: string[] = [];
  const replaced = new Map<number, AddedHeader>();
  const removed = new Set<number>();
  const added: AddedHeader[] = [];
  let host: HeaderPlan['host'] = null;
  // The caller names the headers that stay unsigned (the request's own client sends them so); SDK-style
  // signers also leave out the headers proxies rewrite (sigv4-pitfalls.md).
  const unsigned = new Set(options.unsignedHeaders ?? []);
  const skip = (lower: string): boolean => unsigned.has(lower) || (options.skipNeverSignedHeaders && isNeverSigned(lower));
  const regionSet = algorithmOf(options) === 'sigv4a';
  const regionOrigin: Origin = { kind: 'context', field: 'region' };
  let dateDone = false;
  let regionSetDone = false;
  let hasContentSha = false;
  request.headers.forEach((h, i) => {
    const lower = h.name.text.toLowerCase();
    const nameOrigin: Origin = { kind: 'request', start: h.name.start, end: h.name.end };
    const value = fieldValue(h);
    if (lower === HEADER.authorization) return void removed.add(i);
    if (lower === HEADER.date) {
      if (!header || dateDone) return void removed.add(i);
      dateDone = true;
      replaced.set(i, { name: h.name.text, value: options.signingTime, origin: timeOrigin });
      entries.push({ name: lower, nameOrigin, value: options.signingTime, valueOrigin: timeOrigin });
      return;
    }
    if (lower === HEADER.token && hasToken) return void removed.add(i);
    // SigV4a signs the region set as this header (header mode) or parameter (query mode): the signer's value replaces the request's.
    if (lower === HEADER.regionSet && regionSet) {
      if (!header || regionSetDone) return void removed.add(i);
      regionSetDone = true;
      replaced.set(i, { name: h.name.text, value: options.region, origin: regionOrigin });
      entries.push({ name: lower, nameOrigin, value: options.region, valueOrigin: regionOrigin });
      return;
    }
    if (lower === HEADER.host && host === null) host = { text: value.text.trim(), origin: value.origin };
    if (lower === HEADER.contentSha256) hasContentSha = true;
    if (skip(lower)) return void skipped.push(lower);
    entries.push({ name: lower, nameOrigin, value: value.text, valueOrigin: value.origin });
  });
  if (host === null && request.authority) {
    // HTTP/1.1 clients send Host from an absolute-form target (RFC 9112 §3.2.2); sign what they will send.
    const origin: Origin = { kind: 'request', start: request.authority.start, end: request.authority.end };
    host = { text: request.authority.text, origin };
    entries.push({ name: HEADER.host, nameOrigin: SPEC, value: request.authority.text, valueOrigin: origin });
    added.push({ name: 'Host', value: request.authority.text, origin });
  }
  if (header && !dateDone) {
    entries.push({ name: HEADER.date, nameOrigin: SPEC, value: options.signingTime, valueOrigin: timeOrigin });
    added.push({ name: HEADER_SPELLING.date, value: options.signingTime, origin: timeOrigin });
  }
  if (header && hasToken) {
    const origin: Origin = { kind: 'context', field: 'sessionToken' };
    if (!options.omitSessionToken) entries.push({ name: HEADER.token, nameOrigin: SPEC, value: token, valueOrigin: origin });
    added.push({ name: HEADER_SPELLING.token, value: token, origin });
  }
  if (header && regionSet && !regionSetDone) {
    entries.push({ name: HEADER.regionSet, nameOrigin: SPEC, value: options.region, valueOrigin: regionOrigin });
    added.push({ name: HEADER_SPELLING.regionSet, value: options.region, origin: regionOrigin });
  }
  if (header && options.signBody && !hasContentSha) {
    const origin: Origin = { kind: 'stage', stage: 'payloadHash' };
    entries.push({ name: HEADER.contentSha256, nameOrigin: SPEC, value: payload.text, valueOrigin: origin });
    added.push({ name: HEADER_SPELLING.contentSha256, value: payload.text, origin });
  }
  return { entries, skipped, replaced, removed, added, host };
}
