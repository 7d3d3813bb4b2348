/**
 * An IAM user of another account assumes the role, sending the external ID its owner gave it
 * (credential-flow.md, "Other ways in"): the caller signs AssumeRole with its own long-term key.
 */
import { EXTERNAL_ID, OTHER_ACCOUNT, PARTNER_USER_ARN } from './accounts';
import type { CallerSpec } from './callers';
import { generateLongTermCredentials } from './credentials';
import { assumeRolePolicy } from './identity-policy';
import { roleArnOf } from './scenarios';
import { stsSigningOptions } from './signing';
import { signedAssumeRole } from './steps-federated';
import type { BuildContext, Built } from './steps-common';

/** An IAM user of 111122223333 assumes a role of 123456789012, sending an external ID. */
function crossAccountFlow(ctx: BuildContext): Built {
  const roleArn = roleArnOf(ctx.scenario);
  const externalId = ctx.variants.externalId ?? EXTERNAL_ID;
  return signedAssumeRole(ctx, {
    callerArn: PARTNER_USER_ARN,
    sessionName: 'partner-app',
    // Parameter order as the STS model lists it (botocore's query serializer): ExternalId last here.
    extraParams: externalId === '' ? [] : [['ExternalId', externalId]],
    signing: stsSigningOptions(generateLongTermCredentials(ctx.seed, 'partner-user'), ctx.region, ctx.date),
    explanationKey: externalId === '' ? 'explain.assumeRole.crossAccountNoExternalId' : 'explain.assumeRole.crossAccount',
    params: { roleArn, callerArn: PARTNER_USER_ARN, externalId },
    context: {
      ...(externalId === '' ? {} : { 'sts:ExternalId': externalId }),
      'aws:PrincipalAccount': OTHER_ACCOUNT,
      'aws:PrincipalArn': PARTNER_USER_ARN,
    },
    // The role's account is not the caller's: the trust policy delegates, so the partner's own
    // identity-based policy is evaluated too (its account gave it one allowing this role).
    identity: { arn: PARTNER_USER_ARN, account: OTHER_ACCOUNT, policy: assumeRolePolicy('AssumePartnerS3Reader', roleArn) },
  });
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
