/**
 * The instance-profile journey, the talk's five steps and where the credentials go
 * (credential-flow.md, "The five steps"): imdsv2, imdsv1, untrusted-role, no-instance-profile and
 * container-hop-limit differ only in the data of their scenario.
 */
import { EC2_PRINCIPAL, EC2_QUESTION } from './accounts';
import type { CallerSpec } from './callers';
import { INSTANCE_PROFILE_LIFETIME_SECONDS, INSTANCE_PROFILE_REPLACEMENT_SECONDS, generateLongTermCredentials, instanceProfileCredentials } from './credentials';
import type { ExplanationKey } from './explanation-keys';
import { instanceId, requestId, roleId } from './ids';
import { credentialDocument, unauthorizedDocument } from './imds-messages';
import { metadataExchanges, type MetadataExchanges } from './metadata-step';
import { roleArnOf, type Scenario } from './scenarios';
import { signCall, stsSigningOptions } from './signing';
import { apiCallStep, exchange, makeStep, trustCheckStep, type BuildContext, type Built } from './steps-common';
import { STS_VERSION, accessDeniedMessage, assumeRoleResponse, assumedRoleUser, errorResponse, formBody, stsPost } from './sts-messages';

function metadataKey(scenario: Scenario, imds: MetadataExchanges): ExplanationKey {
  if (!scenario.instanceProfile) return 'explain.metadata.noProfile';
  if (scenario.imds === 'v1') return 'explain.metadata.v1';
  if (scenario.imds !== 'v2-hop-limited') return 'explain.metadata.v2';
  return imds.outcome === 'ok' ? 'explain.metadata.hopLimit.fallback' : 'explain.metadata.hopLimit.required';
}

/** Builds the steps of an instance-profile scenario. */
function instanceProfileFlow(ctx: BuildContext): Built {
  const { scenario, seed, date, region } = ctx;
  const imds = metadataExchanges(ctx, scenario.imds === 'none' ? 'v2' : scenario.imds, scenario.instanceProfile, ctx.variants.httpTokens);
  const first = makeStep({
    number: 1,
    id: 'metadata-request',
    from: 'instance',
    to: 'imds',
    outcome: imds.outcome,
    exchanges: imds.exchanges,
    explanationKey: metadataKey(scenario, imds),
    params: imds.params,
    error: imds.error,
  });
  if (imds.outcome !== 'ok') {
    const verdictKey = scenario.instanceProfile ? 'verdict.hopLimit' : 'verdict.noProfile';
    return { steps: [first], verdictKey, verdictParams: { timeoutSeconds: imds.params.timeoutSeconds! } };
  }

  // Steps 2 to 4 happened before step 1: the EC2 service fetches the instance's credentials on its
  // own schedule (about hourly), and IMDS serves the set it already has. The steps keep the talk's
  // order; the times in their messages are those of the last scheduled fetch.
  // IMDSv1 and IMDSv2 deliver different sets: the hop-limit fallback reads them over v1.
  const creds = instanceProfileCredentials(seed, date, region, scenario.imds === 'v2' ? 'v2' : 'v1');
  const fetched = new Date(creds.lastUpdated);

  // Step 2: the EC2 service (not the instance) signs AssumeRole with its own key. Which key AWS
  // uses inside is not public: a generated AKIA key stands in for it, so the request verifies.
  // CloudTrail shows only RoleArn and RoleSessionName (the instance id): no DurationSeconds.
  const roleArn = roleArnOf(scenario);
  const session = instanceId(seed);
  const body = formBody([
    ['Action', 'AssumeRole'],
    ['Version', STS_VERSION],
    ['RoleArn', roleArn],
    ['RoleSessionName', session],
  ]);
  const ec2Key = generateLongTermCredentials(seed, 'ec2-service');
  const signed = signCall(stsPost(region, body), stsSigningOptions(ec2Key, region, fetched));
  const assume = makeStep({
    number: 2,
    id: 'assume-role',
    from: 'ec2',
    to: 'sts',
    outcome: 'ok',
    exchanges: [exchange('ec2', 'sts', 'http-request', signed.text)],
    explanationKey: 'explain.assumeRole.ec2',
    params: {
      roleArn,
      sessionName: session,
      fetchedAt: creds.lastUpdated,
      lifetimeHours: INSTANCE_PROFILE_LIFETIME_SECONDS / 3600,
      replacedEveryMinutes: INSTANCE_PROFILE_REPLACEMENT_SECONDS / 60,
      accessKeyId: ec2Key.accessKeyId,
    },
  });

  // The caller is the service principal: that is what AccessDenied names here (as modelled; the
  // message never reaches the instance, which only sees IMDS's document).
  const denied = accessDeniedMessage(EC2_PRINCIPAL, roleArn);
  // No request context: the model knows of no condition key EC2 passes here, so a condition on one
  // (aws:SourceAccount, say) sees it missing: its IfExists form holds, the plain form does not.
  const trust = trustCheckStep(ctx, 3, EC2_QUESTION, roleArn, { message: denied });
  const reqId = requestId(seed, 'assume-role');
  const role = scenario.role.name;

  if (trust.outcome !== 'ok') {
    const refused = makeStep({
      number: 4,
      id: 'sts-response',
      from: 'sts',
      to: 'ec2',
      outcome: 'fail',
      exchanges: [exchange('sts', 'ec2', 'xml', errorResponse('AccessDenied', denied, reqId), 'fail', 'ErrorResponse')],
      explanationKey: 'explain.stsResponse.denied',
      params: { code: 'AccessDenied', message: denied },
      error: { code: 'AccessDenied', message: denied },
    });
    const document = makeStep({
      number: 5,
      id: 'credential-document',
      from: 'imds',
      to: 'instance',
      outcome: 'fail',
      exchanges: [exchange('imds', 'instance', 'json', unauthorizedDocument(role, creds.lastUpdated), 'fail', 'Code: AssumeRoleUnauthorizedAccess')],
      explanationKey: 'explain.credentialDocument.unauthorized',
      params: { role },
      error: { code: 'AssumeRoleUnauthorizedAccess', message: `EC2 cannot assume the role ${role}.` },
    });
    return { steps: [first, assume, trust, refused, document], verdictKey: 'verdict.trustDenied', verdictParams: { roleName: role } };
  }

  const user = assumedRoleUser(roleArn, roleId(seed, roleArn), session);
  const response = makeStep({
    number: 4,
    id: 'sts-response',
    from: 'sts',
    to: 'ec2',
    outcome: 'ok',
    exchanges: [exchange('sts', 'ec2', 'xml', assumeRoleResponse(user, creds, reqId), 'ok', 'AssumeRoleResponse')],
    explanationKey: 'explain.stsResponse.ec2',
    params: {
      accessKeyId: creds.accessKeyId,
      lastUpdated: creds.lastUpdated,
      expiration: creds.expiration,
      lifetimeHours: INSTANCE_PROFILE_LIFETIME_SECONDS / 3600,
      assumedRoleArn: user.arn,
    },
  });
  const document = makeStep({
    number: 5,
    id: 'credential-document',
    from: 'imds',
    to: 'instance',
    outcome: 'ok',
    exchanges: [exchange('imds', 'instance', 'json', credentialDocument(creds), 'ok', 'Code: Success')],
    explanationKey: 'explain.credentialDocument.ok',
    params: { accessKeyId: creds.accessKeyId, lastUpdated: creds.lastUpdated, expiration: creds.expiration, delivery: scenario.imds === 'v2' ? 'IMDSv2' : 'IMDSv1' },
  });
  const api = apiCallStep(ctx, 6, 'instance', creds);
  return {
    steps: [first, assume, trust, response, document, api.step],
    credentials: creds,
    handoff: api.handoff,
    verdictKey: 'verdict.ok',
    verdictParams: { accessKeyId: creds.accessKeyId, expiration: creds.expiration },
  };
}

/** Software on an instance with a profile: the SDK asks IMDS, EC2 asks STS on its behalf. */
export const instanceProfileCaller: CallerSpec = {
  build: instanceProfileFlow,
  name: (ctx) => instanceId(ctx.seed),
  nodeLabelKey: 'node.instance',
  trustQuestion: EC2_QUESTION,
};
