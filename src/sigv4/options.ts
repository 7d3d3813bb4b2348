/** Everything a signature depends on besides the request. */
import type { AmzDate } from './time';

/** AWS credentials; `sessionToken` is present for temporary credentials (`ASIA…`). */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

/** Header mode adds an Authorization header; query mode produces a presigned URL. */
export type SigningMode = 'header' | 'query';

/** Named rule sets: every service but S3 (`generic`), and S3 (`s3`). */
export type Profile = 'generic' | 's3';

/** The signing parameters, resolved (no defaults left to guess). */
export interface SigningOptions {
  readonly credentials: Credentials;
  readonly region: string;
  readonly service: string;
  readonly signingTime: AmzDate;
  readonly mode: SigningMode;
  /** X-Amz-Expires in query mode, seconds. */
  readonly expiresIn: number;
  /** true: encode the path as given (`%3D` → `%253D`); false: the S3 rule, encode once keeping `%XX`. */
  readonly doubleUriEncode: boolean;
  /** true: remove `.`, `..` and empty segments before encoding (never for S3). */
  readonly normalizePath: boolean;
  /** true: in header mode, add and sign `x-amz-content-sha256` (always for S3). */
  readonly signBody: boolean;
  /** Use this as the hashed payload (`UNSIGNED-PAYLOAD`, say) instead of hashing the body. */
  readonly payloadHash?: string | undefined;
  /** true: the session token is left out of the signature and added after signing. */
  readonly omitSessionToken: boolean;
  /**
   * true: headers signers never sign (User-Agent, Sec-*, …) stay in the request but out of the
   * signature, as the AWS SDKs do; false: raw text is signed as given.
   */
  readonly skipNeverSignedHeaders: boolean;
  /**
   * Lower-case names of headers that stay in the request but out of the signature. The caller says
   * which (the headers the request's own client sends unsigned); the core signs what it is given.
   */
  readonly unsignedHeaders?: readonly string[] | undefined;
}

/** The option values a profile implies. */
export function profileRules(profile: Profile): Pick<SigningOptions, 'doubleUriEncode' | 'normalizePath' | 'signBody'> {
  return profile === 's3'
    ? { doubleUriEncode: false, normalizePath: false, signBody: true }
    : { doubleUriEncode: true, normalizePath: true, signBody: false };
}
