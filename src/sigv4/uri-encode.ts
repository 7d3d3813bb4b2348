/** Percent-encoding with the SigV4 unreserved set `A-Z a-z 0-9 - _ . ~` and upper-case hex. */
import { utf8 } from './bytes';

const UNRESERVED = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~') UNRESERVED[c.charCodeAt(0)] = 1;
const PCT = Array.from({ length: 256 }, (_, i) => '%' + i.toString(16).toUpperCase().padStart(2, '0'));

function isUnreserved(code: number): boolean {
  return code < 128 && UNRESERVED[code] === 1;
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** Encodes bytes: unreserved bytes stay, every other byte becomes %XX; `keepSlash` keeps `/`. */
export function encodeBytes(bytes: Uint8Array, keepSlash = false): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += isUnreserved(b) || (keepSlash && b === 47) ? String.fromCharCode(b) : PCT[b]!;
  }
  return out;
}

/** Encodes text (as UTF-8) with the unreserved set; a fast path skips text that needs nothing. */
export function uriEncode(text: string, keepSlash = false): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(isUnreserved(c) || (keepSlash && c === 47))) {
      plain = false;
      break;
    }
  }
  return plain ? text : encodeBytes(utf8(text), keepSlash);
}

/**
 * The S3 path rule: encode once, keeping `%XX` escapes already there (`%2F` stays `%2F`),
 * `/` and unreserved bytes; every other byte is encoded (`$` → `%24`, a space → `%20`).
 */
export function uriEncodeKeepingEscapes(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 37 && isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2))) {
      out += text.slice(i, i + 3);
      i += 3;
      continue;
    }
    let j = i;
    while (j < text.length && !(text.charCodeAt(j) === 37 && isHexDigit(text.charCodeAt(j + 1)) && isHexDigit(text.charCodeAt(j + 2)))) j++;
    if (j === i) j = i + 1;
    out += uriEncode(text.slice(i, j), true);
    i = j;
  }
  return out;
}

/** How `+` reads: in a query AWS form-decodes, so a raw `+` is a space; in a path it is a plus. */
export type PlusRule = 'space' | 'plus';

/** Percent-decodes to text (UTF-8, invalid sequences replaced), for comparing names and reading values. */
export function percentDecodeText(text: string, plus: PlusRule): string {
  if (!text.includes('%') && (plus === 'plus' || !text.includes('+'))) return text;
  return new TextDecoder().decode(percentDecode(text, plus));
}

/**
 * Percent-decodes to bytes: valid `%XX` become their byte, anything else (a lone `%`) stays literal.
 * With `plus` = 'space' a raw `+` is a space: AWS form-decodes the query before canonicalising it
 * (vectors README, "Query"), so `q=a+b` signs as `q=a%20b` and a plus sign is sent as `%2B`.
 */
export function percentDecode(text: string, plus: PlusRule): Uint8Array {
  const spaces = plus === 'space';
  if (text.indexOf('%') === -1 && !(spaces && text.includes('+'))) return utf8(text);
  const parts: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 37 && isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2))) {
      parts.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
      continue;
    }
    if (c === 43 && spaces) {
      parts.push(32);
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) !== 37 && !(spaces && text.charCodeAt(j) === 43)) j++;
    for (const b of utf8(text.slice(i, j))) parts.push(b);
    i = j;
  }
  return Uint8Array.from(parts);
}

/** Encodes a query value as an HTML form does (`application/x-www-form-urlencoded`): the unreserved set, a space as `+`. */
export function formEncode(text: string): string {
  return uriEncode(text).replaceAll('%20', '+');
}
