/**
 * A pod presents its service account's OIDC token to AssumeRoleWithWebIdentity (credential-flow.md,
 * "Other ways in"): the request is unsigned, the token is the credential.
 */
import { ROLE_ACCOUNT, SERVICE_ACCOUNT_SUBJECT, eksProvider } from './accounts';
import type { CallerSpec } from './callers';
import { epochSeconds } from './clock';
import type { TemporaryCredentials } from './credentials';
import { roleId } from './ids';
import { eksServiceAccountToken } from './oidc';
import { roleArnOf } from './scenarios';
import { ASK, finish } from './steps-federated';
import { exchange, makeStep, trustCheckStep, type BuildContext, type Built } from './steps-common';
import { STS_VERSION, WEB_IDENTITY_DENIED, assumedRoleUser, formBody, stsPost, webIdentityResponse } from './sts-messages';

/** A pod presents its service account's OIDC token to AssumeRoleWithWebIdentity (unsigned). */
function webIdentityFlow(ctx: BuildContext): Built {
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
  const params = { roleArn, provider: token.issuer, providerArn: `arn:aws:iam::${ROLE_ACCOUNT}:oidc-provider/${provider}`, subject: token.subject };
  const assume = makeStep({ ...ASK, exchanges, explanationKey: 'explain.assumeRole.webIdentity', params });
  const federated = `arn:aws:iam::${ROLE_ACCOUNT}:oidc-provider/${provider}`;
  const context = { [`${provider}:aud`]: token.audience, [`${provider}:sub`]: token.subject };
  const request = { principal: { type: 'Federated', value: federated }, action: 'sts:AssumeRoleWithWebIdentity', context } as const;
  const trust = trustCheckStep(ctx, 2, request, roleArn, { message: WEB_IDENTITY_DENIED });
  const user = assumedRoleUser(roleArn, roleId(seed, roleArn), sessionName);
  const xml = (c: TemporaryCredentials, id: string): string => webIdentityResponse(user, c, token, federated, id);
  return finish(ctx, [assume, trust], { user, root: 'AssumeRoleWithWebIdentityResponse', xml }, WEB_IDENTITY_DENIED);
}

/** A pod on EKS with a service account for the role (IRSA). The editor names the federated principal "oidc". */
export const webIdentityCaller: CallerSpec = {
  build: webIdentityFlow,
  name: (ctx) => ctx.variants.subject ?? SERVICE_ACCOUNT_SUBJECT,
  nodeLabelKey: 'node.instance.pod',
  trustQuestion: { principal: { type: 'Federated', value: 'oidc' }, action: 'sts:AssumeRoleWithWebIdentity', context: {} },
};
