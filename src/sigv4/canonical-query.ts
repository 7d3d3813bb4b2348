/**
 * Canonical query string (vectors README, "Query"): split on `&`, then on the first `=` (no `=`
 * means an empty value); form-decode key and value (a raw `+` is a space, `%2B` a plus), re-encode
 * with the unreserved set and upper-case hex; sort by encoded key, then encoded value.
 */
import { QUERY } from './constants';
import type { Deviation } from './options';
import { mapRuns, SPEC, TextBuilder, type Origin, type SourcedText } from './provenance';
import type { Spanned } from './request';
import { encodeBytes, percentDecode, percentDecodeText, type PlusRule } from './uri-encode';

/** One query parameter, encoded, with the provenance of its key and value. */
export interface QueryParam {
  readonly key: string;
  readonly value: string;
  readonly keySource: SourcedText;
  readonly valueSource: SourcedText;
  /** The key as written, before encoding (only for the sorted-before-encoding mistake). */
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

/** Names a presigned URL carries; in query mode the signer writes them anew. */
const PRESIGN_KEYS = new Set(Object.values(QUERY).map((k) => k.toLowerCase()));

/** True for a key (as written) that names a presign parameter; `X-Amz-%53ignature` counts, as it does for a server. */
export function isPresignKey(key: string): boolean {
  return PRESIGN_KEYS.has(percentDecodeText(key, 'space').toLowerCase());
}

/**
 * Encodes the request's own parameters; `X-Amz-Signature` never signs itself, and in query mode old
 * presign parameters give way to new ones. `plus` is 'space' by the rule; 'plus' only for the
 * what-if of a client that signs a raw `+` as `%2B`.
 */
export function requestQueryParams(query: Spanned | null, dropPresignKeys: boolean, plus: PlusRule = 'space'): QueryParam[] {
  const out: QueryParam[] = [];
  for (const p of splitQuery(query)) {
    // Compare the decoded name: `X-Amz-%53ignature` is X-Amz-Signature to the server too.
    if (percentDecodeText(p.key.text, 'space').toLowerCase() === QUERY.signature.toLowerCase()) continue;
    if (dropPresignKeys && isPresignKey(p.key.text)) continue;
    const key = encodeBytes(percentDecode(p.key.text, plus));
    const value = p.value === null ? '' : encodeBytes(percentDecode(p.value.text, plus));
    const valueOrigin: Origin =
      p.value === null ? SPEC : { kind: 'request', start: p.value.start, end: p.value.end };
    out.push({
      key,
      value,
      rawKey: p.key.text,
      keySource: new TextBuilder().push(key, { kind: 'request', start: p.key.start, end: p.key.end }).build(),
      valueSource: new TextBuilder().push(value, valueOrigin).build(),
    });
  }
  return out;
}

/** Sorts parameters by encoded key, then encoded value, and joins them into the canonical query. */
export function canonicalQuery(params: readonly QueryParam[], deviations: readonly Deviation[] = []): SourcedText {
  const raw = deviations.includes('query-sorted-before-encoding');
  const sorted = [...params].sort((a, b) => {
    const ka = raw ? a.rawKey : a.key;
    const kb = raw ? b.rawKey : b.key;
    return ka < kb ? -1 : ka > kb ? 1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  });
  const b = new TextBuilder();
  sorted.forEach((p, i) => {
    if (i > 0) b.push('&', SPEC);
    b.append(p.keySource).push('=', SPEC).append(p.valueSource);
  });
  let out = b.build();
  if (deviations.includes('query-space-as-plus')) out = mapRuns(out, (t) => t.replaceAll('%20', '+'));
  if (deviations.includes('query-lowercase-hex')) out = mapRuns(out, (t) => t.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  return out;
}
