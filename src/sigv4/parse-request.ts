/**
 * Raw HTTP/1.1 request text → RequestModel (RFC 9112 message syntax, as the vectors README reads it):
 * the request line splits on the first and the LAST space, so paths may hold raw spaces and UTF-8;
 * origin-form or absolute-form targets; obs-fold continuation lines; CRLF or LF; a blank line, then the body.
 */
import { utf8 } from './bytes';
import { SigV4Error, type Expectation } from './errors';
import type { HeaderField, RequestModel, Spanned } from './request';
import { codePointName, controlCharAt } from '../text/control-chars';
import { lineColumnAt, lineStarts } from '../text/line-column';

const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]$/;
const VERSION = /^HTTP\/\d(?:\.\d)?$/;
const ABSOLUTE = /^(https?):\/\//i;

interface Line {
  start: number;
  end: number;
  next: number;
  crlf: boolean;
}

class Reader {
  private starts: number[] | null = null;
  constructor(readonly text: string) {}

  fail(offset: number, expected: Expectation, found: string): never {
    this.starts ??= lineStarts(this.text);
    const { line, column } = lineColumnAt(this.text, offset, this.starts);
    throw new SigV4Error({ source: 'request', expected, found, line, column, offset });
  }

  span(start: number, end: number): Spanned {
    return { text: this.text.slice(start, end), start, end };
  }

  /** The line starting at `from`; a CR must be followed by LF. */
  line(from: number): Line {
    const t = this.text;
    for (let i = from; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) return { start: from, end: i, next: i + 1, crlf: false };
      if (c === 13) {
        if (t.charCodeAt(i + 1) === 10) return { start: from, end: i, next: i + 2, crlf: true };
        this.fail(i + 1, 'line-feed-after-cr', t.slice(i + 1, i + 2));
      }
    }
    return { start: from, end: t.length, next: t.length, crlf: false };
  }
}

/**
 * Parses a raw HTTP/1.1 request; throws SigV4Error naming the line, column and what was expected.
 * Text (a paste) is sent as its UTF-8; bytes (a file) keep their body exactly as given, so a body
 * that is not UTF-8 is hashed as its own bytes. The head must be UTF-8 text.
 */
export function parseRequest(input: string | Uint8Array): RequestModel {
  if (typeof input !== 'string') return parseRequestBytes(input);
  return parseText(input, null);
}

/** The end of the head (after its blank line) in raw bytes, or the length when there is none. */
function headEnd(bytes: Uint8Array): number {
  let lineStart = 0;
  let seenLine = false;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 10) continue;
    const blank = i - lineStart - (i > lineStart && bytes[i - 1] === 13 ? 1 : 0) === 0;
    // Blank lines before the request line are skipped (RFC 9112 §2.2), not the end of the head.
    if (blank && seenLine) return i + 1;
    seenLine ||= !blank;
    lineStart = i + 1;
  }
  return bytes.length;
}

function parseRequestBytes(bytes: Uint8Array): RequestModel {
  const split = headEnd(bytes);
  const headBytes = bytes.subarray(0, split);
  let head: string;
  try {
    head = new TextDecoder('utf-8', { fatal: true }).decode(headBytes);
  } catch {
    const bad = firstInvalidUtf8(headBytes);
    const text = new TextDecoder().decode(headBytes.subarray(0, bad));
    const { line, column } = lineColumnAt(text, text.length);
    throw new SigV4Error({ source: 'request', expected: 'utf8-head', found: '0x' + headBytes[bad]!.toString(16).padStart(2, '0'), line, column, offset: text.length });
  }
  const bodyBytes = bytes.subarray(split);
  return parseText(head + new TextDecoder().decode(bodyBytes), bodyBytes);
}

/** Offset of the lead byte of the first sequence that is not valid UTF-8 (RFC 3629 §4). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    // Overlong three- and four-byte forms, surrogates and code points past U+10FFFF.
    const d = b[i + 1] ?? 0;
    if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f)) return i;
    i += n + 1;
  }
  return b.length;
}

function parseText(text: string, rawBody: Uint8Array | null): RequestModel {
  const r: Reader = new Reader(text);
  let pos = 0;
  // RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request line.
  while (pos < text.length) {
    if (text.startsWith('\r\n', pos)) pos += 2;
    else if (text.charCodeAt(pos) === 10) pos += 1;
    else break;
  }
  const first = r.line(pos);
  const requestLine = parseRequestLine(r, first);
  // Fields are built mutably and frozen into HeaderField at the end: a header folded over
  // thousands of lines must stay linear, not copy its pieces on every continuation.
  const fields: { name: Spanned; value: Spanned[]; start: number; end: number }[] = [];
  let at = first.next;
  let bodyStart = text.length;
  let sawBlank = false;
  while (at < text.length) {
    const ln = r.line(at);
    if (ln.end === ln.start) {
      bodyStart = ln.next;
      sawBlank = true;
      break;
    }
    const c = text.charCodeAt(ln.start);
    if (c === 32 || c === 9) {
      const prev = fields[fields.length - 1];
      if (!prev) r.fail(ln.start, 'continuation-after-header', text.slice(ln.start, ln.start + 1));
      checkValue(r, ln.start, ln.end);
      prev.value.push(r.span(ln.start, ln.end));
      prev.end = ln.end;
    } else {
      const h = parseHeaderLine(r, ln);
      fields.push({ name: h.name, value: [...h.value], start: h.line.start, end: h.line.end });
    }
    at = ln.next;
  }
  if (!sawBlank) bodyStart = text.length;
  const headers: HeaderField[] = fields.map((f) => ({ name: f.name, value: f.value, line: r.span(f.start, f.end) }));
  const body = r.span(bodyStart, text.length);
  return {
    source: text,
    ...requestLine,
    headers,
    body,
    bodyBytes: rawBody ?? utf8(body.text),
    lineEnding: first.crlf ? '\r\n' : '\n',
  };
}

type RequestLineParts = Pick<RequestModel, 'method' | 'target' | 'scheme' | 'authority' | 'path' | 'query' | 'version'>;

function parseRequestLine(r: Reader, ln: Line): RequestLineParts {
  const t = r.text;
  let i = ln.start;
  while (i < ln.end && TCHAR.test(t[i]!)) i++;
  if (i === ln.start || (i < ln.end && t[i] !== ' ')) r.fail(i, 'method-token', t.slice(i, i + 1));
  if (i === ln.end) r.fail(i, 'space-after-method', '');
  const method = r.span(ln.start, i);
  const lastSpace = t.lastIndexOf(' ', ln.end - 1);
  if (lastSpace === i) r.fail(ln.end, 'http-version', '');
  const version = r.span(lastSpace + 1, ln.end);
  if (!VERSION.test(version.text)) r.fail(version.start, 'http-version', version.text);
  const target = r.span(i + 1, lastSpace);
  return { method, target, version, ...parseTarget(r, target) };
}

function parseTarget(r: Reader, target: Spanned): Pick<RequestModel, 'scheme' | 'authority' | 'path' | 'query'> {
  const t = r.text;
  let scheme: 'http' | 'https' | null = null;
  let authority: Spanned | null = null;
  let pathStart = target.start;
  const abs = ABSOLUTE.exec(target.text);
  if (abs) {
    scheme = abs[1]!.toLowerCase() as 'http' | 'https';
    const hostStart = target.start + abs[0].length;
    let hostEnd = hostStart;
    while (hostEnd < target.end && t[hostEnd] !== '/' && t[hostEnd] !== '?') hostEnd++;
    if (hostEnd === hostStart) r.fail(hostStart, 'host', t.slice(hostStart, hostStart + 1));
    authority = r.span(hostStart, hostEnd);
    pathStart = hostEnd;
  } else if (t[target.start] !== '/') {
    r.fail(target.start, 'request-target', target.text.slice(0, 1));
  }
  const q = t.indexOf('?', pathStart);
  const pathEnd = q === -1 || q >= target.end ? target.end : q;
  return {
    scheme,
    authority,
    path: r.span(pathStart, pathEnd),
    query: pathEnd < target.end ? r.span(pathEnd + 1, target.end) : null,
  };
}

function parseHeaderLine(r: Reader, ln: Line): HeaderField {
  const t = r.text;
  let i = ln.start;
  while (i < ln.end && TCHAR.test(t[i]!)) i++;
  if (i === ln.start) r.fail(i, 'header-name', t.slice(i, i + 1));
  if (t[i] !== ':') {
    let j = i;
    while (j < ln.end && (t[j] === ' ' || t[j] === '\t')) j++;
    // RFC 9112 §5.1: no whitespace is allowed between the field name and the colon.
    if (j > i && t[j] === ':') r.fail(i, 'no-space-before-colon', t.slice(i, j + 1));
    const c = t[i];
    r.fail(i, c === undefined || i === ln.end || c === ' ' || c === '\t' ? 'header-colon' : 'header-name', t.slice(i, Math.min(i + 1, ln.end)));
  }
  checkValue(r, i + 1, ln.end);
  return { name: r.span(ln.start, i), value: [r.span(i + 1, ln.end)], line: r.span(ln.start, ln.end) };
}

/** A field value is visible characters, spaces and tabs (RFC 9110 §5.5): NUL or ESC would reach the server as sent. */
function checkValue(r: Reader, start: number, end: number): void {
  const at = controlCharAt(r.text.slice(start, end), true);
  if (at >= 0) r.fail(start + at, 'header-value-char', codePointName(r.text, start + at));
}
