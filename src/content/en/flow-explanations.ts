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
  'scenario.imdsv2.summary': 'An EC2 instance with an instance profile gets its role’s temporary credentials through an IMDSv2 session.',
  'scenario.imdsv1.title': 'IMDSv1',
  'scenario.imdsv1.summary': 'The same journey with IMDSv1: plain GETs, no session token. Only possible when the instance allows it (HttpTokens=optional).',
  'scenario.untrusted-role.title': 'Role that does not trust EC2',
  'scenario.untrusted-role.summary': 'The role’s trust policy names another service, so STS refuses EC2 and IMDS serves an error document instead of credentials.',
  'scenario.no-instance-profile.title': 'No instance profile',
  'scenario.no-instance-profile.summary': 'No role is attached to the instance: IMDS answers 404 and there is nothing to fetch.',
  'scenario.container-hop-limit.title': 'Container behind a bridge (hop limit 1)',
  'scenario.container-hop-limit.summary': 'IMDSv2’s token response may travel one network hop; a container behind a bridge is two hops away, so the token never arrives.',
  'scenario.assume-role-from-instance.title': 'aws sts assume-role on the instance',
  'scenario.assume-role-from-instance.summary': 'The talk’s aside: calling AssumeRole for the instance’s own role from the instance fails. The CLI finds the role’s credentials through IMDS and asks as the role session, which the role (trusting the EC2 service) does not trust.',
  'scenario.cross-account.title': 'Cross-account IAM user',
  'scenario.cross-account.summary': 'An IAM user of account 111122223333 assumes a role of account 123456789012; the trust policy names the other account and requires an external ID.',
  'scenario.web-identity.title': 'Web identity (EKS service account)',
  'scenario.web-identity.summary': 'A pod presents its service account’s OIDC token to AssumeRoleWithWebIdentity; the trust policy checks the token’s aud and sub.',

  'scenario.ecs-task-role.title': 'ECS task role',
  'scenario.ecs-task-role.summary': 'A container of an ECS task asks the ECS agent’s endpoint at 169.254.170.2 (the path in AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) for the task role’s credentials, which ECS assumed as ecs-tasks.amazonaws.com.',
  'scenario.eks-pod-identity.title': 'EKS Pod Identity',
  'scenario.eks-pod-identity.summary': 'A pod asks the node’s EKS Pod Identity Agent at 169.254.170.23 with its projected token; the agent calls EKS Auth’s AssumeRoleForPodIdentity, which assumes the role as pods.eks.amazonaws.com.',
  'scenario.lambda-execution-role.title': 'Lambda execution role',
  'scenario.lambda-execution-role.summary': 'The Lambda service assumes the function’s execution role and puts the keys and the token in the function’s environment: the SDK’s first provider answers.',
  'scenario.laptop-profile.title': 'Laptop: assume-role profile',
  'scenario.laptop-profile.summary': 'On a developer’s laptop, AWS_PROFILE names a profile of ~/.aws/config with role_arn and source_profile: the CLI signs AssumeRole with the source profile’s long-term key.',
  'scenario.imds-disabled.title': 'IMDS turned off for the SDK',
  'scenario.imds-disabled.summary': 'The instance has a role, but the SDK never gets its credentials: AWS_EC2_METADATA_DISABLED=true skips IMDS, or ec2_metadata_v1_disabled forbids the fallback when the token cannot arrive.',

  'step.metadata-request': 'Ask IMDS for credentials',
  'step.assume-role': 'AssumeRole request',
  'step.trust-check': 'Trust-policy check',
  'step.sts-response': 'STS answers',
  'step.credential-document': 'Credential document',
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

  'refresh.imds-replacement': 'EC2 has fetched a newer set; IMDS serves it (this one stays valid)',
  'step.endpoint-verify': 'The endpoint verifies',
  'step.authorize': 'IAM authorizes',
} as const satisfies WordsFor<Exclude<ExplanationKey, LateFlowKey>>;
