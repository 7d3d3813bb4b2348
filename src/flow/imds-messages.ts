/**
 * The Instance Metadata Service's messages, byte for byte as the flow shows them (credential-flow.md,
 * "IMDS"; request headers as botocore's IMDSFetcher sends them). Text uses LF line ends, like the
 * signing lab's examples.
 */
import { httpDate } from './clock';
import type { TemporaryCredentials } from './credentials';

/** The link-local IMDS address. */
export const IMDS_HOST = '169.254.169.254';
/** The IMDSv2 token TTL the SDKs ask for: the maximum, six hours. */
export const TOKEN_TTL_SECONDS = 21600;
/** The role listing's path; the role's own path appends its name. */
export const CREDENTIALS_PATH = '/latest/meta-data/iam/security-credentials/';
/** IMDSv2's token path. */
export const TOKEN_PATH = '/latest/api/token';

/**
 * The User-Agent an SDK's IMDS requests carry: botocore's IMDSFetcher sends its session's
 * `user_agent()`, `Botocore/<version> Python/<version> <system>/<release>` (here an AL2023 kernel).
 */
export const BOTOCORE_USER_AGENT = 'Botocore/1.34.162 Python/3.12.3 Linux/6.1.115-126.197.amzn2023.x86_64';
/** The AWS CLI v2's session user agent, which its IMDS requests carry in the same place. */
export const AWS_CLI_USER_AGENT = 'aws-cli/2.15.30 Python/3.11.8 Linux/6.1.115-126.197.amzn2023.x86_64 exe/x86_64.amzn.2023';

const length = (body: string): number => new TextEncoder().encode(body).length;

/**
 * `PUT /latest/api/token` as botocore sends it (utils.py, IMDSFetcher._fetch_metadata_token): the
 * TTL header in lower case, its User-Agent, and `Content-Length: 0`, which `AWSRequest.prepare()`
 * adds to a PUT without a body.
 */
export function tokenRequest(userAgent = BOTOCORE_USER_AGENT): string {
  return `PUT ${TOKEN_PATH} HTTP/1.1\nHost: ${IMDS_HOST}\nx-aws-ec2-metadata-token-ttl-seconds: ${TOKEN_TTL_SECONDS}\nUser-Agent: ${userAgent}\nContent-Length: 0\n\n`;
}

/** A GET of a metadata path, with the session token (IMDSv2) or without (IMDSv1), as IMDSFetcher._get_request sends it. */
export function metadataGet(path: string, token?: string, userAgent = BOTOCORE_USER_AGENT): string {
  const auth = token === undefined ? '' : `x-aws-ec2-metadata-token: ${token}\n`;
  return `GET ${path} HTTP/1.1\nHost: ${IMDS_HOST}\n${auth}User-Agent: ${userAgent}\n\n`;
}

function response(status: string, date: Date, body: string, contentType: string | null, extra = ''): string {
  const type = contentType === null ? '' : `Content-Type: ${contentType}\n`;
  return `HTTP/1.1 ${status}\n${extra}${type}Content-Length: ${length(body)}\nDate: ${httpDate(date)}\nServer: EC2ws\nConnection: close\n\n${body}`;
}

/** The token response: the token, and its TTL echoed in a header. */
export function tokenResponse(token: string, date: Date): string {
  return response('200 OK', date, token, 'text/plain', `X-Aws-Ec2-Metadata-Token-Ttl-Seconds: ${TOKEN_TTL_SECONDS}\n`);
}

/**
 * A 200 text answer (the role listing: one name per line). Given `ttlLeft`, the answer to a GET
 * made with a token: IMDS says how many seconds the token has left.
 */
export function textResponse(body: string, date: Date, ttlLeft?: number): string {
  return response('200 OK', date, body, 'text/plain', ttlLeft === undefined ? '' : `X-Aws-Ec2-Metadata-Token-Ttl-Seconds: ${ttlLeft}\n`);
}

/** IMDS's 404 page: no instance profile, so no `security-credentials/` (its XHTML body, as IMDS sends it). */
export function notFoundResponse(date: Date): string {
  const body =
    '<?xml version="1.0" encoding="iso-8859-1"?>\n' +
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n' +
    '\t"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n' +
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">\n' +
    ' <head>\n  <title>404 - Not Found</title>\n </head>\n' +
    ' <body>\n  <h1>404 - Not Found</h1>\n </body>\n</html>\n';
  return response('404 Not Found', date, body, 'text/html');
}

/** 401: a request without a valid token when the instance requires tokens (HttpTokens=required). */
export function unauthorizedResponse(date: Date): string {
  return response('401 Unauthorized', date, '', null);
}

/** The credential document, in IMDS's own layout (`"Key" : value`, two-space indent). */
export function credentialDocument(c: TemporaryCredentials): string {
  return (
    '{\n' +
    '  "Code" : "Success",\n' +
    `  "LastUpdated" : "${c.lastUpdated}",\n` +
    '  "Type" : "AWS-HMAC",\n' +
    `  "AccessKeyId" : "${c.accessKeyId}",\n` +
    `  "SecretAccessKey" : "${c.secretAccessKey}",\n` +
    `  "Token" : "${c.sessionToken}",\n` +
    `  "Expiration" : "${c.expiration}"\n` +
    '}'
  );
}

/**
 * The document IMDS serves when EC2 may not assume the role (IAM user guide, "Troubleshoot IAM and
 * Amazon EC2": `"Code" : "AssumeRoleUnauthorizedAccess"`, "EC2 cannot assume the role …").
 */
export function unauthorizedDocument(roleName: string, lastUpdated: string): string {
  return (
    '{\n' +
    '  "Code" : "AssumeRoleUnauthorizedAccess",\n' +
    `  "Message" : "EC2 cannot assume the role ${roleName}.  Please see documentation at https://docs.aws.amazon.com/IAM/latest/UserGuide/RolesTroubleshooting.html.",\n` +
    `  "LastUpdated" : "${lastUpdated}"\n` +
    '}'
  );
}
