/**
 * A pasted request that already carries its signature (an AWS4 Authorization header, or a presigned
 * URL's X-Amz-*): the signing inputs it fixes itself. They are its own and win over the form's
 * previous values: access key, scope, time, mode, lifetime, session token, and which headers it signed.
 * Pure.
 */
import type { LabInputs } from '../content/examples';
import { ALGORITHM_V4A, carriesSignature, SigV4Error, findParam, HEADER, headerValue, QUERY, readSignatureClaim, requestTime, type ClaimRead, type RequestModel } from '../sigv4';

/** The form values a signed request fixes (its time empty when it carries none); `expires` only when it carries one. */
export type SignedValues = Pick<LabInputs, 'accessKeyId' | 'region' | 'service' | 'signingTime' | 'mode' | 'algorithm' | 'profile' | 'payload' | 'sessionToken' | 'tokenPlacement'> &
  Partial<Pick<LabInputs, 'expires'>>;

/** A request that carries its own signature, as the lab reads it. */
export interface SignedRequest {
  readonly claim: ClaimRead['claim'];
  readonly values: SignedValues;
  /** Lower-case names of the request's headers its signature leaves out (the signer's `unsignedHeaders`). */
  readonly unsigned: readonly string[];
}

/** The signature a request carries, and the inputs it fixes; null when it carries none. Throws the core's SigV4Error (located) when it is unreadable. */
export function readSigned(request: RequestModel): SignedRequest | null {
  if (!carriesSignature(request)) return null;
  const read = readSignatureClaim(request);
  if (!read) return null;
  const { claim } = read;
  const query = claim.mode === 'query';
  const param = (name: string) => {
    const p = findParam(request.query, name.toLowerCase());
    return p?.raw.value ? p.value : undefined;
  };
  const token = (query ? param(QUERY.token) : headerValue(request, HEADER.token)) ?? '';
  const listed = new Set(claim.signedHeaders);
  const time = requestTime(request);
  const expires = query ? param(QUERY.expires) : undefined;
  const values: SignedValues = {
    accessKeyId: claim.accessKeyId,
    region: claim.region,
    service: claim.service,
    mode: claim.mode,
    // SigV4a's region is the signed region set (signature-claim.ts).
    algorithm: claim.algorithm === ALGORITHM_V4A ? 'sigv4a' : 'sigv4',
    // The rules follow the scope's service, as a verifier's do; an S3 presigned URL signs UNSIGNED-PAYLOAD.
    profile: 'auto',
    payload: query && claim.service === 's3' ? 'unsigned' : 'hash',
    sessionToken: token,
    // In a header, an unsigned token was added after signing; a presigned URL does not say, and signs it as a rule.
    tokenPlacement: !query && token !== '' && !listed.has(HEADER.token) ? 'appended' : 'signed',
    // A signed request without a time of its own never borrows the form's previous one.
    signingTime: time?.value ?? '',
    ...(expires !== undefined ? { expires } : {}),
  };
  const names = [...new Set(request.headers.map((h) => h.name.text.toLowerCase()))];
  return { claim, values, unsigned: names.filter((n) => !listed.has(n)) };
}

/** readSigned, or null when the signature is unreadable (the lab's computation reports where). */
export function readSignedOf(request: RequestModel): SignedRequest | null {
  try {
    return readSigned(request);
  } catch (e) {
    if (e instanceof SigV4Error) return null;
    throw e;
  }
}
