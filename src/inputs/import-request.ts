/**
 * The lab's importer: whatever was pasted (raw HTTP, curl, URL) → raw HTTP text, the core's
 * RequestModel, and a map back to the paste. Errors name a line and column of the paste. Which
 * importer reads a paste, and which headers its client signs, is up to the registry (./importers.ts).
 */
import { decodedQuery, fieldValue, type RequestModel } from '../sigv4';
import { importerFor } from './detect';
import { toInputRange, type OffsetMap } from './offset-map';
import type { ImportResult, InputRange, RequestImport } from './types';

/** true when the query carries X-Amz-Signature (compared without case, decoded as a server decodes it). */
export function isPresigned(request: RequestModel): boolean {
  return decodedQuery(request.query).some((p) => p.name.toLowerCase() === 'x-amz-signature');
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

/** Imports pasted text with the first importer that recognises it; throws ImportError (or, for raw HTTP text, the core's SigV4Error unchanged). */
export function importRequest(text: string): ImportResult {
  const importer = importerFor(text);
  if (!importer) return { kind: 'empty', httpText: '', request: null, map: { runs: [] }, presigned: false, unsigned: [], secrets: [] };
  const draft = importer.import(text);
  const { request, map } = draft;
  const signs = importer.signs(draft);
  const unsigned = [...new Set(request.headers.map((h) => h.name.text.toLowerCase()))].filter((n) => !signs(n));
  const result: RequestImport = {
    kind: importer.kind, httpText: draft.httpText, request, map, presigned: isPresigned(request), unsigned, secrets: requestSecrets(request, map, draft.secrets),
    ...(draft.credentials ? { credentials: draft.credentials } : {}),
    ...(draft.scope ? { scope: draft.scope } : {}),
  };
  return result;
}
