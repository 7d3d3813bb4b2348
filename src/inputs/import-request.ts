/**
 * The lab's importer: whatever was pasted (raw HTTP, curl, URL) → raw HTTP text, the core's
 * RequestModel, and a map back to the paste. Errors name a line and column of the paste.
 */
import { parseRequest, SigV4Error, type RequestModel, type RequestOrigin } from '../sigv4';
import { synthesizeCurl } from './curl';
import { detectInputKind } from './detect';
import { ImportError } from './errors';
import { toInputOffset, type OffsetMap } from './offset-map';
import type { ImportResult, RequestImport } from './types';
import { synthesizeUrl } from './url';

/** A pasted browser request (DevTools "Copy request headers"): the signer then skips Sec-*, User-Agent and co. */
function looksLikeBrowser(request: RequestModel): boolean {
  const names = new Set(request.headers.map((h) => h.name.text.toLowerCase()));
  for (const n of names) if (n.startsWith('sec-fetch-') || n.startsWith('sec-ch-ua')) return true;
  return names.has('origin') && names.has('referer');
}

/** true when the query carries X-Amz-Signature (compared without case, after percent-decoding). */
export function isPresigned(request: RequestModel): boolean {
  if (!request.query) return false;
  return request.query.text.split('&').some((p) => {
    const name = p.split('=', 1)[0]!;
    let decoded = name;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      // a malformed %-escape: compare the name as written
    }
    return decoded.toLowerCase() === 'x-amz-signature';
  });
}

/** parseRequest of synthesized text; a SigV4Error becomes an ImportError at the mapped input position. */
function parseSynthesized(input: string, kind: 'curl' | 'url', text: string, map: OffsetMap): RequestModel {
  try {
    return parseRequest(text, kind satisfies RequestOrigin);
  } catch (e) {
    if (!(e instanceof SigV4Error)) throw e;
    const at = toInputOffset(map, e.offset ?? 0);
    throw new ImportError(kind, input, at, e.expected, e.found, e);
  }
}

/** Imports pasted text; throws ImportError (or, for raw HTTP text, the core's SigV4Error unchanged). */
export function importRequest(text: string): ImportResult {
  const kind = detectInputKind(text);
  if (kind === 'empty') return { kind, httpText: '', request: null, map: { runs: [] }, presigned: false };
  if (kind === 'http') {
    const parsed = parseRequest(text, 'raw');
    const request = looksLikeBrowser(parsed) ? { ...parsed, origin: 'browser' as const } : parsed;
    const map = { runs: [{ from: 0, to: text.length, inputFrom: 0, inputTo: text.length, exact: true }] };
    return { kind, httpText: text, request, map, presigned: isPresigned(request) };
  }
  if (kind === 'url') {
    const { text: httpText, map } = synthesizeUrl(text);
    const request = parseSynthesized(text, kind, httpText, map);
    return { kind, httpText, request, map, presigned: isPresigned(request) };
  }
  const s = synthesizeCurl(text);
  const request = parseSynthesized(text, kind, s.text, s.map);
  const result: RequestImport = {
    kind, httpText: s.text, request, map: s.map, presigned: isPresigned(request),
    ...(s.credentials ? { credentials: s.credentials } : {}),
    ...(s.scope ? { scope: s.scope } : {}),
  };
  return result;
}
