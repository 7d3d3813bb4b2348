/**
 * Small edits of raw request text for the what-if catalogue: change, add or remove a header line,
 * drop a query parameter. Positions come from the core's parser, so folded header lines, CRLF line
 * ends and absolute-form targets are handled as the signer sees them.
 */
import { decodedQuery, fieldValue, findHeader, parseRequest, type HeaderField, type RequestModel } from '../sigv4';

export { findHeader };

/** Parses request text, or null when it cannot be parsed (the what-if then leaves it alone). */
export function tryParse(text: string): RequestModel | null {
  try {
    return parseRequest(text);
  } catch {
    return null;
  }
}

/** The value of a header field, continuation lines joined, as written. */
export function headerValue(h: HeaderField): string {
  return fieldValue(h).text;
}

/** Replaces a header's value, keeping the whitespace that followed its colon. */
export function replaceHeaderValue(request: RequestModel, h: HeaderField, value: string): string {
  const first = h.value[0]!;
  const last = h.value[h.value.length - 1]!;
  const lead = /^[ \t]*/.exec(first.text)![0];
  return request.source.slice(0, first.start) + lead + value + request.source.slice(last.end);
}

/** Adds a header line after the last header (or after the request line when there is none). */
export function addHeader(request: RequestModel, name: string, value: string): string {
  const last = request.headers[request.headers.length - 1];
  const at = last ? last.line.end : request.version.end;
  const s = request.source;
  return s.slice(0, at) + request.lineEnding + `${name}: ${value}` + s.slice(at);
}

/** Removes every header line of a name, with its line end (one parse, not one per line removed). */
export function removeHeaders(text: string, lowerName: string): string {
  const request = tryParse(text);
  if (!request) return text;
  const s = request.source;
  const kept: string[] = [];
  let from = 0;
  for (const h of request.headers) {
    if (h.name.text.toLowerCase() !== lowerName) continue;
    const eol = s.startsWith('\r\n', h.line.end) ? 2 : s.startsWith('\n', h.line.end) ? 1 : 0;
    kept.push(s.slice(from, h.line.start));
    from = h.line.end + eol;
  }
  if (kept.length === 0) return text;
  kept.push(s.slice(from));
  return kept.join('');
}

/** Removes every query parameter of a name (compared case-insensitively, decoded as a server reads it). */
export function removeQueryParam(text: string, lowerName: string): string {
  const request = tryParse(text);
  if (!request || request.query === null) return text;
  const q = request.query;
  const params = decodedQuery(q);
  const kept = params.filter((p) => p.name.toLowerCase() !== lowerName).map((p) => p.raw.piece.text);
  if (kept.length === params.length) return text;
  // An emptied query loses its `?` too.
  const start = kept.length === 0 ? q.start - 1 : q.start;
  return text.slice(0, start) + kept.join('&') + text.slice(q.end);
}

/** True when some header name appears more than once. */
export function hasRepeatedHeader(request: RequestModel): boolean {
  const names = request.headers.map((h) => h.name.text.toLowerCase());
  return new Set(names).size !== names.length;
}
