/**
 * The talk's aside (credential-flow.md, "The seed talk's aside"): on the instance, with nothing
 * configured, `aws sts assume-role` for the instance's own role. The CLI (botocore) walks its
 * credential chain to IMDS when it creates its client, validates parameters when it calls, then,
 * signed with the role's credentials, asks STS as the role session; the trust policy trusts the EC2
 * service and not the role's own sessions (since 2022 a role no longer trusts itself implicitly).
 */
import { EC2_QUESTION } from './accounts';
import type { CallerSpec } from './callers';
import { generateCredentials, instanceProfileCredentials } from './credentials';
import { instanceId, requestId, roleId } from './ids';
import { readBucketPolicy } from './identity-policy';
import { AWS_CLI_USER_AGENT, credentialDocument } from './imds-messages';
import { metadataExchanges } from './metadata-step';
import { roleArnOf } from './scenarios';
import { signCall, stsSigningOptions } from './signing';
import { DEMO_BUCKET, NO_CREDENTIALS, exchange, makeStep, trustCheckStep, type BuildContext, type Built } from './steps-common';
import { STS_VERSION, accessDeniedMessage, assumeRoleResponse, assumedRoleUser, errorResponse, formBody, stsPost } from './sts-messages';
import type { Exchange, Outcome } from './types';

/** RoleSessionName's constraint in the STS model: 2 to 64 of `[\w+=,.@-]`. */
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

const cli = (text: string, outcome: Outcome = 'ok'): Exchange => exchange('instance', 'instance', 'cli', text, outcome);

/** Builds the aside's steps. */
function asideFlow(ctx: BuildContext): Built {
  const { scenario, seed, date, region } = ctx;
  const roleArn = roleArnOf(scenario);
  const sessionName = ctx.variants.sessionName ?? 'demo';
  const command = `aws sts assume-role --role-arn ${roleArn} --role-session-name ${sessionName}`;
  const typed = cli(`$ ${command}`);

  if (!SESSION_NAME.test(sessionName) && sessionName.length >= 2) throw new RangeError(`sessionName: expected 2 to 64 of [\\w+=,.@-], found "${sessionName}"`);
  // botocore resolves credentials when the CLI creates its client, and validates parameters (the
  // model's min length 2) when the call is made, before signing: the lookup comes first.
  const validation =
    sessionName.length < 2
      ? { code: 'ParamValidationError', message: `Parameter validation failed:\nInvalid length for parameter RoleSessionName, value: ${sessionName.length}, valid min length: 2` }
      : undefined;

  const withRole = (ctx.variants.callerCredentials ?? 'instance-role') === 'instance-role';
  const imds = metadataExchanges(ctx, 'v2', withRole, 'optional', AWS_CLI_USER_AGENT);
  const lookup = { number: 1, id: 'metadata-request', from: 'instance', to: 'imds' } as const;
  if (!withRole) {
    const error = validation ?? NO_CREDENTIALS;
    const exchanges = [typed, ...imds.exchanges, cli(error.message, 'fail')];
    const key = validation ? 'explain.metadata.cliValidation' : 'explain.metadata.cliNoCredentials';
    const step = makeStep({ ...lookup, outcome: 'fail', exchanges, explanationKey: key, params: { command, sessionName, length: sessionName.length }, error });
    return { steps: [step], verdictKey: validation ? 'verdict.validation' : 'verdict.noCredentials', verdictParams: {} };
  }
  const params = { command, role: scenario.role.name };
  const first = makeStep({ ...lookup, outcome: 'ok', exchanges: [typed, ...imds.exchanges], explanationKey: 'explain.metadata.cli', params });
  const own = instanceProfileCredentials(seed, date, region, 'v2');
  const doc = makeStep({
    number: 2,
    id: 'credential-document',
    from: 'imds',
    to: 'instance',
    outcome: 'ok',
    exchanges: [exchange('imds', 'instance', 'json', credentialDocument(own), 'ok', 'Code: Success')],
    explanationKey: 'explain.credentialDocument.ok',
    params: { accessKeyId: own.accessKeyId, lastUpdated: own.lastUpdated, expiration: own.expiration, delivery: 'IMDSv2' },
  });

  if (validation) {
    // Credentials in hand, the parameter check refuses before anything reaches STS: the step stays on the instance.
    const step = makeStep({
      number: 3,
      id: 'assume-role',
      titleKey: 'step.assume-role.cliValidation',
      from: 'instance',
      to: 'instance',
      outcome: 'fail',
      exchanges: [cli(validation.message, 'fail')],
      explanationKey: 'explain.assumeRole.cliValidation',
      params: { sessionName, length: sessionName.length },
      error: validation,
    });
    return { steps: [first, doc, step], credentials: own, verdictKey: 'verdict.validation', verdictParams: {} };
  }

  // The CLI sends only what was given: no DurationSeconds.
  const body = formBody([['Action', 'AssumeRole'], ['Version', STS_VERSION], ['RoleArn', roleArn], ['RoleSessionName', sessionName]]);
  const signed = signCall(stsPost(region, body), stsSigningOptions(own, region, date));
  const caller = assumedRoleUser(roleArn, roleId(seed, roleArn), instanceId(seed));
  const assume = makeStep({
    number: 3,
    id: 'assume-role',
    from: 'instance',
    to: 'sts',
    outcome: 'ok',
    exchanges: [exchange('instance', 'sts', 'http-request', signed.text)],
    explanationKey: 'explain.assumeRole.instance',
    params: { roleArn, callerArn: caller.arn },
  });

  const denied = accessDeniedMessage(caller.arn, roleArn);
  const context = { 'aws:PrincipalAccount': scenario.role.account, 'aws:PrincipalArn': roleArn };
  const request = { principal: { type: 'AWS', value: caller.arn }, action: 'sts:AssumeRole', context } as const;
  // The instance role's own permissions read S3 (the fact sheet's s3access); they do not allow
  // sts:AssumeRole, which matters once the trust policy delegates to the account.
  const identity = { arn: caller.arn, account: scenario.role.account, policy: readBucketPolicy(`${scenario.role.name}-s3-read`, DEMO_BUCKET) };
  const trust = trustCheckStep(ctx, 4, request, roleArn, { message: denied, key: 'explain.trust.asideDeny' }, identity);
  const reqId = requestId(seed, 'aside-assume-role');
  const answer = { number: 5, id: 'sts-response', from: 'sts', to: 'instance' } as const;
  if (trust.outcome !== 'ok') {
    const message = trust.error?.message ?? denied;
    const error = { code: 'AccessDenied', message };
    const exchanges = [
      exchange('sts', 'instance', 'xml', errorResponse('AccessDenied', message, reqId), 'fail', 'ErrorResponse'),
      cli(`An error occurred (AccessDenied) when calling the AssumeRole operation: ${message}`, 'fail'),
    ];
    const step = makeStep({ ...answer, outcome: 'fail', exchanges, explanationKey: 'explain.stsResponse.denied', params: error, error });
    const verdict: Pick<Built, 'verdictKey' | 'verdictParams'> =
      trust.explanationKey === 'explain.trust.identityDeny'
        ? { verdictKey: 'verdict.identityDenied', verdictParams: { roleName: scenario.role.name, caller: caller.arn } }
        : { verdictKey: 'verdict.asideDenied', verdictParams: { roleArn } };
    return { steps: [first, doc, assume, trust, step], credentials: own, ...verdict };
  }
  const creds = generateCredentials(seed, date, region, 'aside-assumed');
  const user = assumedRoleUser(roleArn, roleId(seed, roleArn), sessionName);
  // The CLI prints the answer as JSON, four-space indent, Expiration with a +00:00 offset.
  const printed = {
    Credentials: {
      AccessKeyId: creds.accessKeyId,
      SecretAccessKey: creds.secretAccessKey,
      SessionToken: creds.sessionToken,
      Expiration: creds.expiration.replace('Z', '+00:00'),
    },
    AssumedRoleUser: { AssumedRoleId: user.assumedRoleId, Arn: user.arn },
  };
  const exchanges = [
    exchange('sts', 'instance', 'xml', assumeRoleResponse(user, creds, reqId), 'ok', 'AssumeRoleResponse'),
    cli(JSON.stringify(printed, null, 4)),
  ];
  const issued = { accessKeyId: creds.accessKeyId, expiration: creds.expiration, assumedRoleArn: user.arn };
  const step = makeStep({ ...answer, outcome: 'ok', exchanges, explanationKey: 'explain.stsResponse.chained', params: issued });
  return { steps: [first, doc, assume, trust, step], credentials: creds, verdictKey: 'verdict.assumed', verdictParams: { accessKeyId: creds.accessKeyId } };
}

/**
 * The CLI on an instance, calling STS itself with the instance role's credentials. The editor shows
 * the EC2 service's question, the one the role was written for.
 */
export const asideCaller: CallerSpec = {
  build: asideFlow,
  name: (ctx) => instanceId(ctx.seed),
  nodeLabelKey: 'node.instance',
  trustQuestion: EC2_QUESTION,
};
