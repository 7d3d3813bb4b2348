/**
 * Verify: given a signed request (Authorization header or presigned query) and the secret, take
 * scope, time, signed headers and profile from the request itself (./signature-claim.ts), recompute,
 * and report a match or the first stage that differs. A SigV4a signature is random, so it is not
 * recomputed but verified: ECDSA with the public key derived from the secret, over our string to sign.
 */
import { decodedQuery } from './canonical-query';
import { ALGORITHM, ALGORITHM_V4A, DEFAULT_EXPIRES_SECONDS, HEADER, QUERY, SCOPE_TERMINATOR, UNSIGNED_PAYLOAD } from './constants';
import { SigV4Error, type Expectation } from './errors';
import { bytesOfHex, utf8 } from './bytes';
import { profileRules, type EcdsaCurve, type SigningOptions } from './options';
import type { RequestModel } from './request';
import { readSignatureClaim, type SignatureClaim } from './signature-claim';
import { signRequest } from './sign';
import { headerValue } from './signing-headers';
import type { StageId } from './stage-ids';
import { parseSigningTime, type AmzDate } from './time';
import type { Trace } from './trace';
import type { PathRules } from './context';
import { lineColumnAt } from '../text/line-column';

/** Why a verification did not match, most basic first, and the stage each reason shows in first. */
const FIRST_DIFFERENCE = {
  algorithm: 'stringToSign',
  terminator: 'credentialScope',
  'missing-signed-header': 'canonicalHeaders',
  'scope-date': 'credentialScope',
  signature: 'signature',
} as const satisfies Record<string, StageId>;

/** Why a verification did not match. */
export type VerifyReason = keyof typeof FIRST_DIFFERENCE;

interface Verified {
  readonly claim: SignatureClaim;
  /** Our recomputation with the claim's scope, time and signed headers. */
  readonly trace: Trace;
}

/** The request is exactly as signed: nothing differs. */
export interface VerifyMatch extends Verified {
  readonly status: 'match';
}

/** The request is not as signed: the reason, and the first stage that differs because of it. */
export type VerifyMismatch = {
  [R in VerifyReason]: Verified & {
    readonly status: 'mismatch';
    readonly reason: R;
    readonly firstDifference: (typeof FIRST_DIFFERENCE)[R];
  } & (R extends 'missing-signed-header' ? { /** Signed headers the claim lists but the request lacks. */ readonly missingHeaders: readonly string[] } : unknown);
}[VerifyReason];

/** The outcome of a verification: a match, or a mismatch with its first differing stage and reason. */
export type VerifyResult = VerifyMatch | VerifyMismatch;

/**
 * Verifies a signed request with the secret key (and, for SigV4a, the curve), the path rules the
 * service's unless `rules` states them; throws SigV4Error when
 * the request carries no readable signature, or a SigV4a one and no curve is given.
 */
export function verifySignedRequest(request: RequestModel, secretAccessKey: string, curve?: EcdsaCurve, rules: PathRules = {}): VerifyResult {
  const fail = (offset: number, expected: Expectation, found: string): never => {
    const { line, column } = lineColumnAt(request.source, offset);
    throw new SigV4Error({ source: 'request', expected, found, line, column, offset });
  };
  const read = readSignatureClaim(request);
  if (!read) return fail(request.target.start, 'signed-request', request.target.text);
  const amz = read.time;
  const time = amz ? parseSigningTime(amz.value) : null;
  if (!amz || time === null || !/^\d{8}T\d{6}Z$/.test(amz.value)) {
    return fail(amz?.at ?? request.target.start, 'amz-date', amz?.value ?? '');
  }
  const full: SignatureClaim = { ...read.claim, amzDate: amz.value };
  return compare(request, secretAccessKey, full, time, curve, rules);
}

function compare(request: RequestModel, secret: string, claim: SignatureClaim, time: AmzDate, curve: EcdsaCurve | undefined, rules: PathRules): VerifyResult {
  const listed = new Set(claim.signedHeaders);
  const present = new Set(request.headers.map((h) => h.name.text.toLowerCase()));
  const missingHeaders = claim.signedHeaders.filter((h) => !present.has(h) && !(h === HEADER.host && request.authority));
  const query = decodedQuery(request.query);
  const param = (name: string) => query.find((p) => p.name.toLowerCase() === name.toLowerCase())?.value;
  const token = headerValue(request, HEADER.token) ?? param(QUERY.token);
  const kept = request.headers.filter((h) => {
    const n = h.name.text.toLowerCase();
    return listed.has(n) || n === HEADER.authorization || (n === HEADER.token && token !== undefined);
  });
  const filtered: RequestModel = { ...request, headers: kept };
  // The service's path rules, unless the caller states its own (a context.json's `normalize`, `double_uri_encode`).
  const profile = profileRules(claim.service === 's3' ? 's3' : 'generic');
  const v4a = claim.algorithm === ALGORITHM_V4A;
  const base: SigningOptions = {
    credentials: { accessKeyId: claim.accessKeyId || '-', secretAccessKey: secret, sessionToken: token },
    ...(v4a ? { algorithm: 'sigv4a' as const, curve } : {}),
    region: claim.region || '-', service: claim.service || '-', signingTime: time, mode: claim.mode,
    expiresIn: Number(param(QUERY.expires) ?? DEFAULT_EXPIRES_SECONDS) || DEFAULT_EXPIRES_SECONDS,
    ...profile, ...rules, signBody: false,
    ...(claim.mode === 'query' && claim.service === 's3' ? { payloadHash: UNSIGNED_PAYLOAD } : {}),
    omitSessionToken: claim.mode === 'header' && token !== undefined && !listed.has(HEADER.token),
    skipNeverSignedHeaders: false,
  };
  let trace = signRequest(filtered, base);
  if (claim.mode === 'query' && token !== undefined && !signs(trace, claim.signature)) {
    // A presigned URL does not say whether its token was signed; try it appended after signing too.
    const appended = signRequest(filtered, { ...base, omitSessionToken: true });
    if (signs(appended, claim.signature)) trace = appended;
  }
  const mismatch = <R extends Exclude<VerifyReason, 'missing-signed-header'>>(reason: R) =>
    ({ status: 'mismatch', reason, firstDifference: FIRST_DIFFERENCE[reason], claim, trace }) as const;
  if (claim.algorithm !== ALGORITHM && !v4a) return mismatch('algorithm');
  if (claim.terminator !== SCOPE_TERMINATOR) return mismatch('terminator');
  if (missingHeaders.length > 0) {
    return { status: 'mismatch', reason: 'missing-signed-header', firstDifference: FIRST_DIFFERENCE['missing-signed-header'], missingHeaders, claim, trace };
  }
  if (claim.scopeDate !== claim.amzDate.slice(0, 8)) return mismatch('scope-date');
  if (!signs(trace, claim.signature)) return mismatch('signature');
  return { status: 'match', claim, trace };
}

/**
 * True when `signature` (hex, either case) signs the trace's string to sign: equal to SigV4's HMAC;
 * for SigV4a (random nonces: never equal twice) a valid ECDSA signature for the trace's public key.
 */
export function signs(trace: Trace, signature: string): boolean {
  const publicKey = trace.stages.publicKey;
  const curve = trace.options.curve;
  if (publicKey === null || !curve) return trace.stages.signature.text === signature.toLowerCase();
  const sig = bytesOfHex(signature);
  const point = bytesOfHex(publicKey.text);
  return sig !== null && point !== null && curve.verify(sig, utf8(trace.stages.stringToSign.text), point);
}
