/**
 * The lab's importer: whatever was pasted (raw HTTP, curl, URL) → raw HTTP text, the core's
 * RequestModel, and a map back to the paste. Errors name a line and column of the paste.
 */
import { decodedQuery, isNeverSigned, parseRequest, SigV4Error, type RequestModel } from '../sigv4';
import { synthesizeCurl } from './curl';
import { detectInputKind } from './detect';
import { ImportError } from './errors';
import { toInputOffset, type OffsetMap } from './offset-map';
import type { ImportResult, RequestImport } from './types';
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
  if (kind === 'empty') return { kind, httpText: '', request: null, map: { runs: [] }, presigned: false, unsigned: [] };
  if (kind === 'http') {
    const request = parseRequest(text);
    const map = { runs: [{ from: 0, to: text.length, inputFrom: 0, inputTo: text.length, exact: true }] };
    const unsigned = looksLikeBrowser(request) ? browserUnsigned(request) : [];
    return { kind, httpText: text, request, map, presigned: isPresigned(request), unsigned };
  }
  if (kind === 'url') {
    const { text: httpText, map } = synthesizeUrl(text);
    const request = parseSynthesized(text, kind, httpText, map);
    return { kind, httpText, request, map, presigned: isPresigned(request), unsigned: [] };
  }
  const s = synthesizeCurl(text);
  const request = parseSynthesized(text, kind, s.text, s.map);
  const result: RequestImport = {
    kind, httpText: s.text, request, map: s.map, presigned: isPresigned(request), unsigned: s.unsigned,
    ...(s.credentials ? { credentials: s.credentials } : {}),
    ...(s.scope ? { scope: s.scope } : {}),
  };
  return result;
}
