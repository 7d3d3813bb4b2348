/**
 * A generated request described as data, so one description can be written out twice: as raw
 * HTTP/1.1 text for our parseRequest, and as the decoded, pre-joined object smithy signs.
 */

/** One `&`-separated piece of the query: as written, and decoded (what smithy is given). */
export interface QueryPiece {
  /** The piece as written; '' is an empty piece (`a=1&&b=2`), which signers skip. */
  readonly raw: string;
  /** The decoded key. */
  readonly key: string;
  /** The decoded value; null when the piece has no `=`. */
  readonly value: string | null;
}

/** One header field as written. */
export interface HeaderSpec {
  /** The name as written (any case). */
  readonly name: string;
  /** The text after the colon on the first line, then each obs-fold continuation line (which starts with SP or HT). */
  readonly lines: readonly string[];
}

/** The request target: origin-form, or absolute-form with scheme and authority. */
export type TargetForm = { readonly form: 'origin' } | { readonly form: 'absolute'; readonly scheme: 'http' | 'https'; readonly authority: string };

/** A request, piece by piece. */
export interface RequestSpec {
  readonly method: string;
  readonly target: TargetForm;
  /** The path as written (origin-form: starts with `/`; absolute-form: may be empty). */
  readonly path: string;
  /** null: no `?` at all. */
  readonly query: readonly QueryPiece[] | null;
  readonly version: string;
  readonly headers: readonly HeaderSpec[];
  readonly body: string;
  /** The line ending of each line of the head (request line, headers, blank line), cycled. */
  readonly eols: readonly ('\n' | '\r\n')[];
  /** Empty lines before the request line (RFC 9112 §2.2 lets servers skip them). */
  readonly leadingBlankLines: number;
}

/** The request target as written. */
export function targetText(spec: RequestSpec): string {
  const prefix = spec.target.form === 'absolute' ? `${spec.target.scheme}://${spec.target.authority}` : '';
  const query = spec.query === null ? '' : '?' + spec.query.map((p) => p.raw).join('&');
  return prefix + spec.path + query;
}

/** The raw HTTP/1.1 text of a request. */
export function requestText(spec: RequestSpec): string {
  let n = 0;
  const eol = (): string => spec.eols[n++ % spec.eols.length] ?? '\n';
  let out = '';
  for (let i = 0; i < spec.leadingBlankLines; i++) out += eol();
  out += `${spec.method} ${targetText(spec)} ${spec.version}${eol()}`;
  for (const h of spec.headers) {
    out += `${h.name}:${h.lines.join(eol())}${eol()}`;
  }
  return out + eol() + spec.body;
}
