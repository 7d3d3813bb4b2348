/** Everything a signature depends on besides the request. */
import type { EcdsaKeys } from './ecdsa-key';
import type { AmzDate } from './time';

/** AWS credentials; `sessionToken` is present for temporary credentials (`ASIA…`). */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

/** Header mode adds an Authorization header; query mode produces a presigned URL. */
export type SigningMode = 'header' | 'query';

/** SigV4 (HMAC-SHA256, one region) or SigV4a (ECDSA P-256, a region set). */
export type Algorithm = 'sigv4' | 'sigv4a';

/**
 * SigV4a's curve operations on P-256 (src/sigv4/p256.ts implements them with @noble/curves). The
 * caller hands them in, so that a page loads the curve only once SigV4a is asked for.
 */
export interface EcdsaCurve {
  /** The uncompressed public key `04` ‖ X ‖ Y of a 32-byte private key. */
  readonly publicKey: (privateKey: Uint8Array) => Uint8Array;
  /** ECDSA over SHA-256(message), DER-encoded; RFC 6979's nonce, with `entropy` mixed in when given. */
  readonly sign: (privateKey: Uint8Array, message: Uint8Array, entropy: Uint8Array | undefined) => Uint8Array;
  /** Whether a DER signature signs SHA-256(message) for the public key (high-S signatures included). */
  readonly verify: (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;
  /** SigV4a's key pair for the access key id and secret (ecdsa-key.ts, on this curve): it loads with the curve. */
  readonly deriveKeys: (accessKeyId: string, secretAccessKey: string) => EcdsaKeys;
}

/** Named rule sets: every service but S3 (`generic`), and S3 (`s3`). */
export type Profile = 'generic' | 's3';

/** The signing parameters, resolved (no defaults left to guess). */
export interface SigningOptions {
  readonly credentials: Credentials;
  /** Absent: SigV4. */
  readonly algorithm?: Algorithm | undefined;
  /** SigV4: the scope's region; SigV4a: the region set (`*`, or regions joined by `,`). */
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
  /**
   * SigV4a only: bytes mixed into the ECDSA nonce. Absent, the nonce is RFC 6979's, derived from the
   * key and the message, and signing again gives the same signature; the caller that wants AWS's
   * random nonces passes random bytes (randomness is an input, architecture practice 4).
   */
  readonly nonceEntropy?: Uint8Array | undefined;
  /** SigV4a only: the curve to derive the key and sign with; required to sign, not to canonicalize. */
  readonly curve?: EcdsaCurve | undefined;
}

/** The options' algorithm, SigV4 when none is named. */
export function algorithmOf(options: Pick<SigningOptions, 'algorithm'>): Algorithm {
  return options.algorithm ?? 'sigv4';
}

/** The option values a profile implies. */
export function profileRules(profile: Profile): Pick<SigningOptions, 'doubleUriEncode' | 'normalizePath' | 'signBody'> {
  return profile === 's3'
    ? { doubleUriEncode: false, normalizePath: false, signBody: true }
    : { doubleUriEncode: true, normalizePath: true, signBody: false };
}
