/**
 * Raw HTTP/1.1 request text, the fallback importer: what is neither a curl command nor a URL is read
 * as a request. A request copied from a browser (DevTools "Copy request headers") was signed by an
 * SDK-style signer in the page, which leaves out Sec-*, User-Agent and the other never-signed headers.
 */
import { isNeverSigned, parseRequest, type RequestModel } from '../sigv4';
import type { Importer } from './importer';

/** A pasted browser request: Sec-Fetch-* or client hints, or both Origin and Referer. */
function looksLikeBrowser(request: RequestModel): boolean {
  const names = new Set(request.headers.map((h) => h.name.text.toLowerCase()));
  for (const n of names) if (n.startsWith('sec-fetch-') || n.startsWith('sec-ch-ua')) return true;
  return names.has('origin') && names.has('referer');
}

/** Raw HTTP text, parsed as it is and mapped onto itself; the core's SigV4Error passes through unchanged. */
export const HTTP_IMPORTER: Importer<'http'> = {
  kind: 'http',
  detect: () => true,
  import: (text) => ({
    httpText: text,
    request: parseRequest(text),
    map: { runs: [{ from: 0, to: text.length, inputFrom: 0, inputTo: text.length, exact: true }] },
    secrets: [],
    clientHeaders: [],
  }),
  signs: (draft) => (looksLikeBrowser(draft.request) ? (name) => !isNeverSigned(name) : () => true),
};
