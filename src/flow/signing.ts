/**
 * The flow's SigV4 requests are signed by the signing core, never here: the AssumeRole request of
 * step 2 and the API call of the last step are the core's `signedRequest` stage, so the lab, given
 * the hand-off, recomputes exactly the signature the flow shows.
 */
import { amzDateOf, DEFAULT_EXPIRES_SECONDS, parseRequest, profileRules, signRequest, type AmzDate, type Credentials, type Profile, type SigningOptions, type Trace } from '../sigv4';
import type { LabHandoff } from './types';

/** A request the core signed. */
export interface SignedCall {
  /** The signed request text (the core's `signedRequest` stage). */
  readonly text: string;
  /** The Authorization header's value. */
  readonly authorization: string;
  /** The signature, hex. */
  readonly signature: string;
  readonly trace: Trace;
}

/** The X-Amz-Date form of a date; throws RangeError when the year has none. */
export function signingTimeOf(date: Date): AmzDate {
  const t = amzDateOf(date);
  if (t === null) throw new RangeError(`no X-Amz-Date form for ${date.toISOString()}`);
  return t;
}

/** The full signing options the lab uses for a hand-off: header mode, the profile's rules, nothing else. */
export function handoffOptions(h: LabHandoff): SigningOptions {
  return signingOptions(h.credentials, h.region, h.service, h.signingTime, h.profile);
}

/** Resolved header-mode signing options, as the lab resolves them for the same inputs. */
export function signingOptions(credentials: Credentials, region: string, service: string, signingTime: AmzDate, profile: Profile): SigningOptions {
  return {
    credentials,
    region,
    service,
    signingTime,
    mode: 'header',
    expiresIn: DEFAULT_EXPIRES_SECONDS,
    ...profileRules(profile),
    omitSessionToken: false,
    skipNeverSignedHeaders: false,
  };
}

/**
 * Header-mode options for an STS Query API call as botocore signs it: the signer runs on the request
 * before `AWSRequest.prepare()` adds Content-Length, so the signature covers content-type, host,
 * x-amz-date and x-amz-security-token, and Content-Length travels unsigned.
 */
export function stsSigningOptions(credentials: Credentials, region: string, date: Date): SigningOptions {
  return { ...signingOptions(credentials, region, 'sts', signingTimeOf(date), 'generic'), unsignedHeaders: ['content-length'] };
}

/** Parses and signs raw request text with the core. */
export function signCall(requestText: string, options: SigningOptions): SignedCall {
  const trace = signRequest(parseRequest(requestText), options);
  return {
    text: trace.stages.signedRequest.text,
    authorization: trace.stages.authorization?.text ?? '',
    signature: trace.stages.signature.text,
    trace,
  };
}
