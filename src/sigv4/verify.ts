/**
 * Verify: given a signed request (Authorization header or presigned query) and the secret, take
 * scope, time, signed headers and profile from the request itself (./signature-claim.ts), recompute,
 * and report a match or the first stage that differs.
 */
import { decodedQuery } from './canonical-query';
import { ALGORITHM, DEFAULT_EXPIRES_SECONDS, HEADER, QUERY, SCOPE_TERMINATOR, UNSIGNED_PAYLOAD } from './constants';
import { SigV4Error, type Expectation } from './errors';
import { profileRules, type SigningOptions } from './options';
import type { RequestModel } from './request';
import { readSignatureClaim, type SignatureClaim } from './signature-claim';
import { signRequest } from './sign';
import { headerValue } from './signing-headers';
import type { StageId } from './stage-ids';
import { parseSigningTime, type AmzDate } from './time';
import type { Trace } from './trace';
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

/** Verifies a signed request with the secret key; throws SigV4Error when the request carries no readable signature. */
export function verifySignedRequest(request: RequestModel, secretAccessKey: string): VerifyResult {
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
  return compare(request, secretAccessKey, full, time);
}

function compare(request: RequestModel, secret: string, claim: SignatureClaim, time: AmzDate): VerifyResult {
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
  const rules = profileRules(claim.service === 's3' ? 's3' : 'generic');
  const base: SigningOptions = {
    credentials: { accessKeyId: claim.accessKeyId || '-', secretAccessKey: secret, sessionToken: token },
    region: claim.region || '-', service: claim.service || '-', signingTime: time, mode: claim.mode,
    expiresIn: Number(param(QUERY.expires) ?? DEFAULT_EXPIRES_SECONDS) || DEFAULT_EXPIRES_SECONDS,
    ...rules, signBody: false,
    ...(claim.mode === 'query' && claim.service === 's3' ? { payloadHash: UNSIGNED_PAYLOAD } : {}),
    omitSessionToken: claim.mode === 'header' && token !== undefined && !listed.has(HEADER.token),
    skipNeverSignedHeaders: false,
  };
  let trace = signRequest(filtered, base);
  if (claim.mode === 'query' && token !== undefined && trace.stages.signature.text !== claim.signature) {
    // A presigned URL does not say whether its token was signed; try it appended after signing too.
    const appended = signRequest(filtered, { ...base, omitSessionToken: true });
    if (appended.stages.signature.text === claim.signature) trace = appended;
  }
  const mismatch = <R extends Exclude<VerifyReason, 'missing-signed-header'>>(reason: R) =>
    ({ status: 'mismatch', reason, firstDifference: FIRST_DIFFERENCE[reason], claim, trace }) as const;
  if (claim.algorithm !== ALGORITHM) return mismatch('algorithm');
  if (claim.terminator !== SCOPE_TERMINATOR) return mismatch('terminator');
  if (missingHeaders.length > 0) {
    return { status: 'mismatch', reason: 'missing-signed-header', firstDifference: FIRST_DIFFERENCE['missing-signed-header'], missingHeaders, claim, trace };
  }
  if (claim.scopeDate !== claim.amzDate.slice(0, 8)) return mismatch('scope-date');
  if (trace.stages.signature.text !== claim.signature) return mismatch('signature');
  return { status: 'match', claim, trace };
}
