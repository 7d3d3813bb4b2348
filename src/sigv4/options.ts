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

/**
 * Mistakes the lab can inject ("what-if"), each a signer bug from ../shared/reference/sigv4-pitfalls.md.
 * None by default: a correct signature has no deviations.
 */
export type Deviation =
  /** Canonical query sorted by the keys as written, before encoding (smithy-typescript PR #849). */
  | 'query-sorted-before-encoding'
  /** A space in a query value encoded as `+` (curl#7559). */
  | 'query-space-as-plus'
  /** A raw `+` in the query signed as a plus (`%2B`), though AWS reads it as a space (aws4#126, curl#20543). */
  | 'query-plus-as-plus'
  /** Lower-case hex in percent escapes (curl#8107). */
  | 'query-lowercase-hex'
  /** Header values neither trimmed nor collapsed (botocore PR #1182). */
  | 'headers-untrimmed'
  /** Repeated headers left on separate lines instead of joined with `,` (aws-sdk-java-v2 PR #2502). */
  | 'headers-unjoined'
  /** A header in the canonical block but missing from the signed-headers list (the AWS IAM guide slip). */
  | 'signed-headers-incomplete'
  /** Credential scope dated the day before X-Amz-Date (local date instead of UTC; minio PR #3688). */
  | 'scope-date-previous-day'
  /** kRegion keyed with the hex text of kDate instead of its 32 raw bytes (openbullet#663). */
  | 'key-chain-hex-text';

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
   * Lower-case names of headers that stay in the request but out of the signature: the ones the
   * request's own client adds without signing (curl's implied Content-Type, a browser's Sec-*).
   * The importer that made the request says which; the core signs what it is given.
   */
  readonly unsignedHeaders?: readonly string[] | undefined;
  /** Injected mistakes, for the lab's what-if toggles; absent or empty for a correct signature. */
  readonly deviations?: readonly Deviation[] | undefined;
}

/** The option values a profile implies. */
export function profileRules(profile: Profile): Pick<SigningOptions, 'doubleUriEncode' | 'normalizePath' | 'signBody'> {
  return profile === 's3'
    ? { doubleUriEncode: false, normalizePath: false, signBody: true }
    : { doubleUriEncode: true, normalizePath: true, signBody: false };
}
