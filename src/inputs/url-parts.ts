/**
 * Splits a URL into the parts an HTTP request is made of (RFC 3986 §3), keeping every character's
 * input position. Nothing is re-encoded: the path and query are sent exactly as written.
 */
import { ImportError } from './errors';
import { subMapped, type MappedText } from './offset-map';

/** The parts of a URL; `path` is empty when the URL has none (`https://host?x`). */
export interface UrlParts {
  readonly scheme: 'http' | 'https';
  readonly userinfo: MappedText | null;
  readonly host: MappedText;
  readonly port: MappedText | null;
  readonly path: MappedText;
  readonly query: MappedText | null;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//;
const DEFAULT_PORT = { http: '80', https: '443' } as const;

/** Splits a URL; a URL without a scheme is http, as curl guesses it. Throws ImportError at the bad part. */
export function splitUrl(url: MappedText, input: string, kind: 'curl' | 'url', at: number): UrlParts {
  const t = url.text;
  const pos = (i: number): number => url.starts[i] ?? (url.ends[url.ends.length - 1] ?? at);
  const m = SCHEME.exec(t);
  const scheme = m ? m[1]!.toLowerCase() : 'http';
  if (scheme !== 'http' && scheme !== 'https') throw new ImportError(kind, input, pos(0), 'url-scheme', m![0]);
  let i = m ? m[0].length : 0;
  let authEnd = i;
  while (authEnd < t.length && !'/?#'.includes(t[authEnd]!)) authEnd++;
  const at_ = t.lastIndexOf('@', authEnd - 1);
  const userinfo = at_ >= i ? subMapped(url, i, at_) : null;
  if (userinfo) i = at_ + 1;
  let hostEnd = i;
  if (t[i] === '[') {
    const close = t.indexOf(']', i);
    hostEnd = close < 0 || close > authEnd ? authEnd : close + 1;
  } else {
    while (hostEnd < authEnd && t[hostEnd] !== ':') hostEnd++;
  }
  if (hostEnd === i) throw new ImportError(kind, input, pos(i), 'url', t.slice(i, i + 1));
  let port: MappedText | null = null;
  if (hostEnd < authEnd) {
    if (t[hostEnd] !== ':' || !/^\d*$/.test(t.slice(hostEnd + 1, authEnd))) {
      throw new ImportError(kind, input, pos(hostEnd), 'url-port', t.slice(hostEnd, authEnd));
    }
    // RFC 3986 §3.2.3: an empty port (`host:`) means the default port.
    if (authEnd > hostEnd + 1) port = subMapped(url, hostEnd + 1, authEnd);
  }
  const hash = t.indexOf('#', authEnd);
  const end = hash < 0 ? t.length : hash;
  const q = t.indexOf('?', authEnd);
  const pathEnd = q < 0 || q > end ? end : q;
  return {
    scheme,
    userinfo,
    host: subMapped(url, i, hostEnd),
    port,
    path: subMapped(url, authEnd, pathEnd),
    query: pathEnd < end ? subMapped(url, pathEnd + 1, end) : null,
  };
}

/** The Host header value: clients leave out the scheme's default port (curl, browsers; RFC 9110 §7.2). */
export function hostHeaderValue(parts: UrlParts): MappedText {
  if (!parts.port || parts.port.text.replace(/^0+(?=\d)/, '') === DEFAULT_PORT[parts.scheme]) return parts.host;
  const colon = parts.port.starts[0]! - 1;
  return {
    text: parts.host.text + ':' + parts.port.text,
    starts: [...parts.host.starts, colon, ...parts.port.starts],
    ends: [...parts.host.ends, colon + 1, ...parts.port.ends],
  };
}

/**
 * RFC 3986 §5.2.4 remove_dot_segments, which curl applies to the path unless --path-as-is
 * (curl(1): "curl squashes or merges them according to standards"). Kept segments keep their map.
 */
export function removeDotSegments(path: MappedText): MappedText {
  if (!/(^|\/)\.\.?(\/|$)/.test(path.text)) return path;
  const segs: MappedText[] = [];
  let from = 0;
  for (let k = 1; k <= path.text.length; k++) {
    if (k === path.text.length || path.text[k] === '/') {
      segs.push(subMapped(path, from, k));
      from = k;
    }
  }
  const out: MappedText[] = [];
  segs.forEach((seg, idx) => {
    const name = seg.text.startsWith('/') ? seg.text.slice(1) : seg.text;
    const last = idx === segs.length - 1;
    if (name === '.' || name === '..') {
      if (name === '..' && out.length > 0) out.pop();
      // A trailing dot segment leaves the path ending in a slash: /a/b/.. → /a/.
      if (last) out.push(subMapped(seg, 0, 1));
    } else out.push(seg);
  });
  if (out.length === 0) out.push(subMapped(segs[0]!, 0, 1));
  return {
    text: out.map((s) => s.text).join(''),
    starts: out.flatMap((s) => s.starts),
    ends: out.flatMap((s) => s.ends),
  };
}
