/**
 * The instance-profile journey, the talk's five steps and where the credentials go
 * (credential-flow.md, "The five steps"): imdsv2, imdsv1, untrusted-role, no-instance-profile and
 * container-hop-limit differ only in the data of their scenario.
 */
import { EC2_PRINCIPAL, EC2_QUESTION } from './accounts';
import type { CallerSpec } from './callers';
import { INSTANCE_PROFILE_LIFETIME_SECONDS, INSTANCE_PROFILE_REPLACEMENT_SECONDS, generateLongTermCredentials, instanceProfileCredentials } from './credentials';
import type { ExplanationKey } from './explanation-keys';
import { instanceId, requestId } from './ids';
import { credentialDocument, unauthorizedDocument } from './imds-messages';
import { metadataExchanges, type MetadataExchanges } from './metadata-step';
import type { Scenario } from './scenarios';
import { stsSigningOptions } from './signing';
import { apiCallStep, exchange, makeStep, type BuildContext, type Built } from './steps-common';
import { serviceAssumeRoleSteps } from './steps-service';

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
  // No request context: the model knows of no condition key EC2 passes here, so a condition on one
  // (aws:SourceAccount, say) sees it missing: its IfExists form holds, the plain form does not.
  const ec2Key = generateLongTermCredentials(seed, 'ec2-service');
  const { steps: fetch, ok } = serviceAssumeRoleSteps(ctx, {
    number: 2,
    principal: EC2_PRINCIPAL,
    sessionName: instanceId(seed),
    signing: stsSigningOptions(ec2Key, region, fetched),
    assumeKey: 'explain.assumeRole.ec2',
    assumeParams: {
      fetchedAt: creds.lastUpdated,
      lifetimeHours: INSTANCE_PROFILE_LIFETIME_SECONDS / 3600,
      replacedEveryMinutes: INSTANCE_PROFILE_REPLACEMENT_SECONDS / 60,
    },
    requestId: requestId(seed, 'assume-role'),
    credentials: creds,
    answerKey: 'explain.stsResponse.ec2',
    answerParams: (assumedRoleArn) => ({
      accessKeyId: creds.accessKeyId,
      lastUpdated: creds.lastUpdated,
      expiration: creds.expiration,
      lifetimeHours: INSTANCE_PROFILE_LIFETIME_SECONDS / 3600,
      assumedRoleArn,
    }),
  });
  const role = scenario.role.name;

  if (!ok) {
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
    return { steps: [first, ...fetch, document], verdictKey: 'verdict.trustDenied', verdictParams: { roleName: role } };
  }

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
    steps: [first, ...fetch, document, api.step],
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
