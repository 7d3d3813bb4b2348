/**
 * A case as one bash command line running Debian's curl with `--aws-sigv4`, and the request curl
 * put on the wire read back from the recorder. The same command text is run by bash and given to
 * our CLI, so both read the very same quoting.
 */
import { ACCESS_KEY_ID, authority, bodyBytes, SECRET_ACCESS_KEY, SESSION_TOKEN, type Case } from './cases';
import { wirePath } from './wire';

export const CURL = '/usr/bin/curl';

/** One shell word in single quotes (a quote inside becomes '\''). */
export function quote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Text bash passes through single quotes unchanged: UTF-8 without control characters but LF. */
function plainText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
  return /[\u0000-\u0009\u000b-\u001f\u007f]/.test(text) ? null : text;
}

/** Bytes as bash ANSI-C quoting, `$'…'` with `\xHH` for anything not printable ASCII (how browsers copy binary bodies). */
export function ansiC(bytes: Uint8Array): string {
  let out = "$'";
  for (const b of bytes) {
    if (b === 0) throw new Error('a NUL byte cannot be passed in an argument');
    if (b === 0x27 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `${out}'`;
}

/** The -H argument for a header: `Name;` sends a header with an empty value (curl(1) --header). */
function headerArg(name: string, value: string): string {
  return quote(value === '' ? `${name};` : `${name}: ${value}`);
}

/**
 * The curl command for a case, sent to the recorder with --connect-to so that the Host curl
 * signs is the case's own host (and port). `-q` skips any .curlrc; output goes nowhere; every
 * transfer is bounded by --max-time.
 */
export function curlCommand(c: Case, recorderPort: number): string {
  const body = bodyBytes(c);
  const hasData = c.curlData !== undefined || body.length > 0;
  const words: string[] = [
    'curl', '-q', '-sS', '--max-time', '5', '-o', '/dev/null',
    '--connect-to', `${c.host}:${c.port ?? 80}:127.0.0.1:${recorderPort}`,
    '--aws-sigv4', quote(`aws:amz:${c.region}:${c.service}`), '-u', quote(`${ACCESS_KEY_ID}:${SECRET_ACCESS_KEY}`),
  ];
  if (c.method !== (hasData ? 'POST' : 'GET')) words.push('-X', c.method);
  for (const [n, v] of c.headers ?? []) words.push('-H', headerArg(n, v));
  // curl has no notion of a session token: it is one more -H header, which curl then signs.
  if (c.token === 'signed') words.push('-H', quote(`X-Amz-Security-Token: ${SESSION_TOKEN}`));
  if (c.curlData) words.push(...c.curlData.map(quote));
  else if (body.length > 0) {
    const text = plainText(body);
    words.push('--data-binary', text === null ? ansiC(body) : quote(text));
  }
  words.push(...(c.curlExtra ?? []).map(quote));
  words.push(quote(`http://${authority(c)}${wirePath(c)}${c.query !== undefined ? `?${c.query}` : ''}`));
  return words.join(' ');
}

/** A request as recorded: the request line's parts, header lines in order, the body bytes. */
export interface Recorded {
  readonly bytes: Buffer;
  readonly method: string;
  readonly path: string;
  readonly query: string | null;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
}

/** Splits recorded bytes (curl writes CRLF lines, ASCII names, values as the bytes given). */
export function parseRecorded(bytes: Buffer): Recorded {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) throw new Error('recorded request has no end of header block');
  const [line, ...fields] = bytes.subarray(0, end).toString('utf8').split('\r\n');
  const m = /^(\S+) (\S+) HTTP\/1\.1$/.exec(line ?? '');
  if (!m) throw new Error(`recorded request line: ${line}`);
  const target = m[2]!;
  const q = target.indexOf('?');
  const headers = fields.map((f): [string, string] => {
    const colon = f.indexOf(':');
    return [f.slice(0, colon), f.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '')];
  });
  return {
    bytes, method: m[1]!, path: q < 0 ? target : target.slice(0, q), query: q < 0 ? null : target.slice(q + 1),
    headers, body: bytes.subarray(end + 4),
  };
}

/** The installed curl's version, e.g. [7, 88, 1], from `curl --version`'s first line. */
export function parseCurlVersion(text: string): [number, number, number] | null {
  const m = /^curl (\d+)\.(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}
