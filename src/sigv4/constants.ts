/** Spec literals of AWS Signature Version 4, in one place (smithy's signature-v4 layout). */

/** The algorithm name that opens the string to sign and the Authorization header. */
export const ALGORITHM = 'AWS4-HMAC-SHA256';
/** SigV4a's algorithm name: ECDSA over P-256 with SHA-256 (../shared/reference/sigv4a.md). */
export const ALGORITHM_V4A = 'AWS4-ECDSA-P256-SHA256';
/** The terminator of every credential scope. */
export const SCOPE_TERMINATOR = 'aws4_request';
/** The prefix joined to the secret key to form kSecret. */
export const SECRET_PREFIX = 'AWS4';
/** The algorithm name of each algorithm, as the string to sign, the Authorization header and X-Amz-Algorithm spell it. */
export const ALGORITHM_NAME = { sigv4: ALGORITHM, sigv4a: ALGORITHM_V4A } as const;
/** SigV4a's prefix joined to the secret key: the key of its derivation's HMAC. */
export const SECRET_PREFIX_V4A = 'AWS4A';
/**
 * n − 2 for P-256's group order n: a derivation candidate k0 is accepted when k0 ≤ n − 2, so that
 * d = k0 + 1 lies in [1, n − 1] (NIST SP 800-108 counter mode, as aws-c-auth's key_derivation.c).
 */
export const P256_N_MINUS_2 = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63254fn;
/** The hashed-payload marker S3 accepts instead of a body hash. */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
/** Hex SHA-256 of the empty string: the payload hash of a request without a body. */
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** Presigned URLs may live at most seven days (AWS General Reference, "Create a presigned URL"). */
export const MAX_EXPIRES_SECONDS = 604800;
/** A presigned URL's lifetime when none is given: an hour, the AWS SDKs' default. */
export const DEFAULT_EXPIRES_SECONDS = 3600;
/** The region when nothing names one: us-east-1, where the aws partition's global endpoints (IAM, STS) sign. */
export const DEFAULT_REGION = 'us-east-1';

/** Header names, lower-case, as they appear in canonical headers. */
export const HEADER = {
  host: 'host',
  date: 'x-amz-date',
  token: 'x-amz-security-token',
  contentSha256: 'x-amz-content-sha256',
  authorization: 'authorization',
  regionSet: 'x-amz-region-set',
} as const;

/** Header names in the spelling the signer writes them into the signed request. */
export const HEADER_SPELLING = {
  date: 'X-Amz-Date',
  token: 'X-Amz-Security-Token',
  contentSha256: 'x-amz-content-sha256',
  authorization: 'Authorization',
  regionSet: 'X-Amz-Region-Set',
} as const;

/** Query parameters of a presigned URL, in the spelling AWS uses. */
export const QUERY = {
  algorithm: 'X-Amz-Algorithm',
  credential: 'X-Amz-Credential',
  date: 'X-Amz-Date',
  expires: 'X-Amz-Expires',
  signedHeaders: 'X-Amz-SignedHeaders',
  token: 'X-Amz-Security-Token',
  signature: 'X-Amz-Signature',
  regionSet: 'X-Amz-Region-Set',
} as const;

/**
 * Headers that signers never sign (AWS SDK for JavaScript v3's list, ../shared/reference/sigv4-pitfalls.md):
 * hop-by-hop or rewritten by browsers and proxies, so signing them breaks the signature in transit.
 */
export const NEVER_SIGNED_HEADERS: ReadonlySet<string> = new Set([
  'authorization', 'cache-control', 'connection', 'expect', 'from', 'keep-alive', 'max-forwards',
  'pragma', 'referer', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'user-agent', 'x-amzn-trace-id',
]);
/** Name prefixes that are never signed either (`proxy-*`, `sec-*`). */
export const NEVER_SIGNED_PREFIXES: readonly string[] = ['proxy-', 'sec-'];
