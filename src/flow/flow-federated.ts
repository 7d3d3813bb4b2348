/**
 * The other ways into a role (credential-flow.md, "Other ways in"): an IAM user of another account
 * with an external ID, and a pod's OIDC token through AssumeRoleWithWebIdentity. No IMDS, no EC2
 * service: the caller talks to STS itself, so these journeys have four steps, numbered 1 to 4.
 */
import { epochSeconds } from './clock';
import { generateCredentials, generateLongTermCredentials, type TemporaryCredentials } from './credentials';
import { requestId, roleId } from './ids';
import { eksServiceAccountToken } from './oidc';
import { EXTERNAL_ID, PARTNER_USER_ARN, ROLE_ACCOUNT, SERVICE_ACCOUNT_SUBJECT, eksProvider, roleArnOf } from './scenarios';
import { signCall, signingOptions, signingTimeOf } from './signing';
import { apiCallStep, exchange, makeStep, trustCheckStep, type BuildContext, type Built } from './steps-common';
import {
  STS_VERSION,
  WEB_IDENTITY_DENIED,
  accessDeniedMessage,
  assumeRoleResponse,
  assumedRoleUser,
  errorResponse,
  type AssumedRoleUser,
  formBody,
  stsPost,
  webIdentityResponse,
} from './sts-messages';
import type { Step } from './types';

/** STS's answer when the trust policy allows: the session, the XML root element and the document. */
interface SuccessAnswer {
  readonly user: AssumedRoleUser;
  readonly root: string;
  readonly xml: (creds: TemporaryCredentials, requestId: string) => string;
}

const ASK = { number: 1, id: 'assume-role', from: 'instance', to: 'sts', outcome: 'ok' } as const;
const ANSWER = { number: 3, id: 'sts-response', from: 'sts', to: 'instance' } as const;

/** Steps 3 and 4 (answer, API call) or the denial, shared by both ways in. */
function finish(ctx: BuildContext, head: readonly Step[], ok: SuccessAnswer, deniedMessage: string): Built {
  const reqId = requestId(ctx.seed, `${ctx.scenario.id}-answer`);
  const trust = head[head.length - 1]!;
  if (trust.outcome !== 'ok') {
    const error = { code: 'AccessDenied', message: deniedMessage };
    const exchanges = [exchange('sts', 'instance', 'xml', errorResponse('AccessDenied', deniedMessage, reqId), 'fail', 'ErrorResponse')];
    const answer = makeStep({ ...ANSWER, outcome: 'fail', exchanges, explanationKey: 'explain.stsResponse.denied', params: error, error });
    return { steps: [...head, answer], verdictKey: 'verdict.trustDenied', verdictParams: { roleName: ctx.scenario.role.name } };
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

/** An IAM user of 111122223333 assumes a role of 123456789012, sending an external ID. */
export function crossAccountFlow(ctx: BuildContext): Built {
  const { seed, date, region } = ctx;
  const roleArn = roleArnOf(ctx.scenario);
  const externalId = ctx.variants.externalId ?? EXTERNAL_ID;
  const sessionName = 'partner-app';
  // Parameter order as the STS model lists it (botocore's query serializer): ExternalId last here.
  const body = formBody([
    ['Action', 'AssumeRole'],
    ['Version', STS_VERSION],
    ['RoleArn', roleArn],
    ['RoleSessionName', sessionName],
    ...(externalId === '' ? [] : [['ExternalId', externalId] as const]),
  ]);
  const userKey = generateLongTermCredentials(seed, 'partner-user');
  const signed = signCall(stsPost(region, body), signingOptions(userKey, region, 'sts', signingTimeOf(date), 'generic'));
  const assume = makeStep({
    ...ASK,
    exchanges: [exchange('instance', 'sts', 'http-request', signed.text)],
    explanationKey: 'explain.assumeRole.crossAccount',
    params: { roleArn, callerArn: PARTNER_USER_ARN, externalId },
  });
  const denied = accessDeniedMessage(PARTNER_USER_ARN, roleArn);
  const context = {
    ...(externalId === '' ? {} : { 'sts:ExternalId': externalId }),
    'aws:PrincipalAccount': PARTNER_USER_ARN.split(':')[4]!,
    'aws:PrincipalArn': PARTNER_USER_ARN,
  };
  const request = { principal: { type: 'AWS', value: PARTNER_USER_ARN }, action: 'sts:AssumeRole', context } as const;
  const trust = trustCheckStep(ctx, 2, request, roleArn, { message: denied });
  const user = assumedRoleUser(roleArn, roleId(seed, roleArn), sessionName);
  return finish(ctx, [assume, trust], { user, root: 'AssumeRoleResponse', xml: (c, id) => assumeRoleResponse(user, c, id) }, denied);
}

/** A pod presents its service account's OIDC token to AssumeRoleWithWebIdentity (unsigned). */
export function webIdentityFlow(ctx: BuildContext): Built {
  const { seed, date, region } = ctx;
  const roleArn = roleArnOf(ctx.scenario);
  const provider = eksProvider(region);
  const token = eksServiceAccountToken(seed, date, region, ctx.variants.subject ?? SERVICE_ACCOUNT_SUBJECT);
  // botocore names the session itself when none is configured: botocore-session-<epoch seconds>.
  const sessionName = `botocore-session-${epochSeconds(date)}`;
  const body = formBody([
    ['Action', 'AssumeRoleWithWebIdentity'],
    ['Version', STS_VERSION],
    ['RoleArn', roleArn],
    ['RoleSessionName', sessionName],
    ['WebIdentityToken', token.jwt],
  ]);
  const exchanges = [
    exchange('instance', 'instance', 'json', token.claimsText, 'ok', 'OIDC token claims'),
    exchange('instance', 'sts', 'http-request', stsPost(region, body)),
  ];
  const params = { roleArn, provider: token.issuer, subject: token.subject };
  const assume = makeStep({ ...ASK, exchanges, explanationKey: 'explain.assumeRole.webIdentity', params });
  const federated = `arn:aws:iam::${ROLE_ACCOUNT}:oidc-provider/${provider}`;
  const context = { [`${provider}:aud`]: token.audience, [`${provider}:sub`]: token.subject };
  const request = { principal: { type: 'Federated', value: federated }, action: 'sts:AssumeRoleWithWebIdentity', context } as const;
  const trust = trustCheckStep(ctx, 2, request, roleArn, { message: WEB_IDENTITY_DENIED });
  const user = assumedRoleUser(roleArn, roleId(seed, roleArn), sessionName);
  const xml = (c: TemporaryCredentials, id: string): string => webIdentityResponse(user, c, token, id);
  return finish(ctx, [assume, trust], { user, root: 'AssumeRoleWithWebIdentityResponse', xml }, WEB_IDENTITY_DENIED);
}
