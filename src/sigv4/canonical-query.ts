/**
 * Canonical query string (vectors README, "Query"): split on `&`, then on the first `=` (no `=`
 * means an empty value); form-decode key and value (a raw `+` is a space, `%2B` a plus), re-encode
 * with the unreserved set and upper-case hex; sort by encoded key, then encoded value.
 */
import { QUERY } from './constants';
import { SPEC, TextBuilder, type Origin, type SourcedText } from './provenance';
import type { Spanned } from './request';
import { encodeBytes, percentDecode, percentDecodeText } from './uri-encode';

/** One query parameter, encoded, with the provenance of its key and value. */
export interface QueryParam {
  readonly key: string;
  readonly value: string;
  readonly keySource: SourcedText;
  readonly valueSource: SourcedText;
  /** The key as written, before decoding and encoding. */
  readonly rawKey: string;
}

/** A parameter of the raw query as written. */
export interface RawParam {
  /** The whole `key=value` piece. */
  readonly piece: Spanned;
  readonly key: Spanned;
  readonly value: Spanned | null;
}

/** The query's `&`-separated pieces as written (empty pieces, as in `a=1&&b=2`, are skipped). */
export function splitQuery(query: Spanned | null): RawParam[] {
  if (query === null || query.text === '') return [];
  const out: RawParam[] = [];
  const q = query.text;
  let start = 0;
  for (let i = 0; i <= q.length; i++) {
    if (i < q.length && q.charCodeAt(i) !== 38) continue;
    if (i > start) {
      const piece = q.slice(start, i);
      const eq = piece.indexOf('=');
      const abs = query.start + start;
      const keyText = eq === -1 ? piece : piece.slice(0, eq);
      out.push({
        piece: { text: piece, start: abs, end: abs + piece.length },
        key: { text: keyText, start: abs, end: abs + keyText.length },
        value: eq === -1 ? null : { text: piece.slice(eq + 1), start: abs + eq + 1, end: abs + piece.length },
      });
    }
    start = i + 1;
  }
  return out;
}

/** A parameter as a server reads it: name and value form-decoded (a raw `+` is a space). */
export interface DecodedParam {
  readonly name: string;
  readonly value: string;
  readonly raw: RawParam;
}

/** The query's parameters decoded as AWS decodes them, in the order written: the one reader every caller uses. */
export function decodedQuery(query: Spanned | null): DecodedParam[] {
  return splitQuery(query).map((raw) => ({
    name: percentDecodeText(raw.key.text, 'space'),
    value: raw.value === null ? '' : percentDecodeText(raw.value.text, 'space'),
    raw,
  }));
}

/**
 * The first parameter whose decoded name is `lowerName` (compared without case), decoded as
 * decodedQuery decodes it; only names are decoded on the way, so a long query is not decoded whole.
 */
export function findParam(query: Spanned | null, lowerName: string): DecodedParam | undefined {
  for (const raw of splitQuery(query)) {
    const k = raw.key.text;
    const name = k.includes('%') || k.includes('+') ? percentDecodeText(k, 'space') : k;
    if (name.length === lowerName.length && name.toLowerCase() === lowerName) {
      return { name, value: raw.value === null ? '' : percentDecodeText(raw.value.text, 'space'), raw };
    }
  }
  return undefined;
}

/** Names a presigned URL carries; in query mode the signer writes them anew (SigV4a's region set too: canonicalize drops it there). */
const PRESIGN_KEYS = new Set(Object.values(QUERY).filter((k) => k !== QUERY.regionSet).map((k) => k.toLowerCase()));

/** True for a key (as written) that names a presign parameter; `X-Amz-%53ignature` counts, as it does for a server. */
export function isPresignKey(key: string): boolean {
  return PRESIGN_KEYS.has(percentDecodeText(key, 'space').toLowerCase());
}

/**
 * The request's own parameters that are signed: `X-Amz-Signature` never signs itself, and in query
 * mode old presign parameters give way to new ones.
 */
export function signableParams(query: Spanned | null, dropPresignKeys: boolean): RawParam[] {
  // Compare the decoded name: `X-Amz-%53ignature` is X-Amz-Signature to the server too.
  const signature = QUERY.signature.toLowerCase();
  return splitQuery(query).filter((p) => percentDecodeText(p.key.text, 'space').toLowerCase() !== signature && !(dropPresignKeys && isPresignKey(p.key.text)));
}

/** A parameter as written, re-encoded from its decoded key and value (null: no `=`, an empty value). */
export function encodedParam(p: RawParam, key: Uint8Array, value: Uint8Array | null): QueryParam {
  const k = encodeBytes(key);
  const v = value === null ? '' : encodeBytes(value);
  const valueOrigin: Origin = p.value === null ? SPEC : { kind: 'request', start: p.value.start, end: p.value.end };
  return {
    key: k,
    value: v,
    rawKey: p.key.text,
    keySource: new TextBuilder().push(k, { kind: 'request', start: p.key.start, end: p.key.end }).build(),
    valueSource: new TextBuilder().push(v, valueOrigin).build(),
  };
}

/** The request's signed parameters, form-decoded as AWS decodes them (a raw `+` is a space) and encoded. */
export function requestQueryParams(query: Spanned | null, dropPresignKeys: boolean): QueryParam[] {
  return signableParams(query, dropPresignKeys).map((p) =>
    encodedParam(p, percentDecode(p.key.text, 'space'), p.value === null ? null : percentDecode(p.value.text, 'space')));
}

/** Sorts parameters by encoded key, then encoded value, and joins them into the canonical query. */
export function canonicalQuery(params: readonly QueryParam[]): SourcedText {
  const sorted = [...params].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const b = new TextBuilder();
  sorted.forEach((p, i) => {
    if (i > 0) b.push('&', SPEC);
    b.append(p.keySource).push('=', SPEC).append(p.valueSource);
  });
  return b.build();
}
