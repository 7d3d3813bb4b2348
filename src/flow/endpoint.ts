/**
 * What the API endpoint does with a signed request before it looks at permissions
 * (credential-flow.md, "Where they go, at the other end"): it finds the secret of the access key
 * (for an `ASIA…` key, through the session its X-Amz-Security-Token carries), recomputes the
 * signature from the request as it received it with the signing core (the flow's own signing
 * helpers: the lab's verifier stays out of the page's first paint), compares, checks that
 * X-Amz-Date is within 15 minutes of its own clock and that the session has not expired. Pure: the
 * server's clock and the sessions it knows are inputs.
 */
import { dateOf, isAmzDate, type AmzDate } from '../sigv4';
import { isoSeconds } from './clock';
import { S3_ERRORS, type S3Error } from './s3-messages';
import { signCall, signingOptions } from './signing';

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
  const claim = claimOf(requestText);
  if (claim === null) return { ok: false, accessKeyId: '', error: S3_ERRORS.signature };
  const token = /^X-Amz-Security-Token: *(.*)$/im.exec(requestText)?.[1]?.trim();
  const session = token === undefined ? undefined : sessions.find((s) => s.sessionToken === token);
  const found: EndpointFindings = { accessKeyId: claim.accessKeyId, session, signatureSent: claim.signature, amzDate: claim.amzDate };
  if (token !== undefined && session === undefined) return { ...found, ok: false, error: S3_ERRORS.invalidToken };
  if (session === undefined || session.accessKeyId !== claim.accessKeyId) return { ...found, ok: false, error: S3_ERRORS.unknownKey };
  if (!isAmzDate(claim.amzDate)) return { ...found, ok: false, error: S3_ERRORS.signature };
  // The request as received, without its Authorization header and any header it does not claim to have signed, signed again with the session's secret.
  const signed = new Set(claim.signedHeaders);
  const [head = '', ...body] = requestText.split('\n\n');
  const kept = head.split('\n').filter((line, i) => i === 0 || signed.has(line.slice(0, line.indexOf(':')).trim().toLowerCase()));
  const credentials = { accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken };
  const options = signingOptions(credentials, claim.region, claim.service, claim.amzDate, claim.service === 's3' ? 's3' : 'generic');
  const again = signCall([kept.join('\n'), ...body].join('\n\n'), options);
  const computed = { ...found, signatureComputed: again.signature };
  if (again.signature !== claim.signature) {
    const extra: [string, string][] = [
      ['AWSAccessKeyId', claim.accessKeyId],
      ['StringToSign', again.trace.stages.stringToSign.text],
      ['SignatureProvided', claim.signature],
      ['CanonicalRequest', again.trace.stages.canonicalRequest.text],
    ];
    return { ...computed, ok: false, error: { ...S3_ERRORS.signature, extra } };
  }
  const skewSeconds = Math.round((now.getTime() - dateOf(claim.amzDate).getTime()) / 1000);
  const timed = { ...computed, skewSeconds };
  if (Math.abs(skewSeconds) > MAX_SKEW_SECONDS) {
    const extra: [string, string][] = [['RequestTime', claim.amzDate], ['ServerTime', serverTime(now)], ['MaxAllowedSkewMilliseconds', String(MAX_SKEW_SECONDS * 1000)]];
    return { ...timed, ok: false, error: { ...S3_ERRORS.skewed, extra } };
  }
  if (now.getTime() >= Date.parse(session.expiration)) return { ...timed, ok: false, error: { ...S3_ERRORS.expired, extra: [['Token-0', session.sessionToken]] } };
  return { ...timed, ok: true, session };
}

/** What the Authorization header claims (header mode, AWS4-HMAC-SHA256), with the request's X-Amz-Date; null when it claims nothing readable. */
function claimOf(text: string): { accessKeyId: string; region: string; service: string; signedHeaders: string[]; signature: string; amzDate: AmzDate | string } | null {
  const auth = /^Authorization: *AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, *SignedHeaders=([^,]+), *Signature=([0-9a-f]{64}) *$/im.exec(text);
  const date = /^X-Amz-Date: *(\S+)/im.exec(text)?.[1];
  if (!auth || date === undefined || !date.startsWith(auth[2]!)) return null;
  return { accessKeyId: auth[1]!, region: auth[3]!, service: auth[4]!, signedHeaders: auth[5]!.split(';'), signature: auth[6]!, amzDate: date };
}
