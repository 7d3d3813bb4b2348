/**
 * The `--aws-sigv4` bugs of Debian's curl 7.88.1, each with the version that fixed it (or none yet)
 * and the cases it touches. Read against curl 7.88.1's lib/http_aws_sigv4.c: it signs
 * `data->state.up.path` and `up.query` as they are, sorts the header lines with strcmp and never
 * merges them, copies every -H entry as it was typed, and hashes only postfields (no S3 header).
 * The installed version decides: a curl at or past `fixedIn` is compared like any other client.
 */
import { isS3, type Case } from './cases';

export type Version = readonly [number, number, number];

/** What a bug's predicate may look at: the case, what curl sent, and the right canonical request. */
export interface BugContext {
  readonly c: Case;
  /** The path and the raw query on curl's request line. */
  readonly path: string;
  readonly query: string | null;
  /** The canonical request a correct signer builds for the request curl sent (smithy's). */
  readonly canonical: readonly string[];
}

export interface CurlBug {
  readonly id: string;
  /** The first curl release without the bug; null: still in the newest curl source read (8.13+). */
  readonly fixedIn: Version | null;
  /** What curl does wrong, said so that a test title names it. */
  readonly what: string;
  /** What our --verify must say of the request such a curl sends. */
  readonly verify: 'match' | 'mismatch';
  readonly applies: (x: BugContext) => boolean;
}

const names = (c: Case): string[] => (c.headers ?? []).map(([n]) => n.toLowerCase());

export const CURL_BUGS: readonly CurlBug[] = [
  {
    id: 'raw-query',
    fixedIn: [8, 3, 0],
    what: 'signs the query string as sent, unsorted and not re-encoded',
    verify: 'mismatch',
    applies: (x) => (x.query ?? '') !== x.canonical[2],
  },
  {
    id: 'path-not-double-encoded',
    fixedIn: [8, 9, 0],
    what: 'signs the path as sent, not percent-encoded a second time as services other than S3 want',
    verify: 'mismatch',
    // Only bytes that encoding changes (a `%` of an escape, or anything not unreserved) show it.
    applies: (x) => !isS3(x.c) && /[^A-Za-z0-9\-._~/]/.test(x.path),
  },
  {
    // Newer curl encodes the path but still keeps `//` (canon_path never drops empty segments),
    // while AWS services other than S3, and their SDKs, normalise them away.
    id: 'empty-path-segments',
    fixedIn: null,
    what: 'signs empty path segments (`//`) as sent instead of removing them as services other than S3 do',
    verify: 'mismatch',
    applies: (x) => !isS3(x.c) && x.path.includes('//'),
  },
  {
    id: 'repeated-headers-not-merged',
    fixedIn: [8, 13, 0],
    what: 'signs a repeated -H header as separate lines sorted by value, not one comma-joined line in order',
    verify: 'mismatch',
    applies: (x) => new Set(names(x.c)).size !== names(x.c).length,
  },
  {
    id: 'empty-header-semicolon',
    fixedIn: [8, 3, 0],
    what: "signs -H 'Name;' as the line `name;` (and `name;` in SignedHeaders) instead of `name:`",
    verify: 'mismatch',
    applies: (x) => (x.c.headers ?? []).some(([, v]) => v === ''),
  },
  {
    // curl PR #9995 ("aws_sigv4: fall back to UNSIGNED-PAYLOAD for sign_as_s3"), not in 7.88.1's
    // changelog, first released in 8.0.0. 7.88's signature is self-consistent (it hashes the
    // body it sends), so a signature check matches; S3 itself rejects the missing header.
    id: 's3-no-content-sha256',
    fixedIn: [8, 0, 0],
    what: 'adds and signs no x-amz-content-sha256 header for service s3',
    verify: 'match',
    applies: (x) => isS3(x.c) && !names(x.c).includes('x-amz-content-sha256'),
  },
];

/** true when `v` predates `than`; every version predates a fix that does not exist yet. */
export function older(v: Version, than: Version | null): boolean {
  if (than === null) return true;
  for (let i = 0; i < 3; i++) if (v[i] !== than[i]) return v[i]! < than[i]!;
  return false;
}

/** The bugs of curl `version` that touch this request. */
export function bugsFor(version: Version, x: BugContext): CurlBug[] {
  return CURL_BUGS.filter((b) => older(version, b.fixedIn) && b.applies(x));
}

export function versionText(v: Version): string {
  return v.join('.');
}

/** How a test title says when a bug was fixed. */
export function fixedText(b: CurlBug): string {
  return b.fixedIn === null ? 'not fixed in curl yet' : `fixed in curl ${versionText(b.fixedIn)}`;
}
