/**
 * What the callers that talk to STS themselves share (credential-flow.md, "Other ways in"): no IMDS,
 * no EC2 service, so their journeys have four steps, numbered 1 to 4: the ask, the trust check,
 * STS's answer, the API call.
 */
import { generateCredentials, type TemporaryCredentials } from './credentials';
import { requestId } from './ids';
import { apiCallStep, exchange, makeStep, type BuildContext, type Built } from './steps-common';
import { errorResponse, type AssumedRoleUser } from './sts-messages';
import type { Params, Step } from './types';

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
