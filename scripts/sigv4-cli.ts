/**
 * The sigv4 command-line contract:
 *   npm run --silent sigv4 -- --request FILE --context FILE [--mode header|query]
 * Success: exit 0, one JSON object on stdout. Bad input: exit 2, nothing on stdout, one line on
 * stderr naming the file, the line:column where known, and the problem.
 */
import { readFileSync } from 'node:fs';
import { parseRequest, readSigningContext, signRequest, SigV4Error, toHex, type SigningMode } from '../src/sigv4';

/** What a run prints and returns. */
export interface CliResult {
  code: 0 | 2;
  stdout: string;
  stderr: string;
}

class UsageError extends Error {}

const USAGE = 'usage: sigv4 --request FILE --context FILE [--mode header|query]';

function parseArgs(argv: readonly string[]): { request: string; context: string; mode: SigningMode } {
  const seen = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (flag !== '--request' && flag !== '--context' && flag !== '--mode') {
      throw new UsageError(arg.startsWith('-') ? `unknown flag ${arg}; ${USAGE}` : `unexpected argument ${arg}; ${USAGE}`);
    }
    if (seen.has(flag)) throw new UsageError(`${flag} given twice; ${USAGE}`);
    const value = flag !== arg ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value; ${USAGE}`);
    seen.set(flag, value);
  }
  const request = seen.get('--request');
  const context = seen.get('--context');
  if (request === undefined) throw new UsageError(`missing --request FILE; ${USAGE}`);
  if (context === undefined) throw new UsageError(`missing --context FILE; ${USAGE}`);
  const mode = seen.get('--mode') ?? 'header';
  if (mode !== 'header' && mode !== 'query') throw new UsageError(`unknown mode ${JSON.stringify(mode)}: expected header or query`);
  return { request, context, mode };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new UsageError(`${file}: ${why}`);
  }
}

function located(file: string, e: SigV4Error): string {
  const where = e.line !== undefined ? `:${e.line}:${e.column ?? 1}` : '';
  // The message already starts with line:column; keep the file's name in front of it.
  const message = e.line !== undefined ? e.message.slice(`${e.line}:${e.column ?? 1}: `.length) : e.message;
  return `${file}${where}: ${message}`;
}

/** Runs the command on an argument list; never throws. */
export function runCli(argv: readonly string[]): CliResult {
  let files: { request: string; context: string } | undefined;
  try {
    const args = parseArgs(argv);
    files = args;
    const requestText = readText(args.request);
    const contextText = readText(args.context);
    const options = readSigningContext(contextText, args.mode);
    const trace = signRequest(parseRequest(requestText), options);
    const s = trace.stages;
    const out: Record<string, string> = {
      canonicalRequest: s.canonicalRequest.text,
      stringToSign: s.stringToSign.text,
      signature: s.signature.text,
      signingKey: toHex(s.kSigning.bytes),
      signedRequest: s.signedRequest.text,
    };
    if (s.authorization) out.authorization = s.authorization.text;
    if (s.presignedUrl) out.presignedUrl = s.presignedUrl.text;
    return { code: 0, stdout: JSON.stringify(out) + '\n', stderr: '' };
  } catch (e) {
    let line: string;
    if (e instanceof UsageError) line = e.message;
    else if (e instanceof SigV4Error) line = located(e.source === 'context' ? files!.context : files!.request, e);
    else line = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return { code: 2, stdout: '', stderr: `sigv4: ${line.replace(/\r?\n/g, ' ')}\n` };
  }
}
