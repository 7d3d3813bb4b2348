/**
 * A developer's laptop with a shared-config assume-role profile (credential-flow.md, "The SDK's
 * credential provider chain"): `AWS_PROFILE=s3-reader` names a profile of `~/.aws/config` with
 * `role_arn` and `source_profile = developer`, whose long-term keys are in `~/.aws/credentials`.
 * The CLI signs AssumeRole with those keys and signs its calls with the role's session.
 */
import { DEVELOPER_USER_ARN } from './accounts';
import type { CallerSpec } from './callers';
import { epochSeconds } from './clock';
import { generateLongTermCredentials } from './credentials';
import { roleArnOf } from './scenarios';
import { stsSigningOptions } from './signing';
import { signedAssumeRole } from './steps-federated';
import { exchange, type BuildContext, type Built } from './steps-common';

/** The profile the CLI runs with, and the one holding the developer's keys. */
export const LAPTOP_PROFILE = 's3-reader';
export const SOURCE_PROFILE = 'developer';

/** The developer's long-term key, as `~/.aws/credentials` holds it. */
export const developerKey = (seed: BuildContext['seed']) => generateLongTermCredentials(seed, 'developer-user');

/** The two files as the developer wrote them; the secret is the file's, masked on screen like every secret. */
function configFiles(ctx: BuildContext): string {
  const key = developerKey(ctx.seed);
  return [
    '# ~/.aws/config',
    `[profile ${LAPTOP_PROFILE}]`,
    `role_arn = ${roleArnOf(ctx.scenario)}`,
    `source_profile = ${SOURCE_PROFILE}`,
    `region = ${ctx.region}`,
    '',
    '# ~/.aws/credentials',
    `[${SOURCE_PROFILE}]`,
    `aws_access_key_id = ${key.accessKeyId}`,
    `aws_secret_access_key = ${key.secretAccessKey}`,
    '',
  ].join('\n');
}

/** The CLI on the laptop: reads the profile (1, with the AssumeRole it signs), trust check (2), answer (3), the call (4). */
function laptopFlow(ctx: BuildContext): Built {
  const { seed, date, region } = ctx;
  const key = developerKey(seed);
  const built = signedAssumeRole(ctx, {
    callerArn: DEVELOPER_USER_ARN,
    // botocore's AssumeRoleProvider names the session itself: botocore-session-<epoch seconds>.
    sessionName: `botocore-session-${epochSeconds(date)}`,
    // The CLI signs before Content-Length is added, as the aside's call does (stsSigningOptions).
    signing: stsSigningOptions(key, region, date),
    before: [
      exchange('instance', 'instance', 'cli', `$ AWS_PROFILE=${LAPTOP_PROFILE} aws s3api list-objects-v2 --bucket amzn-s3-demo-bucket`),
      exchange('instance', 'instance', 'cli', configFiles(ctx), 'ok', '~/.aws/config, ~/.aws/credentials'),
    ],
    explanationKey: 'explain.assumeRole.laptop',
    params: { roleArn: roleArnOf(ctx.scenario), callerArn: DEVELOPER_USER_ARN, profile: LAPTOP_PROFILE, source: SOURCE_PROFILE, accessKeyId: key.accessKeyId },
    context: laptopCaller.trustQuestion.context,
  });
  return { ...built, secrets: [key.secretAccessKey] };
}

/** The developer's CLI, signing AssumeRole as an IAM user of the role's own account. */
export const laptopCaller: CallerSpec = {
  build: laptopFlow,
  name: () => DEVELOPER_USER_ARN,
  nodeLabelKey: 'node.instance.laptop',
  trustQuestion: {
    principal: { type: 'AWS', value: DEVELOPER_USER_ARN },
    action: 'sts:AssumeRole',
    context: { 'aws:PrincipalAccount': DEVELOPER_USER_ARN.split(':')[4]!, 'aws:PrincipalArn': DEVELOPER_USER_ARN },
  },
};
