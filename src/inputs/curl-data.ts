/**
 * What curl makes of its data and header options: the body (-d pieces joined with `&`), the query
 * additions of -G and --url-query, and the header lines (-H rules of curl(1) "-H, --header").
 */
import { formEncode } from '../sigv4';
import { ImportError } from './errors';
import type { Arg, CurlCommand, DataKind } from './curl-args';
import { concatMapped, subMapped, synthMapped, type MappedText } from './offset-map';

const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/;
/**
 * curl's --data-urlencode and --url-query encoding: curl_easy_escape (every byte but A-Z a-z 0-9 - . _ ~
 * as %XX, upper-case hex), then a space as `+` (tool_getparam.c, "replace_url_encoded_space_by_plus");
 * each output character maps to the character it encodes.
 */
export function curlEscape(m: MappedText): MappedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < m.text.length; ) {
    const cp = m.text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ch = m.text.slice(i, i + len);
    const enc = formEncode(ch);
    for (let k = 0; k < enc.length; k++) {
      starts.push(m.starts[i]!);
      ends.push(m.ends[i + len - 1]!);
    }
    text += enc;
    i += len;
  }
  return { text, starts, ends };
}

/** The data-urlencode forms of curl(1): `content`, `=content`, `name=content`; `@file` and `name@file` read a file. */
export function urlencodeArg(input: string, arg: Arg): MappedText {
  const v = arg.value;
  const p = v.text.search(/[=@]/);
  if (p < 0) return curlEscape(v);
  if (v.text[p] === '@') throw new ImportError('curl', input, v.starts[p]!, 'data-file', v.text.slice(p));
  if (p === 0) return curlEscape(subMapped(v, 1));
  return concatMapped([subMapped(v, 0, p + 1), curlEscape(subMapped(v, p + 1))]);
}

function dataPiece(input: string, kind: DataKind, arg: Arg): MappedText {
  if (kind === 'urlencode') return urlencodeArg(input, arg);
  // -d, --data-binary and --json read a file after @ (`@-` is stdin); --data-raw never does.
  if (kind !== 'raw' && arg.value.text.startsWith('@')) throw new ImportError('curl', input, arg.at, 'data-file', arg.value.text);
  return arg.value;
}

/** The data joined as curl joins it: `&` between pieces, nothing between --json pieces. */
export function joinedData(input: string, cmd: CurlCommand): MappedText | null {
  if (cmd.data.length === 0) return null;
  const parts: MappedText[] = [];
  cmd.data.forEach((d, k) => {
    if (k > 0) parts.push(synthMapped(d.kind === 'json' && cmd.data[k - 1]!.kind === 'json' ? '' : '&'));
    parts.push(dataPiece(input, d.kind, d.arg));
  });
  return concatMapped(parts);
}

/** --url-query pieces (curl 7.87): a leading `+` means "as is", otherwise the data-urlencode forms. */
export function urlQueryPieces(input: string, cmd: CurlCommand): MappedText[] {
  return cmd.urlQuery.map((a) => (a.value.text.startsWith('+') ? subMapped(a.value, 1) : urlencodeArg(input, a)));
}

/** One -H value as curl sends it: a line to send, or a default header it switches off. */
export type HeaderEffect =
  | { readonly kind: 'send'; readonly name: string; readonly line: MappedText }
  | { readonly kind: 'remove'; readonly name: string };

/**
 * curl(1) -H: `Name: value` is sent as written; `Name:` with nothing after the colon removes a header
 * curl would add; `Name;` sends an empty header; `@file` reads headers from a file.
 */
export function headerEffect(input: string, arg: Arg): HeaderEffect {
  const v = arg.value;
  if (v.text.startsWith('@')) throw new ImportError('curl', input, arg.at, 'data-file', v.text);
  const crlf = v.text.search(/[\r\n]/);
  if (crlf >= 0) throw new ImportError('curl', input, v.starts[crlf]!, 'single-line-header', v.text.slice(crlf, crlf + 1));
  const colon = v.text.indexOf(':');
  if (colon < 0) {
    const semi = v.text.indexOf(';');
    if (semi >= 0 && /^\s*$/.test(v.text.slice(semi + 1))) {
      const name = subMapped(v, 0, semi);
      // The `;` stands where the colon goes, so it is mapped to it.
      return { kind: 'send', name: name.text.trim(), line: concatMapped([name, { text: ':', starts: [v.starts[semi]!], ends: [v.ends[semi]!] }]) };
    }
    // Point where the colon was due, after the name, as the core's parser does for raw text.
    let k = 0;
    while (k < v.text.length && TCHAR.test(v.text[k]!)) k++;
    const at = k < v.text.length ? v.starts[k]! : (v.ends[k - 1] ?? arg.at);
    throw new ImportError('curl', input, at, 'header-colon', v.text.slice(k, k + 1));
  }
  const name = v.text.slice(0, colon).trim();
  if (/^\s*$/.test(v.text.slice(colon + 1))) return { kind: 'remove', name };
  return { kind: 'send', name, line: v };
}
