/**
 * An IAM user of another account assumes the role, sending the external ID its owner gave it
 * (credential-flow.md, "Other ways in"): the caller signs AssumeRole with its own long-term key.
 */
import { EXTERNAL_ID, OTHER_ACCOUNT, PARTNER_USER_ARN } from './accounts';
import type { CallerSpec } from './callers';
import { generateLongTermCredentials } from './credentials';
import { assumeRolePolicy } from './identity-policy';
import { roleId } from './ids';
import { roleArnOf } from './scenarios';
import { signCall, stsSigningOptions } from './signing';
import { ASK, finish } from './steps-federated';
import { exchange, makeStep, trustCheckStep, type BuildContext, type Built } from './steps-common';
import { STS_VERSION, accessDeniedMessage, assumeRoleResponse, assumedRoleUser, formBody, stsPost } from './sts-messages';

/** An IAM user of 111122223333 assumes a role of 123456789012, sending an external ID. */
function crossAccountFlow(ctx: BuildContext): Built {
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
  const signed = signCall(stsPost(region, body), stsSigningOptions(userKey, region, date));
  const assume = makeStep({
    ...ASK,
    exchanges: [exchange('instance', 'sts', 'http-request', signed.text)],
    explanationKey: externalId === '' ? 'explain.assumeRole.crossAccountNoExternalId' : 'explain.assumeRole.crossAccount',
    params: { roleArn, callerArn: PARTNER_USER_ARN, externalId },
  });
  const denied = accessDeniedMessage(PARTNER_USER_ARN, roleArn);
  const context = {
    ...(externalId === '' ? {} : { 'sts:ExternalId': externalId }),
    'aws:PrincipalAccount': OTHER_ACCOUNT,
    'aws:PrincipalArn': PARTNER_USER_ARN,
  };
  const request = { principal: { type: 'AWS', value: PARTNER_USER_ARN }, action: 'sts:AssumeRole', context } as const;
  // The role's account is not the caller's: the trust policy delegates, so the partner's own
  // identity-based policy is evaluated too (its account gave it one allowing this role).
  const caller = { arn: PARTNER_USER_ARN, account: OTHER_ACCOUNT, policy: assumeRolePolicy('AssumePartnerS3Reader', roleArn) };
  const trust = trustCheckStep(ctx, 2, request, roleArn, { message: denied }, caller);
  const user = assumedRoleUser(roleArn, roleId(seed, roleArn), sessionName);
  return finish(ctx, [assume, trust], { user, root: 'AssumeRoleResponse', xml: (c, id) => assumeRoleResponse(user, c, id) }, denied);
}

/** The partner's app, an IAM user of the other account. */
export const crossAccountCaller: CallerSpec = {
  build: crossAccountFlow,
  name: () => PARTNER_USER_ARN,
  nodeLabelKey: 'node.instance.iamUser',
  trustQuestion: {
    principal: { type: 'AWS', value: PARTNER_USER_ARN },
    action: 'sts:AssumeRole',
    context: { 'sts:ExternalId': EXTERNAL_ID, 'aws:PrincipalAccount': OTHER_ACCOUNT, 'aws:PrincipalArn': PARTNER_USER_ARN },
  },
};
