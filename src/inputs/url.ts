/**
 * A bare URL → `GET <path?query> HTTP/1.1` + `Host:`, the request a browser sends when the URL is
 * opened. The path and query are kept exactly as written (a presigned URL's signature covers them
 * byte for byte); the `#fragment` is never sent (RFC 3986 §3.5).
 */
import type { Importer } from './importer';
import { afterSeparator, MapBuilder, mappedSlice, type OffsetMap } from './offset-map';
import { parseSynthesized } from './synthesized';
import { hostHeaderValue, splitUrl } from './url-parts';

/** Builds the GET request a URL stands for; throws ImportError at a bad scheme, host or port. */
export function synthesizeUrl(input: string): { text: string; map: OffsetMap; secrets: { start: number; end: number }[] } {
  const from = input.length - input.trimStart().length;
  const to = input.trimEnd().length;
  const url = splitUrl(mappedSlice(input, from, to), input, 'url', from);
  const b = new MapBuilder().synth('GET ');
  if (url.path.text === '') b.synth('/');
  else b.mapped(url.path);
  if (url.query) b.synth('?').mapped(url.query);
  b.synth(' HTTP/1.1\nHost: ').mapped(hostHeaderValue(url)).synth('\n');
  // A browser never sends the userinfo; its secret is still in the pasted text.
  const secret = url.userinfo ? afterSeparator(url.userinfo, ':') : null;
  return { ...b.build(), secrets: secret ? [secret] : [] };
}

const URL_WITH_SCHEME = /^https?:\/\/\S+$/i;
// A scheme-less URL as curl accepts it: a dotted host name, an optional port, then / ? or # or nothing.
const URL_WITHOUT_SCHEME = /^(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*(?::\d+)?(?:[/?#]\S*)?$/;

/** A single URL: the GET a browser sends, every header of it signed. */
export const URL_IMPORTER: Importer<'url'> = {
  kind: 'url',
  detect: (trimmed) => URL_WITH_SCHEME.test(trimmed) || URL_WITHOUT_SCHEME.test(trimmed),
  import: (text) => {
    const s = synthesizeUrl(text);
    return { httpText: s.text, request: parseSynthesized(text, 'url', s.text, s.map), map: s.map, secrets: s.secrets, clientHeaders: [] };
  },
  signs: () => () => true,
};
