/**
 * STS Query API messages (credential-flow.md, "STS AssumeRole"; shapes as botocore's STS model
 * 2011-06-15 names them): the form-encoded request and the XML answers.
 */
import { uriEncode } from '../sigv4';
import type { TemporaryCredentials } from './credentials';

/** The STS Query API version. */
export const STS_VERSION = '2011-06-15';
/** The XML namespace of every STS answer. */
export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

/**
 * An `application/x-www-form-urlencoded` body, parameters in the order given (the model's order),
 * values encoded as the SDKs send them: the unreserved set stays, everything else is %XX (a space too).
 */
export function formBody(params: readonly (readonly [string, string])[]): string {
  return params.map(([k, v]) => `${k}=${uriEncode(v)}`).join('&');
}

/** The regional STS endpoint's host. */
export function stsHost(region: string): string {
  return `sts.${region}.amazonaws.com`;
}

/** `POST /` to the regional endpoint with a form body, unsigned. */
export function stsPost(region: string, body: string): string {
  const n = new TextEncoder().encode(body).length;
  return `POST / HTTP/1.1\nHost: ${stsHost(region)}\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\nContent-Length: ${n}\n\n${body}`;
}

/** The assumed-role session: `arn:aws:sts::<account>:assumed-role/<role>/<session>` and `<role id>:<session>`. */
export interface AssumedRoleUser {
  readonly arn: string;
  readonly assumedRoleId: string;
}

/** The session of a role ARN (the role's path, if any, is not part of it). */
export function assumedRoleUser(roleArn: string, roleId: string, sessionName: string): AssumedRoleUser {
  const m = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  if (!m) throw new RangeError(`not a role ARN: ${roleArn}`);
  return { arn: `arn:${m[1]}:sts::${m[2]}:assumed-role/${m[3]}/${sessionName}`, assumedRoleId: `${roleId}:${sessionName}` };
}

/** Escapes text for an XML element (XML 1.0 §2.4): values a user can type, like a token's subject. */
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function credentialsXml(c: TemporaryCredentials): string {
  return (
    '    <Credentials>\n' +
    `      <AccessKeyId>${c.accessKeyId}</AccessKeyId>\n` +
    `      <SecretAccessKey>${c.secretAccessKey}</SecretAccessKey>\n` +
    `      <SessionToken>${c.sessionToken}</SessionToken>\n` +
    `      <Expiration>${c.expiration}</Expiration>\n` +
    '    </Credentials>\n'
  );
}

function userXml(u: AssumedRoleUser): string {
  return `    <AssumedRoleUser>\n      <Arn>${u.arn}</Arn>\n      <AssumedRoleId>${u.assumedRoleId}</AssumedRoleId>\n    </AssumedRoleUser>\n`;
}

const metadata = (requestId: string): string => `  <ResponseMetadata>\n    <RequestId>${requestId}</RequestId>\n  </ResponseMetadata>\n`;

/**
 * AssumeRoleResponse. PackedPolicySize is left out: STS sends it only when the request passed
 * session policies or tags, and these requests pass none.
 */
export function assumeRoleResponse(user: AssumedRoleUser, c: TemporaryCredentials, requestId: string): string {
  return (
    `<AssumeRoleResponse xmlns="${STS_NAMESPACE}">\n  <AssumeRoleResult>\n` +
    userXml(user) +
    credentialsXml(c) +
    `  </AssumeRoleResult>\n${metadata(requestId)}</AssumeRoleResponse>\n`
  );
}

/**
 * AssumeRoleWithWebIdentityResponse: also the token's subject and audience, and as Provider the
 * OIDC provider's ARN, `arn:aws:iam::<account>:oidc-provider/<issuer host and path>` (credential-flow.md).
 */
export function webIdentityResponse(
  user: AssumedRoleUser,
  c: TemporaryCredentials,
  token: { readonly subject: string; readonly audience: string },
  providerArn: string,
  requestId: string,
): string {
  return (
    `<AssumeRoleWithWebIdentityResponse xmlns="${STS_NAMESPACE}">\n  <AssumeRoleWithWebIdentityResult>\n` +
    `    <SubjectFromWebIdentityToken>${xmlText(token.subject)}</SubjectFromWebIdentityToken>\n` +
    `    <Audience>${token.audience}</Audience>\n` +
    userXml(user) +
    credentialsXml(c) +
    `    <Provider>${providerArn}</Provider>\n` +
    `  </AssumeRoleWithWebIdentityResult>\n${metadata(requestId)}</AssumeRoleWithWebIdentityResponse>\n`
  );
}

/** AccessDenied's message for AssumeRole: "User: <caller> is not authorized to perform: sts:AssumeRole on resource: <role>". */
export function accessDeniedMessage(caller: string, roleArn: string): string {
  return `User: ${caller} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;
}

/** AccessDenied's message for AssumeRoleWithWebIdentity (it names neither caller nor role). */
export const WEB_IDENTITY_DENIED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity';

/** The Query API's error document: `ErrorResponse/Error/{Type, Code, Message}` and `RequestId`. */
export function errorResponse(code: string, message: string, requestId: string): string {
  return (
    `<ErrorResponse xmlns="${STS_NAMESPACE}">\n  <Error>\n    <Type>Sender</Type>\n` +
    `    <Code>${code}</Code>\n    <Message>${xmlText(message)}</Message>\n  </Error>\n` +
    `  <RequestId>${requestId}</RequestId>\n</ErrorResponse>\n`
  );
}
