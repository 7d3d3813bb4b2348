/**
 * The message most services (all but S3) answer a bad signature with:
 *   The request signature we calculated does not match … Consult the service documentation for details.
 *
 *   The Canonical String for this request should have been
 *   'POST
 *   /
 *   …
 *   44136fa3…'
 *
 *   The String-to-Sign should have been
 *   'AWS4-HMAC-SHA256
 *   …'
 * The canonical request may itself hold quotes (a header value `it's`, an ETag `"x"`), so a block
 * closes at the last quote that ends a line followed by the next sentence (or nothing), not at the first.
 */
import { EchoError } from './errors';
import type { MappedText } from './offset-map';

/** Echo fields as parsed, undefined where the echo did not say. */
export interface EchoFields {
  canonicalRequest?: string | undefined;
  stringToSign?: string | undefined;
  signatureProvided?: string | undefined;
  accessKeyId?: string | undefined;
  code?: string | undefined;
}

const CANONICAL = /The\s+Canonical\s+String\s+for\s+this\s+request\s+should\s+have\s+been/i;
const STRING_TO_SIGN = /The\s+String-to-Sign\s+should\s+have\s+been/i;

/** true when the text holds one of the two "should have been" markers. */
export function hasServiceMarkers(text: string): boolean {
  return CANONICAL.test(text) || STRING_TO_SIGN.test(text);
}

/** A closing quote: the rest of its line is blank, and the next non-blank line (if any) starts a sentence. */
function closes(t: string, q: number): boolean {
  const after = /[ \t]*(?:\r?\n|$)(?:[ \t]*\r?\n)*([\s\S]?)/y;
  after.lastIndex = q + 1;
  const rest = after.exec(t);
  return rest !== null && (rest[1] === '' || /[A-Z]/.test(rest[1]!));
}

/** Where input position of msg unit i stands (or just after the message). */
function inputPos(msg: MappedText, i: number, fallback: number): number {
  return msg.starts[i] ?? (msg.ends[msg.ends.length - 1] ?? fallback);
}

function block(msg: MappedText, input: string, marker: RegExp, regionEnd: (open: number) => number, last: boolean): string | undefined {
  const t = msg.text;
  const m = marker.exec(t);
  if (!m) return undefined;
  let open = m.index + m[0].length;
  while (open < t.length && /\s/.test(t[open]!)) open++;
  if (t[open] !== "'") throw new EchoError(input, inputPos(msg, open, input.length), 'opening-quote', t.slice(open, open + 1));
  const end = regionEnd(open);
  const region = t.slice(0, end);
  let close = -1;
  for (let q = region.indexOf("'", open + 1); q >= 0; q = region.indexOf("'", q + 1)) {
    if (!closes(region, q)) continue;
    close = q;
    if (!last) break;
  }
  if (close < 0) throw new EchoError(input, inputPos(msg, open, input.length), 'closing-quote', "'");
  // A paste from a Windows terminal carries CRLF; the server's text has LF line ends only.
  return t.slice(open + 1, close).replace(/\r\n/g, '\n');
}

/** The canonical request and string to sign a service message echoes (either may be absent). */
export function parseServiceMessage(msg: MappedText, input: string): EchoFields {
  const sts = STRING_TO_SIGN.exec(msg.text);
  const stsAt = sts ? sts.index : msg.text.length;
  return {
    canonicalRequest: block(msg, input, CANONICAL, (open) => (stsAt > open ? stsAt : msg.text.length), true),
    // The string to sign never holds a quote: its block ends at the first closing one.
    stringToSign: block(msg, input, STRING_TO_SIGN, () => msg.text.length, false),
  };
}
