/**
 * Requests and options the diagnosis and export tests share: the IAM ListUsers example of the AWS
 * General Reference with its example credentials, an S3 GET, and a request with a session token
 * (the aws-c-auth get-vanilla-with-session-token case). Used by tests only.
 */
import { options } from '../sigv4/test-support/sign-fixtures';
import { parseRequest, profileRules, signRequest, type SigningOptions, type StageOverride, type Trace } from '../sigv4';

/** The IAM ListUsers request as the AWS General Reference prints it. */
export const IAM_REQUEST =
  'GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08 HTTP/1.1\n' +
  'Host: iam.amazonaws.com\n' +
  'Content-Type: application/x-www-form-urlencoded; charset=utf-8\n' +
  'X-Amz-Date: 20150830T123600Z\n';

/** Its documented signature. */
export const IAM_SIGNATURE = '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';

/** An S3 GET whose key keeps double slashes (the S3 documentation's `my-object//example//photo.user`). */
export const S3_GET = 'GET /my-object//example//photo.user HTTP/1.1\nHost: examplebucket.s3.amazonaws.com\n';

/** The session token of the aws-c-auth vectors. */
export const TOKEN = '6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267';

/** A plain GET to be signed with temporary credentials. */
export const TOKEN_REQUEST = 'GET / HTTP/1.1\nHost:example.amazonaws.com\n';

/** Options for the AWS example key pair at 2015-08-30T12:36:00Z, IAM in us-east-1; override what a test varies. */
export function iamOptions(overrides: Partial<SigningOptions> = {}): SigningOptions {
  return options({ service: 'iam', ...overrides });
}

/** Options for S3 (single encoding, no normalisation, signed body hash). */
export function s3Options(overrides: Partial<SigningOptions> = {}): SigningOptions {
  return iamOptions({ service: 's3', ...profileRules('s3'), ...overrides });
}

/** Options with the vectors' session token, for the generic `service`. */
export function tokenOptions(overrides: Partial<SigningOptions> = {}): SigningOptions {
  const base = iamOptions({ service: 'service' });
  return { ...base, credentials: { ...base.credentials, sessionToken: TOKEN }, ...overrides };
}

/** Signs raw request text, with stage overrides (injected mistakes) if given. */
export function sign(text: string, options: SigningOptions, overrides: readonly StageOverride[] = []): Trace {
  return signRequest(parseRequest(text), options, overrides);
}
