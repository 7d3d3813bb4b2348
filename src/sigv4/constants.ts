/** Spec literals of AWS Signature Version 4, in one place (smithy's signature-v4 layout). */

/** The algorithm name that opens the string to sign and the Authorization header. */
export const ALGORITHM = 'AWS4-HMAC-SHA256';
/** The terminator of every credential scope. */
export const SCOPE_TERMINATOR = 'aws4_request';
/** The prefix joined to the secret key to form kSecret. */
export const SECRET_PREFIX = 'AWS4';
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
} as const;

/** Header names in the spelling the signer writes them into the signed request. */
export const HEADER_SPELLING = {
  date: 'X-Amz-Date',
  token: 'X-Amz-Security-Token',
  contentSha256: 'x-amz-content-sha256',
  authorization: 'Authorization',
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
