/**
 * Software on an instance with a role whose SDK never gets to IMDS's credentials
 * (credential-flow.md, "The SDK's credential provider chain"): `AWS_EC2_METADATA_DISABLED=true` skips
 * the provider without a request (so its one step stays on the instance: no edge to IMDS is drawn);
 * `ec2_metadata_v1_disabled = true` in a container one hop too far
 * for the token's answer forbids the fallback to IMDSv1 (botocore IMDSFetcher._assert_v1_enabled).
 * Either way the chain ends without credentials, before any call is signed.
 */
import { EC2_QUESTION } from './accounts';
import type { CallerSpec } from './callers';
import { imdsToken, instanceId } from './ids';
import { tokenRequest, tokenResponse } from './imds-messages';
import { IMDS_TIMEOUT_SECONDS } from './metadata-step';
import { NO_CREDENTIALS, exchange, makeStep, type BuildContext, type Built } from './steps-common';
import type { StepError } from './types';

/** What the CLI prints when botocore raises MetadataRetrievalError (its fmt: "Error retrieving metadata: {error_msg}"). */
export const V1_DISABLED: StepError = {
  code: 'MetadataRetrievalError',
  message: 'Error retrieving metadata: Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled',
};

/** The command the scenario runs. */
const COMMAND = '$ aws s3api list-objects-v2 --bucket amzn-s3-demo-bucket';

function imdsDisabledFlow(ctx: BuildContext): Built {
  const cli = (text: string, outcome: 'ok' | 'fail' = 'ok') => exchange('instance', 'instance', 'cli', text, outcome);
  const lookup = { number: 1, id: 'metadata-request', from: 'instance', to: 'imds' } as const;
  if ((ctx.variants.imdsOff ?? 'env') === 'env') {
    // botocore skips the IMDS provider without a request: the step stays on the instance, nothing goes to IMDS.
    const exchanges = [cli(`$ export AWS_EC2_METADATA_DISABLED=true\n${COMMAND}`), cli(NO_CREDENTIALS.message, 'fail')];
    const onInstance = { ...lookup, to: 'instance', titleKey: 'step.metadata-request.imdsDisabled' } as const;
    const step = makeStep({ ...onInstance, outcome: 'fail', exchanges, explanationKey: 'explain.metadata.imdsDisabled', params: { variable: 'AWS_EC2_METADATA_DISABLED' }, error: NO_CREDENTIALS });
    return { steps: [step], verdictKey: 'verdict.noCredentials', verdictParams: {} };
  }
  // The token's answer leaves IMDS with hop limit 1 and dies at the container's bridge; the SDK may not go on without it.
  const exchanges = [
    cli(`# ~/.aws/config\n[default]\nec2_metadata_v1_disabled = true\n\n${COMMAND}`),
    exchange('instance', 'imds', 'http-request', tokenRequest()),
    exchange('imds', 'instance', 'http-response', tokenResponse(imdsToken(ctx.seed), ctx.date), 'timeout'),
    cli(V1_DISABLED.message, 'fail'),
  ];
  const step = makeStep({ ...lookup, outcome: 'timeout', exchanges, explanationKey: 'explain.metadata.v1Disabled', params: { timeoutSeconds: IMDS_TIMEOUT_SECONDS }, error: V1_DISABLED });
  return { steps: [step], verdictKey: 'verdict.v1Disabled', verdictParams: { timeoutSeconds: IMDS_TIMEOUT_SECONDS } };
}

/** The instance's software, kept from the metadata service. */
export const imdsOffCaller: CallerSpec = {
  build: imdsDisabledFlow,
  name: (ctx) => instanceId(ctx.seed),
  nodeLabelKey: 'node.instance',
  trustQuestion: EC2_QUESTION,
};
