/**
 * The lab's importer: whatever was pasted (raw HTTP, curl, URL) → raw HTTP text, the core's
 * RequestModel, and a map back to the paste. Errors name a line and column of the paste.
 */
import { decodedQuery, fieldValue, isNeverSigned, parseRequest, SigV4Error, type RequestModel } from '../sigv4';
import { encodeBytesEscaped, hasEscapedBytes } from '../text/byte-escape';
import { synthesizeCurl } from './curl';
import { detectInputKind } from './detect';
import { ImportError } from './errors';
import { toInputOffset, toInputRange, type OffsetMap } from './offset-map';
import type { ImportResult, InputRange, RequestImport } from './types';
import { synthesizeUrl } from './url';

/** A pasted browser request (DevTools "Copy request headers"): its signer skips Sec-*, User-Agent and co. */
function looksLikeBrowser(request: RequestModel): boolean {
  const names = new Set(request.headers.map((h) => h.name.text.toLowerCase()));
  for (const n of names) if (n.startsWith('sec-fetch-') || n.startsWith('sec-ch-ua')) return true;
  return names.has('origin') && names.has('referer');
}

/** true when the query carries X-Amz-Signature (compared without case, decoded as a server decodes it). */
export function isPresigned(request: RequestModel): boolean {
  return decodedQuery(request.query).some((p) => p.name.toLowerCase() === 'x-amz-signature');
}

/** The never-signed headers a browser request carries: the ones an SDK-style signer leaves out. */
function browserUnsigned(request: RequestModel): string[] {
  return [...new Set(request.headers.map((h) => h.name.text.toLowerCase()).filter(isNeverSigned))];
}

const SECRET_HEADERS = new Set(['authorization', 'x-amz-security-token']);
// A presigned URL's signature is a bearer credential too: with the URL it grants access until it expires.
const SECRET_PARAMS = new Set(['x-amz-security-token', 'x-amz-credential', 'x-amz-signature']);

/** Ranges of the input that hold credentials in the request itself: header values and presigned parameters. */
function requestSecrets(request: RequestModel, map: OffsetMap, extra: readonly InputRange[]): InputRange[] {
  const out: InputRange[] = [...extra];
  const add = (start: number, end: number): void => {
    const r = end > start ? toInputRange(map, start, end) : null;
    if (r) out.push(r);
  };
  for (const h of request.headers) {
    if (!SECRET_HEADERS.has(h.name.text.toLowerCase())) continue;
    const v = fieldValue(h).origin;
    if (v.kind === 'request') add(v.start, v.end);
  }
  for (const p of decodedQuery(request.query)) if (SECRET_PARAMS.has(p.name.toLowerCase()) && p.raw.value) add(p.raw.value.start, p.raw.value.end);
  return out.sort((a, b) => a.start - b.start);
}

/** parseRequest of synthesized text; a SigV4Error becomes an ImportError at the mapped input position. */
function parseSynthesized(input: string, kind: 'curl' | 'url', text: string, map: OffsetMap): RequestModel {
  try {
    return parseRequest(text);
  } catch (e) {
    if (!(e instanceof SigV4Error)) throw e;
    const at = toInputOffset(map, e.offset ?? 0);
    throw new ImportError(kind, input, at, e.expected, e.found, e);
  }
}

/** Imports pasted text; throws ImportError (or, for raw HTTP text, the core's SigV4Error unchanged). */
export function importRequest(text: string): ImportResult {
  const kind = detectInputKind(text);
  if (kind === 'empty') return { kind, httpText: '', request: null, map: { runs: [] }, presigned: false, unsigned: [], secrets: [] };
  if (kind === 'http') {
    const request = parseRequest(text);
    const map = { runs: [{ from: 0, to: text.length, inputFrom: 0, inputTo: text.length, exact: true }] };
    const unsigned = looksLikeBrowser(request) ? browserUnsigned(request) : [];
    return { kind, httpText: text, request, map, presigned: isPresigned(request), unsigned, secrets: requestSecrets(request, map, []) };
  }
  if (kind === 'url') {
    const { text: httpText, map, secrets } = synthesizeUrl(text);
    const request = parseSynthesized(text, kind, httpText, map);
    return { kind, httpText, request, map, presigned: isPresigned(request), unsigned: [], secrets: requestSecrets(request, map, secrets) };
  }
  const s = synthesizeCurl(text);
  const parsed = parseSynthesized(text, kind, s.text, s.map);
  // `$'\xff'` in the data is a byte: the body is sent as the bytes the shell would pass to curl.
  const request = hasEscapedBytes(parsed.body.text) ? { ...parsed, bodyBytes: encodeBytesEscaped(parsed.body.text) } : parsed;
  const result: RequestImport = {
    kind, httpText: s.text, request, map: s.map, presigned: isPresigned(request), unsigned: s.unsigned, secrets: requestSecrets(request, s.map, s.secrets),
    ...(s.credentials ? { credentials: s.credentials } : {}),
    ...(s.scope ? { scope: s.scope } : {}),
  };
  return result;
}
