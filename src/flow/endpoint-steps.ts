/**
 * The other end of the signed call, for every journey that makes one: the endpoint verifies the
 * signature (endpoint.ts), then IAM authorizes the call with the role's permission policy, not its
 * trust policy (credential-flow.md, "Where they go, at the other end"), and the API answers:
 * ListBucketResult, or S3's 403 AccessDenied worded as S3 words it.
 */
import type { TemporaryCredentials } from './credentials';
import { verifyAtEndpoint, MAX_SKEW_SECONDS, type EndpointCheck, type EndpointSession } from './endpoint';
import type { ExplanationKey } from './explanation-keys';
import { rngFor, type Seed } from './rng';
import { evaluatePermissionPolicy, type PermissionRequest, type TrustDecision } from './policy-eval';
import type { Policy } from './policy-types';
import { listBucketResponse, s3ErrorResponse, s3Ids, type S3Error, type S3Object } from './s3-messages';
import { roleArnOf, type Scenario } from './scenarios';
import { DEMO_BUCKET, exchange, makeStep, type Built } from './steps-common';
import type { Step } from './types';

/** The action ListObjectsV2 needs, and the resource it needs it on: the bucket's ARN (S3, "Actions, resources and condition keys"). */
export const LIST_ACTION = 's3:ListBucket';
export const BUCKET_ARN = `arn:aws:s3:::${DEMO_BUCKET}`;

/** The role's permission policy when none is given: list the bucket, read its objects. */
export function defaultPermissionPolicy(): string {
  const statement = (sid: string, action: string, resource: string) => ({ Sid: sid, Effect: 'Allow', Action: action, Resource: resource });
  const doc = { Version: '2012-10-17', Statement: [statement('ListTheBucket', LIST_ACTION, BUCKET_ARN), statement('ReadItsObjects', 's3:GetObject', `${BUCKET_ARN}/*`)] };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** What the endpoint steps need beyond the journey itself. */
export interface EndpointContext {
  readonly scenario: Scenario;
  readonly seed: Seed;
  /** The server's clock: the journey's (the call arrives the moment it is signed). */
  readonly date: Date;
  readonly region: string;
  readonly permission: Policy;
  readonly permissionText: string;
}

/** S3's AccessDenied message for an identity-policy denial, word for word (credential-flow.md). */
export function accessDeniedMessage(sessionArn: string, action: string, resource: string, reason: TrustDecision['reason']): string {
  const because = reason === 'explicit-deny' ? 'with an explicit deny in an identity-based policy' : `because no identity-based policy allows the ${action} action`;
  return `User: ${sessionArn} is not authorized to perform: ${action} on resource: "${resource}" ${because}`;
}

/** The bucket's objects, seeded: keys as a report bucket holds them, modified before the clock. */
function bucketObjects(seed: Seed, date: Date): S3Object[] {
  const rng = rngFor(seed, 'bucket-objects');
  return ['reports/2026-10.csv', 'reports/2026-11.csv'].map((key, i) => ({
    key,
    lastModified: new Date(date.getTime() - (30 - 29 * i) * 86_400_000 - rng.int(86_400) * 1000).toISOString(),
    etag: rng.chars('0123456789abcdef', 32),
    size: 1024 + rng.int(60_000),
  }));
}

/** The session the credentials belong to: the assumed-role ARN STS reported, else the role's ARN and the caller as session name. */
function sessionOf(steps: readonly Step[], scenario: Scenario, caller: string, creds: TemporaryCredentials): EndpointSession {
  const reported = steps.find((s) => s.id === 'sts-response')?.params.assumedRoleArn;
  const arn = typeof reported === 'string' ? reported : `arn:aws:sts::${scenario.role.account}:assumed-role/${scenario.role.name}/${caller}`;
  return { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken, expiration: creds.expiration, arn };
}

/** The endpoint's findings as a document (never the secret; the token by its start and length). */
function findingsText(check: EndpointCheck): string {
  const s = check.session;
  return `${JSON.stringify(
    {
      AccessKeyId: check.accessKeyId,
      ...(s ? { SessionToken: `${s.sessionToken.slice(0, 16)}… (${s.sessionToken.length})`, Session: s.arn, SessionExpires: s.expiration } : {}),
      SignatureSent: check.signatureSent ?? null,
      SignatureComputed: check.signatureComputed ?? null,
      ...(check.amzDate ? { 'X-Amz-Date': check.amzDate } : {}),
      ...(check.skewSeconds === undefined ? {} : { SkewSeconds: check.skewSeconds, MaxSkewSeconds: MAX_SKEW_SECONDS }),
      Result: check.ok ? 'Verified' : check.error.code,
    },
    null,
    2,
  )}\n`;
}

/** The endpoint verifies the signature, the time and the session (api → iam: it finds the role session's secret). */
function verifyStep(ctx: EndpointContext, number: number, requestText: string, session: EndpointSession, caller: Step['from']): { step: Step; check: EndpointCheck } {
  const check = verifyAtEndpoint(requestText, ctx.date, [session]);
  const ids = s3Ids(ctx.seed, `${ctx.scenario.id}-verify`);
  const exchanges = [exchange('api', 'iam', 'json', findingsText(check), check.ok ? 'ok' : 'fail', check.ok ? 'Signature: equal' : check.error.code)];
  if (!check.ok) exchanges.push(exchange('api', caller, 'http-response', s3ErrorResponse(check.error, ids, ctx.date), 'fail'));
  const params = { accessKeyId: check.accessKeyId, sessionArn: session.arn, signature: check.signatureComputed ?? '', amzDate: check.amzDate ?? '', expiration: session.expiration };
  const step = makeStep({
    number,
    id: 'endpoint-verify',
    from: 'api',
    to: 'iam',
    outcome: check.ok ? 'ok' : 'fail',
    exchanges,
    explanationKey: check.ok ? 'explain.endpointVerify.ok' : 'explain.endpointVerify.fail',
    params: check.ok ? params : { ...params, code: check.error.code, message: check.error.message },
    error: check.ok ? undefined : { code: check.error.code, message: check.error.message },
  });
  return { step, check };
}

/** IAM asks the role's permission policy whether the session may list the bucket; the API answers accordingly. */
function authorizeStep(ctx: EndpointContext, number: number, session: EndpointSession, caller: Step['from']): Step {
  const request: PermissionRequest = {
    action: LIST_ACTION,
    resource: BUCKET_ARN,
    context: { 'aws:PrincipalArn': roleArnOf(ctx.scenario), 'aws:RequestedRegion': ctx.region, 'aws:SecureTransport': 'true' },
  };
  const decision = evaluatePermissionPolicy(ctx.permission, request);
  const ok = decision.decision === 'allow';
  const question = { Principal: { AWS: session.arn }, Action: request.action, Resource: request.resource, Context: request.context };
  const answer = {
    Decision: ok ? 'Allow' : 'Deny',
    Reason: decision.reason,
    ...(decision.statementIndex === undefined ? {} : { Statement: `Statement[${decision.statementIndex}]` }),
    ...(decision.sid === undefined ? {} : { Sid: decision.sid }),
  };
  const ids = s3Ids(ctx.seed, `${ctx.scenario.id}-answer`);
  const message = accessDeniedMessage(session.arn, request.action, request.resource, decision.reason);
  const denied: S3Error = { status: '403 Forbidden', code: 'AccessDenied', message };
  const response = ok ? listBucketResponse(DEMO_BUCKET, bucketObjects(ctx.seed, ctx.date), ids, ctx.date, ctx.region) : s3ErrorResponse(denied, ids, ctx.date);
  const exchanges = [
    exchange('api', 'iam', 'policy', JSON.stringify(question, null, 2), 'ok', 'request context'),
    exchange('iam', 'api', 'policy', ctx.permissionText, 'ok', 'PolicyDocument'),
    exchange('iam', 'api', 'policy', JSON.stringify(answer, null, 2), ok ? 'ok' : 'fail', `Decision: ${answer.Decision}`),
    exchange('api', caller, 'http-response', response, ok ? 'ok' : 'fail'),
  ];
  const statement = decision.statementIndex === undefined ? '' : `Statement[${decision.statementIndex}]${decision.sid === undefined ? '' : ` (Sid "${decision.sid}")`}`;
  const key: ExplanationKey = ok ? 'explain.authorize.allow' : decision.reason === 'explicit-deny' ? 'explain.authorize.explicitDeny' : 'explain.authorize.implicitDeny';
  const params = { sessionArn: session.arn, action: request.action, resource: request.resource, statement, roleName: ctx.scenario.role.name };
  const error = ok ? undefined : { code: 'AccessDenied', message };
  return makeStep({ number, id: 'authorize', from: 'api', to: 'iam', outcome: ok ? 'ok' : 'fail', exchanges, explanationKey: key, params, error, decision });
}

/**
 * A journey that ends in the signed API call, carried on to the other end: verify, authorize and
 * the answer. Any other journey comes back as it was.
 */
export function withEndpoint(ctx: EndpointContext, built: Built, caller: string): Built {
  const call = built.steps.at(-1);
  const creds = built.credentials;
  if (call?.id !== 'api-call' || creds === undefined || call.outcome !== 'ok') return built;
  const session = sessionOf(built.steps, ctx.scenario, caller, creds);
  const verify = verifyStep(ctx, call.number + 1, call.exchanges[0]!.text, session, call.from);
  if (!verify.check.ok) return { ...built, steps: [...built.steps, verify.step], verdictKey: 'verdict.apiRefused', verdictParams: { code: verify.check.error.code } };
  const authorize = authorizeStep(ctx, call.number + 2, session, call.from);
  const steps = [...built.steps, verify.step, authorize];
  if (authorize.outcome === 'ok') return { ...built, steps };
  return { ...built, steps, verdictKey: 'verdict.apiDenied', verdictParams: { action: LIST_ACTION, resource: BUCKET_ARN, roleName: ctx.scenario.role.name } };
}
