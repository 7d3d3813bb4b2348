/**
 * The presigned URL and the signed request-target of query mode: the request's own parameters as
 * written, then the presign parameters in canonical order, then X-Amz-Signature (and the session
 * token when it is appended after signing), the layout of the AWS General Reference example.
 */
import { isPresignKey, type QueryParam, splitQuery } from './canonical-query';
import { QUERY } from './constants';
import { algorithmOf, type SigningOptions } from './options';
import { SPEC, TextBuilder, type Origin, type SourcedText } from './provenance';
import type { RequestModel } from './request';
import { utf8 } from './bytes';
import { percentDecodeText, uriEncode } from './uri-encode';

const PCT = (b: number): string => '%' + b.toString(16).toUpperCase().padStart(2, '0');

/** Percent-encodes only what cannot stand in a URL (controls, space, non-ASCII, `"<>\^`{|}#`). */
export function urlSafe(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20 || c >= 0x7f || '"<>\\^`{|}#'.includes(ch)) for (const b of utf8(ch)) out += PCT(b);
    else out += ch;
  }
  return out;
}

/** The query of the signed request: kept parameters as written, then the signer's. */
export function presignedQuery(
  request: RequestModel,
  added: readonly QueryParam[],
  signatureHex: string,
  options: SigningOptions,
): SourcedText {
  const b = new TextBuilder();
  let empty = true;
  const sep = (): void => {
    if (!empty) b.push('&', SPEC);
    empty = false;
  };
  const v4a = algorithmOf(options) === 'sigv4a';
  for (const p of splitQuery(request.query)) {
    if (isPresignKey(p.key.text) || (v4a && percentDecodeText(p.key.text, 'space').toLowerCase() === QUERY.regionSet.toLowerCase())) continue;
    sep();
    b.push(urlSafe(p.piece.text), { kind: 'request', start: p.piece.start, end: p.piece.end });
  }
  const sorted = [...added].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (const p of sorted) {
    sep();
    b.append(p.keySource).push('=', SPEC).append(p.valueSource);
  }
  b.push('&' + QUERY.signature + '=', SPEC).push(signatureHex, { kind: 'stage', stage: 'signature' });
  const token = options.credentials.sessionToken;
  if (token && options.omitSessionToken) {
    b.push('&' + QUERY.token + '=', SPEC).push(uriEncode(token), { kind: 'context', field: 'sessionToken' });
  }
  return b.build();
}

/** `scheme://host` + path + `?` + query; a lone `/` path is left out, as in the AWS example. */
export function presignedUrl(request: RequestModel, host: { text: string; origin: Origin }, query: SourcedText): SourcedText {
  const b = new TextBuilder().push((request.scheme ?? 'https') + '://', request.scheme ? { kind: 'request', start: request.target.start, end: request.target.start + request.scheme.length } : SPEC);
  b.push(host.text, host.origin);
  const path = request.path;
  if (path.text !== '/' && path.text !== '') b.push(urlSafe(path.text), { kind: 'request', start: path.start, end: path.end });
  return b.push('?', SPEC).append(query).build();
}
