/**
 * Our side, driven only through the CLI contract (scripts/sigv4-cli.ts `runCli`), in-process, with
 * the request and context written to files in a temp dir exactly as a user would.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../scripts/sigv4-cli';
import { ACCESS_KEY_ID, DEFAULT_EXPIRES, isS3, SECRET_ACCESS_KEY, SESSION_TOKEN, timeOf, type Case } from './cases';

/** What `--request … --context …` prints on success. */
export interface OurSignature {
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
  readonly signingKey: string;
  readonly signedRequest: string;
  readonly authorization?: string;
  readonly presignedUrl?: string;
}

/** What `--verify … --context …` prints. */
export interface OurVerdict {
  readonly result: 'match' | 'mismatch';
  readonly firstDifference: string | null;
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
}

/** The vectors' context.json for a case (../shared/vectors/README.md), with the project's extensions. */
export interface ContextJson {
  credentials: { access_key_id: string; secret_access_key: string; token?: string };
  region: string;
  service: string;
  timestamp: string;
  expiration_in_seconds: number;
  normalize: boolean;
  sign_body: boolean;
  omit_session_token: boolean;
  double_uri_encode: boolean;
  payload_hash?: string;
}

// Made on first use, so a file whose client is skipped leaves nothing behind.
let dir: string | null = null;
let serial = 0;

/** Removes the temp dir; call from afterAll. */
export function cleanUp(): void {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
}

function write(name: string, data: string | Uint8Array): string {
  dir ??= mkdtempSync(join(tmpdir(), 'sigv4-real-clients-'));
  const path = join(dir, `${++serial}-${name}`);
  writeFileSync(path, data);
  return path;
}

/**
 * The signing context that describes a case: S3's single-encoded, unnormalised path; its body
 * signed through x-amz-content-sha256 in header mode; UNSIGNED-PAYLOAD for its presigned URLs.
 */
export function contextFor(c: Case, overrides: { timestamp?: string; token?: boolean } = {}): ContextJson {
  const s3 = isS3(c);
  const withToken = overrides.token ?? c.token !== undefined;
  return {
    credentials: {
      access_key_id: ACCESS_KEY_ID,
      secret_access_key: SECRET_ACCESS_KEY,
      ...(withToken ? { token: SESSION_TOKEN } : {}),
    },
    region: c.region,
    service: c.service,
    timestamp: overrides.timestamp ?? timeOf(c),
    expiration_in_seconds: c.expires ?? DEFAULT_EXPIRES,
    normalize: !s3,
    sign_body: s3 && c.mode === 'header',
    omit_session_token: withToken && c.token === 'appended',
    double_uri_encode: !s3,
    ...(s3 && c.mode === 'query' ? { payload_hash: 'UNSIGNED-PAYLOAD' } : {}),
  };
}

/** `--verify` takes only the secret (and the token); scope, time and mode come from the request. */
export function verifyContext(token: boolean): object {
  return {
    credentials: {
      access_key_id: ACCESS_KEY_ID,
      secret_access_key: SECRET_ACCESS_KEY,
      ...(token ? { token: SESSION_TOKEN } : {}),
    },
  };
}

function run(argv: string[]): unknown {
  const r = runCli(argv);
  if (r.code !== 0) throw new Error(`sigv4 ${argv.join(' ')} exited ${r.code}: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout) as unknown;
}

/** Signs raw HTTP bytes, a curl command line or a URL with our CLI. */
export function ourSign(request: string | Uint8Array, context: ContextJson, mode: 'header' | 'query'): OurSignature {
  const argv = ['--request', write('request.txt', request), '--context', write('context.json', JSON.stringify(context, null, 2)), '--mode', mode];
  return run(argv) as OurSignature;
}

/** Verifies a signed request (raw HTTP, curl command or presigned URL) with our CLI. */
export function ourVerify(signed: string | Uint8Array, context: object): OurVerdict {
  const argv = ['--verify', write('signed.txt', signed), '--context', write('verify.json', JSON.stringify(context, null, 2))];
  const out = run(argv) as OurVerdict;
  if (out.result !== 'match' && out.result !== 'mismatch') throw new Error(`--verify printed no result: ${JSON.stringify(out)}`);
  return out;
}

/** The first line where two canonical requests differ, for messages that say where, not just that. */
export function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `canonical request line ${i + 1}: ours ${JSON.stringify(a[i])} vs client ${JSON.stringify(b[i])}`;
  }
  return 'canonical requests are equal';
}
