/**
 * The lab's computation, pure: pasted text and form fields → every stage that can be computed, and
 * for what cannot, why (line and column for the request, the field otherwise). Runs on every edit.
 */
import type { LabInputs, ProfileChoice } from '../content/examples';
import { ImportError, importRequest, toInputOffset, type ImportExpectation, type InputKind, type RequestImport } from '../inputs';
import {
  canonicalize,
  DEFAULT_EXPIRES_SECONDS,
  isAmzDate,
  MAX_EXPIRES_SECONDS,
  parseSigningTime,
  ResumableSha256,
  profileRules,
  requestTime,
  signingKeys,
  signWithKeys,
  SigV4Error,
  stagesIndependentOf,
  UNSIGNED_PAYLOAD,
  type AmzDate,
  type CanonicalPart,
  type EcdsaCurve,
  type SigningKeys,
  type SigningOptions,
  type StageOverride,
  type Stages,
  type Trace,
} from '../sigv4';
import { lineColumnAt } from '../text/line-column';
import { readSigned, type SignedRequest } from './lab-signed';

export type { LabInputs };

/** A form field that can be wrong. */
export type LabField = 'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'region' | 'service' | 'signingTime' | 'expires';

/** Why something could not be computed. */
export type LabIssue =
  | { readonly where: 'request'; readonly kind: InputKind; readonly line: number; readonly column: number; readonly offset: number; readonly expected: ImportExpectation; readonly found: string }
  | { readonly where: 'field'; readonly field: LabField; readonly expected: ImportExpectation; readonly found: string };

/** Bodies at least this large are hashed off the main thread (1 MiB hashes in about 10 ms; 16 MB would block for 150+). */
export const BIG_BODY = 1 << 20;

/**
 * A body dropped as a file, or moved out of a large paste: it replaces the request's body. A large
 * file is kept as its Blob only, a handle: its bytes are read and hashed in the worker, never on the
 * main thread, and nothing holds them once the file is removed.
 */
export interface BodyFile {
  /** A dropped file's name; empty for a large body moved out of a paste. */
  readonly name: string;
  readonly size: number;
  /** The bytes, for a small file or a pasted body; null for a large file (see `blob`). */
  readonly bytes: Uint8Array | null;
  readonly blob: Blob | null;
}

const NO_BYTES = new Uint8Array(0);

/** A body digest computed off the main thread, for the body identified by `key`. */
export interface BodyHash {
  readonly key: Blob | Uint8Array | string;
  readonly sha256: Uint8Array;
}

/** The body, and any digest of it computed elsewhere. */
export interface LabBody {
  readonly file: BodyFile | null;
  readonly hash: BodyHash | null;
}

/** What the lab could compute. */
export interface LabResult {
  readonly kind: InputKind;
  readonly imported: RequestImport | null;
  /** The options the form resolves to; null when a field the canonical request needs is invalid. */
  readonly options: SigningOptions | null;
  readonly canonical: CanonicalPart | null;
  readonly keys: SigningKeys | null;
  readonly trace: Trace | null;
  readonly issues: readonly LabIssue[];
  /** A large body still to be hashed off the main thread (the canonical request waits for it). */
  readonly pendingHash: { readonly key: Blob | Uint8Array | string; readonly source: Blob | Uint8Array; readonly size: number } | null;
  /** The body's size in bytes (a large dropped file's bytes are not in the request model). */
  readonly bodySize: number;
  /** The signature the request already carries, and the inputs it fixes; null for an unsigned request. */
  readonly signed: SignedRequest | null;
  /** SigV4a is asked for and its curve is still loading: the keys and the signature wait for it. */
  readonly awaitingCurve: boolean;
  /**
   * While the request's own signing time is malformed (and the form holds it): the stages that do not
   * depend on the time, which is all that can be computed. Null otherwise.
   */
  readonly partial: Partial<Stages> | null;
}

const FIELD_OF: Readonly<Record<string, LabField>> = {
  accessKeyId: 'accessKeyId', secretAccessKey: 'secretAccessKey', sessionToken: 'sessionToken', region: 'region',
  service: 'service', signingTime: 'signingTime', expiresIn: 'expires',
};

/** The rules a profile choice stands for: auto picks S3's for service s3. */
export function rulesFor(profile: ProfileChoice, service: string) {
  return profileRules(profile === 'auto' ? (service.trim() === 's3' ? 's3' : 'generic') : profile);
}

/** The form's lifetime, when it is a whole number of seconds a presigned URL may live; null otherwise. */
function lifetimeOf(expires: string): number | null {
  const text = expires.trim();
  const seconds = /^\d+$/.test(text) ? Number(text) : NaN;
  return seconds >= 1 && seconds <= MAX_EXPIRES_SECONDS ? seconds : null;
}

/** Resolves the form into signing options, collecting field issues; secret problems do not block. */
export function resolveOptions(inputs: LabInputs): { options: SigningOptions | null; issues: LabIssue[] } {
  const issues: LabIssue[] = [];
  const field = (f: LabField, expected: ImportExpectation, found: string) => issues.push({ where: 'field', field: f, expected, found });
  const signingTime = parseSigningTime(inputs.signingTime.trim());
  if (signingTime === null) field('signingTime', 'timestamp', inputs.signingTime);
  const lifetime = lifetimeOf(inputs.expires);
  if (inputs.mode === 'query' && lifetime === null) field('expires', 'expires-seconds', inputs.expires);
  const accessKeyId = inputs.accessKeyId.trim();
  const region = inputs.region.trim();
  const service = inputs.service.trim();
  if (accessKeyId === '') field('accessKeyId', 'non-empty-string', '');
  if (region === '') field('region', 'non-empty-string', '');
  if (service === '') field('service', 'non-empty-string', '');
  // Tokens are pasted from terminals: surrounding whitespace is never part of a token.
  const token = inputs.sessionToken.trim();
  if (issues.length > 0 || signingTime === null) return { options: null, issues };
  return {
    options: {
      credentials: { accessKeyId, secretAccessKey: inputs.secretAccessKey, sessionToken: token === '' ? undefined : token },
      ...(inputs.algorithm === 'sigv4a' ? { algorithm: 'sigv4a' as const } : {}),
      region,
      service,
      signingTime,
      mode: inputs.mode,
      // A presigned URL needs a lifetime: the form's, else an hour (the AWS SDKs' default); header mode presigns with it for export.
      expiresIn: lifetime ?? DEFAULT_EXPIRES_SECONDS,
      ...rulesFor(inputs.profile, service),
      payloadHash: inputs.payload === 'unsigned' ? UNSIGNED_PAYLOAD : undefined,
      omitSessionToken: inputs.tokenPlacement === 'appended',
      skipNeverSignedHeaders: false,
    },
    issues,
  };
}

function fromError(e: unknown, kind: InputKind): LabIssue {
  if (e instanceof ImportError) {
    return { where: 'request', kind, line: e.line, column: e.column, offset: e.offset, expected: e.expected, found: e.found };
  }
  if (e instanceof SigV4Error) {
    if (e.source === 'request') {
      return { where: 'request', kind, line: e.line ?? 1, column: e.column ?? 1, offset: e.offset ?? 0, expected: e.expected, found: e.found };
    }
    return { where: 'field', field: FIELD_OF[e.field ?? ''] ?? 'region', expected: e.expected, found: e.found };
  }
  throw e;
}

/** An issue at an offset of the request the importer made (its httpText), placed at its line and column in the paste. */
function requestIssue(imp: RequestImport, paste: string, offset: number, expected: ImportExpectation, found: string): LabIssue {
  const at = toInputOffset(imp.map, offset);
  return { where: 'request', kind: imp.kind, ...lineColumnAt(paste, at), offset: at, expected, found };
}

/** The core's error about the imported request, placed in the paste; any other error is thrown on. */
export function requestIssueOf(e: unknown, imp: RequestImport, paste: string): LabIssue {
  if (e instanceof SigV4Error && e.source === 'request') return requestIssue(imp, paste, e.offset ?? 0, e.expected, e.found);
  return fromError(e, imp.kind);
}

/**
 * Stands in for a malformed signing time the request carries, so the stages that do not depend on
 * the time can still be computed; only those are kept (stagesIndependentOf), never a value made with it.
 */
const STAND_IN_TIME = '19700101T000000Z' as AmzDate;

/** Imports the pasted text; an error becomes an issue with its line and column. */
export function importLab(text: string): { kind: InputKind; imported: RequestImport | null; issue: LabIssue | null } {
  try {
    const result = importRequest(text);
    return { kind: result.kind, imported: result.kind === 'empty' ? null : result, issue: null };
  } catch (e) {
    const kind: InputKind = e instanceof ImportError ? e.kind : 'http';
    return { kind, imported: null, issue: fromError(e, kind) };
  }
}

/**
 * Computes every stage the inputs allow; `overrides` replace stage functions of the core (none for a
 * correct signature). SigV4a signs with `curve` (until it is loaded, the keys wait) and `nonce`'s bytes mixed into its nonce, when given.
 */
export function computeLab(
  inputs: LabInputs,
  overrides: readonly StageOverride[] = [],
  body: LabBody = { file: null, hash: null },
  imported: ReturnType<typeof importLab> = importLab(inputs.requestText),
  curve: EcdsaCurve | null = null,
  nonce: Uint8Array | null = null,
): LabResult {
  const imp = withBody(imported, body, inputs.payload === 'unsigned');
  const issues: LabIssue[] = imp.issue ? [imp.issue] : [];
  let signed: SignedRequest | null = null;
  let timeless = false;
  if (imp.imported) {
    try {
      signed = readSigned(imp.imported.request);
    } catch (e) {
      issues.push(requestIssueOf(e, imp.imported, inputs.requestText));
    }
    // A time the request carries must be YYYYMMDD'T'HHMMSS'Z' (AWS General Reference, "Handling dates"): a malformed one is
    // reported where it stands, and while the form holds it, never replaced by another time.
    const time = requestTime(imp.imported.request);
    if (time && !isAmzDate(time.value)) {
      issues.push(requestIssue(imp.imported, inputs.requestText, time.start, 'amz-date', time.value));
      timeless = inputs.signingTime.trim() === time.value;
    } else if (!time && signed) {
      // Signed, yet with no time at all: the signature's time is unknown (a verifier points at the request line, and so does this).
      issues.push(requestIssue(imp.imported, inputs.requestText, imp.imported.request.target.start, 'amz-date', ''));
    }
  }
  const resolved = resolveOptions(timeless ? { ...inputs, signingTime: STAND_IN_TIME } : inputs);
  issues.push(...resolved.issues);
  // A signed request says itself which of its headers it signed; otherwise the importer knows which
  // headers the request's own client sends unsigned. The core signs what it is told.
  const unsigned = signed?.unsigned ?? imp.imported?.unsigned ?? [];
  let options = resolved.options && unsigned.length > 0 ? { ...resolved.options, unsignedHeaders: unsigned } : resolved.options;
  // SigV4a signs with the curve, loaded on demand: until it is here, everything before the keys is computed.
  const awaitingCurve = options?.algorithm === 'sigv4a' && curve === null;
  if (options?.algorithm === 'sigv4a' && curve) options = { ...options, curve, ...(nonce ? { nonceEntropy: nonce } : {}) };
  // Nor does a signer add a header to a request already signed: x-amz-content-sha256 is signed if the request lists it.
  if (options && signed) options = { ...options, signBody: false };
  let keys: SigningKeys | null = null;
  if (options && options.credentials.secretAccessKey !== '' && !awaitingCurve) {
    keys = signingKeys(options, overrides);
  } else if (inputs.secretAccessKey === '') {
    issues.push({ where: 'field', field: 'secretAccessKey', expected: 'non-empty-string', found: '' });
  }
  let canonical: CanonicalPart | null = null;
  let trace: Trace | null = null;
  if (imp.imported && options && !imp.pending) {
    try {
      canonical = canonicalize(imp.imported.request, options, overrides);
      // The chain derived above signs: it is never derived a second time.
      if (keys) trace = signWithKeys(imp.imported.request, options, canonical, keys);
    } catch (e) {
      issues.push(requestIssueOf(e, imp.imported, inputs.requestText));
    }
  }
  const common = { kind: imp.kind, imported: imp.imported, issues, pendingHash: imp.pending, bodySize: imp.bodySize, signed, awaitingCurve };
  if (timeless) {
    const partial = stagesIndependentOf({ ...canonical?.stages, ...keys }, 'signingTime');
    return { ...common, options: null, canonical: null, keys: null, trace: null, partial };
  }
  return { ...common, options, canonical, keys, trace, partial: null };
}

const presignedOfResult = new WeakMap<LabResult, Trace | null>();

/**
 * The result's request presigned (query mode), for export while the lab signs in header mode (in
 * query mode, the lab's own trace); null when it cannot be. Signed with the key chain the result
 * derived, when the export asks for it and once per result: a keystroke does not sign twice.
 */
export function presignedOf(result: LabResult): Trace | null {
  const known = presignedOfResult.get(result);
  if (known !== undefined) return known;
  const { trace, keys, options } = result;
  let presigned: Trace | null = options?.mode === 'query' ? trace : null;
  if (trace && keys && options && options.mode === 'header') {
    const query: SigningOptions = { ...options, mode: 'query' };
    try {
      presigned = signWithKeys(trace.request, query, canonicalize(trace.request, query), keys);
    } catch (e) {
      // A request with no host cannot be presigned; the header-mode signature still stands.
      if (!(e instanceof SigV4Error)) throw e;
    }
  }
  presignedOfResult.set(result, presigned);
  return presigned;
}

/**
 * The body's digest as it is typed into: resumed from the prefix it shares with the last body
 * hashed, so a keystroke in a 64 KB body hashes a few KiB (about 1.2 ms less per keystroke, and as
 * much again for the export's presigned URL, which signs the same request).
 */
const typedBody = new ResumableSha256();

/**
 * Puts a dropped file's bytes in the body, and its digest on the request: a worker's on a large
 * body (says when one is still needed), else the typed body's.
 */
function withBody(
  imp: ReturnType<typeof importLab>,
  body: LabBody,
  unsigned: boolean,
): ReturnType<typeof importLab> & { pending: LabResult['pendingHash']; bodySize: number } {
  if (!imp.imported) return { ...imp, pending: null, bodySize: 0 };
  let request = imp.imported.request;
  const file = body.file;
  if (file) request = { ...request, bodyBytes: file.bytes ?? NO_BYTES };
  const key = file ? (file.blob ?? file.bytes ?? '') : request.body.text;
  const size = file ? file.size : request.bodyBytes.length;
  let pending: LabResult['pendingHash'] = null;
  const carriesHash = request.headers.some((h) => h.name.text.toLowerCase() === 'x-amz-content-sha256');
  if (size >= BIG_BODY && !unsigned && !carriesHash) {
    if (body.hash && body.hash.key === key) request = { ...request, bodySha256: body.hash.sha256 };
    else pending = { key, source: file?.blob ?? request.bodyBytes, size };
  } else if (!unsigned && !carriesHash) {
    request = { ...request, bodySha256: typedBody.digest(request.bodyBytes) };
  }
  return { ...imp, imported: { ...imp.imported, request }, pending, bodySize: size };
}

/**
 * Splits a pasted request whose body is large into its head (kept in the editor) and its body
 * (kept as bytes): a textarea holding megabytes takes seconds to lay out on every change.
 */
export function splitLargePaste(text: string): { head: string; body: Uint8Array } | null {
  if (text.length < BIG_BODY) return null;
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return null;
  const at = m.index + m[0].length;
  if (text.length - at < BIG_BODY) return null;
  return { head: text.slice(0, at), body: new TextEncoder().encode(text.slice(at)) };
}
