/**
 * What the callers that talk to STS themselves share (credential-flow.md, "Other ways in"): no IMDS,
 * no EC2 service, so their journeys have four steps, numbered 1 to 4: the ask, the trust check,
 * STS's answer, the API call.
 */
import type { SigningOptions } from '../sigv4';
import { generateCredentials, type TemporaryCredentials } from './credentials';
import type { CallerIdentity } from './identity-policy';
import { requestId, roleId } from './ids';
import type { TrustRequest } from './policy-eval';
import { roleArnOf } from './scenarios';
import { signCall } from './signing';
import { apiCallStep, exchange, makeStep, trustCheckStep, type BuildContext, type Built } from './steps-common';
import { STS_VERSION, accessDeniedMessage, assumeRoleResponse, assumedRoleUser, errorResponse, formBody, stsPost, type AssumedRoleUser } from './sts-messages';
import type { Exchange, Params, Step } from './types';

/** STS's answer when the trust policy allows: the session, the XML root element and the document. */
export interface SuccessAnswer {
  readonly user: AssumedRoleUser;
  readonly root: string;
  readonly xml: (creds: TemporaryCredentials, requestId: string) => string;
}

/** Step 1: the caller asks STS. */
export const ASK = { number: 1, id: 'assume-role', from: 'instance', to: 'sts', outcome: 'ok' } as const;
const ANSWER = { number: 3, id: 'sts-response', from: 'sts', to: 'instance' } as const;

/** Steps 3 and 4 (answer, API call) or the denial, after the ask and the trust check in `head`. */
export function finish(ctx: BuildContext, head: readonly Step[], ok: SuccessAnswer, deniedMessage: string): Built {
  const reqId = requestId(ctx.seed, `${ctx.scenario.id}-answer`);
  const trust = head[head.length - 1]!;
  if (trust.outcome !== 'ok') {
    // The trust check words the denial (the identity-based one names its policy's missing allow).
    const message = trust.error?.message ?? deniedMessage;
    const error = { code: 'AccessDenied', message };
    const exchanges = [exchange('sts', 'instance', 'xml', errorResponse('AccessDenied', message, reqId), 'fail', 'ErrorResponse')];
    const answer = makeStep({ ...ANSWER, outcome: 'fail', exchanges, explanationKey: 'explain.stsResponse.denied', params: error, error });
    const identity = trust.explanationKey === 'explain.trust.identityDeny';
    const verdictParams: Params = identity ? { roleName: ctx.scenario.role.name, caller: String(trust.params.caller) } : { roleName: ctx.scenario.role.name };
    return { steps: [...head, answer], verdictKey: identity ? 'verdict.identityDenied' : 'verdict.trustDenied', verdictParams };
  }
  const creds = generateCredentials(ctx.seed, ctx.date, ctx.region);
  const answer = makeStep({
    ...ANSWER,
    outcome: 'ok',
    exchanges: [exchange('sts', 'instance', 'xml', ok.xml(creds, reqId), 'ok', ok.root)],
    explanationKey: 'explain.stsResponse.ok',
    params: { accessKeyId: creds.accessKeyId, expiration: creds.expiration, assumedRoleArn: ok.user.arn },
  });
  const api = apiCallStep(ctx, 4, 'instance', creds);
  return {
    steps: [...head, answer, api.step],
    credentials: creds,
    handoff: api.handoff,
    verdictKey: 'verdict.ok',
    verdictParams: { accessKeyId: creds.accessKeyId, expiration: creds.expiration },
  };
}

/** An AWS principal (an IAM user) that assumes the role itself, signing AssumeRole with its own key. */
export interface SignedAskSpec {
  /** The caller's ARN: the trust policy's principal, and the one AccessDenied names. */
  readonly callerArn: string;
  readonly sessionName: string;
  /** Form parameters after RoleSessionName (an ExternalId). */
  readonly extraParams?: readonly (readonly [string, string])[];
  /** The caller's key and how its SDK signs with it. */
  readonly signing: SigningOptions;
  /** Messages on the caller's side before its request (the command it ran, the files it read). */
  readonly before?: readonly Exchange[];
  readonly explanationKey: Step['explanationKey'];
  readonly params: Params;
  /** The request context STS evaluates the trust policy with. */
  readonly context: TrustRequest['context'];
  /** The caller's account and identity-based policy, when the trust policy may delegate to that account. */
  readonly identity?: CallerIdentity;
}

/** The four steps of a caller's own signed AssumeRole: the ask, the trust check, STS's answer, the API call (or the denial). */
export function signedAssumeRole(ctx: BuildContext, spec: SignedAskSpec): Built {
  const roleArn = roleArnOf(ctx.scenario);
  const body = formBody([['Action', 'AssumeRole'], ['Version', STS_VERSION], ['RoleArn', roleArn], ['RoleSessionName', spec.sessionName], ...(spec.extraParams ?? [])]);
  const signed = signCall(stsPost(ctx.region, body), spec.signing);
  const assume = makeStep({
    ...ASK,
    exchanges: [...(spec.before ?? []), exchange('instance', 'sts', 'http-request', signed.text)],
    explanationKey: spec.explanationKey,
    params: spec.params,
  });
  const denied = accessDeniedMessage(spec.callerArn, roleArn);
  const request = { principal: { type: 'AWS', value: spec.callerArn }, action: 'sts:AssumeRole', context: spec.context } as const;
  const trust = trustCheckStep(ctx, 2, request, roleArn, { message: denied }, spec.identity);
  const user = assumedRoleUser(roleArn, roleId(ctx.seed, roleArn), spec.sessionName);
  return finish(ctx, [assume, trust], { user, root: 'AssumeRoleResponse', xml: (c, id) => assumeRoleResponse(user, c, id) }, denied);
}
