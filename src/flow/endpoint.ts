/**
 * What the API endpoint does with a signed request before it looks at permissions
 * (credential-flow.md, "Where they go, at the other end"): it finds the secret of the access key
 * (for an `ASIA…` key, through the session its X-Amz-Security-Token carries), recomputes the
 * signature from the request as it received it with the signing core, compares, checks that
 * X-Amz-Date is within 15 minutes of its own clock and that the session has not expired. Pure: the
 * server's clock and the sessions it knows are inputs.
 */
import { HEADER, dateOf, headerValue, isAmzDate, parseRequest, readSignatureClaim, SigV4Error, verifySignedRequest } from '../sigv4';
import { isoSeconds } from './clock';
import { S3_ERRORS, type S3Error } from './s3-messages';

/** A role session as AWS holds it: the keys STS issued, when they expire, and whose they are. */
export interface EndpointSession {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  /** `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly expiration: string;
  /** The assumed-role ARN, `arn:aws:sts::123456789012:assumed-role/s3access/i-…`: who the call is from. */
  readonly arn: string;
}

/** How far X-Amz-Date may be from the server's clock (S3: MaxAllowedSkewMilliseconds 900000). */
export const MAX_SKEW_SECONDS = 900;

/** What the endpoint found, whether or not the request passed. */
export interface EndpointFindings {
  readonly accessKeyId: string;
  /** The session the token named, when there is one. */
  readonly session?: EndpointSession | undefined;
  /** The signature the request carries, and the one the endpoint computed (once it had the secret). */
  readonly signatureSent?: string | undefined;
  readonly signatureComputed?: string | undefined;
  readonly amzDate?: string | undefined;
  /** Seconds between X-Amz-Date and the server's clock, signed (positive: the request is older). */
  readonly skewSeconds?: number | undefined;
}

/** The endpoint's verdict on a request: it passed, or the error S3 answers with. */
export type EndpointCheck = (EndpointFindings & { readonly ok: true; readonly session: EndpointSession }) | (EndpointFindings & { readonly ok: false; readonly error: S3Error });

/** The server's clock as S3 writes ServerTime. */
const serverTime = (d: Date): string => isoSeconds(d);

/**
 * Checks a signed request as the endpoint received it, at the server's clock `now`, against the
 * sessions AWS holds. Order as credential-flow.md tells it: the secret through the session, the
 * signature, the time, the session's expiry.
 */
export function verifyAtEndpoint(requestText: string, now: Date, sessions: readonly EndpointSession[]): EndpointCheck {
  const request = parseRequest(requestText);
  const token = headerValue(request, HEADER.token) ?? undefined;
  const session = token === undefined ? undefined : sessions.find((s) => s.sessionToken === token);
  let read;
  let result;
  try {
    read = readSignatureClaim(request);
    // First the secret: through the session the token names (an unknown one is refused before any signing).
    if (read !== null && session !== undefined && session.accessKeyId === read.claim.accessKeyId) result = verifySignedRequest(request, session.secretAccessKey);
  } catch (e) {
    // No signature it can read: the request is not signed the way it says it is.
    if (e instanceof SigV4Error) return { ok: false, accessKeyId: read?.claim.accessKeyId ?? '', error: S3_ERRORS.signature };
    throw e;
  }
  if (read === null) return { ok: false, accessKeyId: '', error: S3_ERRORS.signature };
  const found: EndpointFindings = { accessKeyId: read.claim.accessKeyId, session, signatureSent: read.claim.signature, amzDate: read.time?.value };
  if (token !== undefined && session === undefined) return { ...found, ok: false, error: S3_ERRORS.invalidToken };
  if (session === undefined || result === undefined) return { ...found, ok: false, error: S3_ERRORS.unknownKey };
  const { claim } = result;
  const computed = { ...found, signatureComputed: result.trace.stages.signature.text };
  if (result.status !== 'match') {
    const extra: [string, string][] = [
      ['AWSAccessKeyId', claim.accessKeyId],
      ['StringToSign', result.trace.stages.stringToSign.text],
      ['SignatureProvided', claim.signature],
      ['CanonicalRequest', result.trace.stages.canonicalRequest.text],
    ];
    return { ...computed, ok: false, error: { ...S3_ERRORS.signature, extra } };
  }
  const sent = isAmzDate(claim.amzDate) ? dateOf(claim.amzDate) : now;
  const skewSeconds = Math.round((now.getTime() - sent.getTime()) / 1000);
  const timed = { ...computed, skewSeconds };
  if (Math.abs(skewSeconds) > MAX_SKEW_SECONDS) {
    const extra: [string, string][] = [['RequestTime', claim.amzDate], ['ServerTime', serverTime(now)], ['MaxAllowedSkewMilliseconds', String(MAX_SKEW_SECONDS * 1000)]];
    return { ...timed, ok: false, error: { ...S3_ERRORS.skewed, extra } };
  }
  if (now.getTime() >= Date.parse(session.expiration)) return { ...timed, ok: false, error: { ...S3_ERRORS.expired, extra: [['Token-0', session.sessionToken]] } };
  return { ...timed, ok: true, session };
}
