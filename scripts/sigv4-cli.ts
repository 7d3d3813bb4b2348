/**
 * The sigv4 command-line contract:
 *   npm run --silent sigv4 -- --request FILE --context FILE [--mode header|query] [--algorithm sigv4|sigv4a]
 *   npm run --silent sigv4 -- --verify FILE --context FILE
 * With --algorithm sigv4a the context's `region` is the region set, and the output's `signature` is
 * DER hex with the derived `publicKey` ({X, Y}) beside it; --verify reads the algorithm from the request.
 * FILE is raw HTTP/1.1 (read as bytes: a body that is not UTF-8 is hashed as given), a curl command
 * line or a URL, told apart as the lab tells them. Success: exit 0, one JSON object on stdout. Bad
 * input: exit 2, nothing on stdout, one line on stderr naming the file, the line:column where known,
 * and the problem.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { errorText } from '../src/content/describe';
import { loadSection } from '../src/content/i18n';
import { detectInputKind, ImportError, importRequest } from '../src/inputs';
import {
  parseRequest, publicKeyXY, readSigningContext, readVerifyContext, signRequest, SigV4Error, toHex, verifySignedRequest,
  type Algorithm, type RequestModel, type SigningMode,
} from '../src/sigv4';
import { P256 } from '../src/sigv4/p256';

// The errors' words are a catalogue section of their own (the page loads it when an input first goes wrong).
await loadSection('errors', 'en');

/** What a run prints and returns. */
export interface CliResult {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

class UsageError extends Error {}

const USAGE = 'usage: sigv4 --request FILE --context FILE [--mode header|query] [--algorithm sigv4|sigv4a] | sigv4 --verify FILE --context FILE';
const FLAGS = new Set(['--request', '--verify', '--context', '--mode', '--algorithm']);

type Args = { action: 'sign'; request: string; context: string; mode: SigningMode; algorithm: Algorithm } | { action: 'verify'; request: string; context: string };

function parseArgs(argv: readonly string[]): Args {
  const seen = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!FLAGS.has(flag)) {
      throw new UsageError(arg.startsWith('-') ? `unknown flag ${arg}; ${USAGE}` : `unexpected argument ${arg}; ${USAGE}`);
    }
    if (seen.has(flag)) throw new UsageError(`${flag} given twice; ${USAGE}`);
    const value = flag !== arg ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value; ${USAGE}`);
    seen.set(flag, value);
  }
  const request = seen.get('--request');
  const verify = seen.get('--verify');
  const context = seen.get('--context');
  if (request !== undefined && verify !== undefined) throw new UsageError(`--request and --verify exclude each other; ${USAGE}`);
  if (request === undefined && verify === undefined) throw new UsageError(`missing --request FILE; ${USAGE}`);
  if (context === undefined) throw new UsageError(`missing --context FILE; ${USAGE}`);
  if (verify !== undefined) {
    if (seen.has('--mode')) throw new UsageError(`--verify takes its mode from the signed request; ${USAGE}`);
    if (seen.has('--algorithm')) throw new UsageError(`--verify takes its algorithm from the signed request; ${USAGE}`);
    return { action: 'verify', request: verify, context };
  }
  const mode = seen.get('--mode') ?? 'header';
  if (mode !== 'header' && mode !== 'query') throw new UsageError(`unknown mode ${JSON.stringify(mode)}: expected header or query`);
  const algorithm = seen.get('--algorithm') ?? 'sigv4';
  if (algorithm !== 'sigv4' && algorithm !== 'sigv4a') throw new UsageError(`unknown algorithm ${JSON.stringify(algorithm)}: expected sigv4 or sigv4a`);
  return { action: 'sign', request: request!, context, mode, algorithm };
}

/** Files larger than this are refused: a request to learn from is not a gigabyte (bodies that big belong in the lab's file drop). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a regular file of at most MAX_FILE_BYTES, with a bound: a link to /dev/zero never fills the memory. */
function readBytes(file: string): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError(`${file}: is a directory`);
    if (!st.isFile()) throw new UsageError(`${file}: not a regular file`);
    if (st.size > MAX_FILE_BYTES) throw new UsageError(`${file}: larger than the limit of ${MAX_FILE_BYTES} bytes`);
    // The size can change while reading: read at most one byte past the limit, and check again.
    const buf = new Uint8Array(Math.min(st.size, MAX_FILE_BYTES) + 1);
    let n = 0;
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, null);
    if (n > MAX_FILE_BYTES) throw new UsageError(`${file}: larger than the limit of ${MAX_FILE_BYTES} bytes`);
    const bytes = buf.subarray(0, n);
    // A UTF-8 byte order mark (Windows editors) is not part of the request.
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new UsageError(`${file}: ${why}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const readText = (file: string): string => new TextDecoder().decode(readBytes(file));

/** The request a file holds: raw HTTP as bytes, or a curl command or URL imported as the lab imports it. */
function readRequest(file: string): { request: RequestModel; unsigned: readonly string[] } {
  const bytes = readBytes(file);
  // Only the start decides the kind; a raw request's body may be any bytes.
  const kind = detectInputKind(new TextDecoder().decode(bytes.subarray(0, 4096)));
  if (kind === 'curl' || kind === 'url') {
    const imp = importRequest(new TextDecoder().decode(bytes));
    if (imp.kind !== 'empty') return { request: imp.request, unsigned: imp.unsigned };
  }
  return { request: parseRequest(bytes), unsigned: [] };
}

/** `file:line:column: problem`, the place left out where the error has none; the words are the English catalogue's (the errors carry ids). */
function located(file: string, e: SigV4Error | ImportError): string {
  const where = e.line !== undefined ? `:${e.line}:${e.column ?? 1}` : '';
  return `${file}${where}: ${errorText('en', e)}`;
}

function sign(args: Extract<Args, { action: 'sign' }>): Record<string, unknown> {
  const { request, unsigned } = readRequest(args.request);
  const options = readSigningContext(readText(args.context), args.mode, args.algorithm === 'sigv4a' ? { algorithm: 'sigv4a', curve: P256 } : undefined);
  const trace = signRequest(request, unsigned.length > 0 ? { ...options, unsignedHeaders: unsigned } : options);
  const s = trace.stages;
  const out: Record<string, unknown> = {
    canonicalRequest: s.canonicalRequest.text,
    stringToSign: s.stringToSign.text,
    signature: s.signature.text,
    // SigV4's signing key, or SigV4a's public key (the private key is never printed: it signs for every day and region).
    ...(s.kSigning ? { signingKey: toHex(s.kSigning.bytes) } : {}),
    ...(s.publicKey ? { publicKey: publicKeyXY(s.publicKey) } : {}),
    signedRequest: s.signedRequest.text,
  };
  if (s.authorization) out.authorization = s.authorization.text;
  if (s.presignedUrl) out.presignedUrl = s.presignedUrl.text;
  return out;
}

function verify(args: Extract<Args, { action: 'verify' }>): Record<string, unknown> {
  const { request } = readRequest(args.request);
  const { credentials, rules } = readVerifyContext(readText(args.context));
  const r = verifySignedRequest(request, credentials.secretAccessKey, P256, rules);
  const s = r.trace.stages;
  return {
    result: r.status,
    firstDifference: r.status === 'match' ? null : r.firstDifference,
    canonicalRequest: s.canonicalRequest.text,
    stringToSign: s.stringToSign.text,
    signature: s.signature.text,
    ...(s.publicKey ? { publicKey: publicKeyXY(s.publicKey) } : {}),
  };
}

/** Runs the command on an argument list; never throws. */
export function runCli(argv: readonly string[]): CliResult {
  let files: { request: string; context: string } | undefined;
  try {
    const args = parseArgs(argv);
    files = args;
    const out = args.action === 'sign' ? sign(args) : verify(args);
    return { code: 0, stdout: JSON.stringify(out) + '\n', stderr: '' };
  } catch (e) {
    let line: string;
    if (e instanceof UsageError) line = e.message;
    // Options come from the context file: name it for them too.
    else if (e instanceof SigV4Error) line = located(e.source === 'request' ? files!.request : files!.context, e);
    else if (e instanceof ImportError) line = located(files!.request, e);
    else line = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return { code: 2, stdout: '', stderr: `sigv4: ${line.replace(/\r?\n/g, ' ')}\n` };
  }
}
