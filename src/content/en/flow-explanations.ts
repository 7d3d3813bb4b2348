/**
 * English wording of the credential flow, keyed; `{name}` slots are filled from the `params` a step
 * or verdict carries (architecture practice 7: prose and numbers come from one source).
 * Facts cited in /work/shared/reference/credential-flow.md.
 */
import type { ExplanationKey, LateFlowKey } from '../../flow';
import type { WordsFor } from '../catalogue';

/** Every key the flow model names has its words here (a missing one fails the build); the view adds a few of its own. */
export const flowExplanations = {
  'scenario.imdsv2.title': 'IMDSv2 (default)',
  'scenario.imdsv1.title': 'IMDSv1',
  'scenario.untrusted-role.title': 'Role that does not trust EC2',
  'scenario.no-instance-profile.title': 'No instance profile',
  'scenario.container-hop-limit.title': 'Container behind a bridge (hop limit 1)',
  'scenario.assume-role-from-instance.title': 'aws sts assume-role on the instance',
  'scenario.cross-account.title': 'Cross-account IAM user',
  'scenario.web-identity.title': 'Web identity (EKS service account)',

  'scenario.ecs-task-role.title': 'ECS task role',
  'scenario.eks-pod-identity.title': 'EKS Pod Identity',
  'scenario.lambda-execution-role.title': 'Lambda execution role',
  'scenario.laptop-profile.title': 'Laptop: assume-role profile',
  'scenario.imds-disabled.title': 'IMDS turned off for the SDK',

  'step.metadata-request': 'Ask IMDS for credentials',
  'step.assume-role': 'AssumeRole request',
  'step.trust-check': 'Trust-policy check',
  'step.sts-response': 'STS answers',
  'step.credential-document': 'Credential document',
  'step.credential-document.lambda': 'Credentials set as environment variables',
  'step.metadata-request.imdsDisabled': 'Look for credentials without IMDS',
  'step.assume-role.cliValidation': 'Parameters checked before the call',
  'step.api-call': 'Signed API call',


  'variant.httpTokens': 'Instance metadata setting HttpTokens',
  'variant.httpTokens.optional': 'optional (IMDSv1 allowed)',
  'variant.httpTokens.required': 'required (IMDSv2 only)',
  'variant.callerCredentials': 'Credentials the CLI finds',
  'variant.callerCredentials.instance-role': 'the instance role’s (from IMDS)',
  'variant.callerCredentials.none': 'none (no instance profile)',
  'variant.sessionName': 'Role session name',
  'variant.externalId': 'External ID sent',
  'variant.subject': 'Token subject (sub)',


  'variant.imdsOff': 'How the SDK is kept from IMDS',
  'variant.imdsOff.env': 'AWS_EC2_METADATA_DISABLED=true',
  'variant.imdsOff.v1-disabled': 'ec2_metadata_v1_disabled, in a container',

  'step.endpoint-verify': 'The endpoint verifies',
  'step.authorize': 'IAM authorizes',
} as const satisfies WordsFor<Exclude<ExplanationKey, LateFlowKey>>;
