/**
 * What each caller's SDK finds when it looks for credentials (credential-flow.md, "The SDK's
 * credential provider chain"): the variables the platform set, the active profile, the shared
 * credentials file and how the metadata service answers. The chain (provider-chain.ts) reads it; the
 * flow shows the chain in front of the journey, so the provider that answers is the journey's start.
 */
import { EKS_POD_IDENTITY_ENDPOINT, resolveChain, type CallerEnvironment, type ChainOutcome, type ImdsAccess } from './provider-chain';
import type { CallerKind } from './callers';
import { EKS_POD_IDENTITY_TOKEN_FILE, ecsCredentialsPath } from './flow-workloads';
import { LAPTOP_PROFILE, SOURCE_PROFILE } from './flow-laptop';
import { roleArnOf } from './scenarios';
import type { BuildContext } from './steps-common';
import type { Flow } from './types';

const NOTHING: CallerEnvironment = { variables: {}, profile: null, credentialsFile: [], imds: 'not-an-instance' };

/** What the environments read of a flow's inputs. */
type Inputs = Pick<BuildContext, 'scenario' | 'seed' | 'variants'>;

/** How IMDS answers an instance-profile scenario's SDK. */
function instanceImds(ctx: Inputs): ImdsAccess {
  const s = ctx.scenario;
  if (!s.instanceProfile) return 'no-role';
  if (s.trust !== 'ec2') return 'unauthorized';
  if (s.imds === 'v1') return 'v1';
  if (s.imds === 'v2-hop-limited') return (ctx.variants.httpTokens ?? 'optional') === 'optional' ? 'v1-fallback' : 'token-required';
  return 'v2';
}

/** Each caller kind's environment: a kind without one fails to compile. */
export const ENVIRONMENTS: { readonly [K in CallerKind]: (ctx: Inputs) => CallerEnvironment } = {
  'instance-profile': (ctx) => ({ ...NOTHING, imds: instanceImds(ctx) }),
  'instance-cli': (ctx) => ({ ...NOTHING, imds: (ctx.variants.callerCredentials ?? 'instance-role') === 'instance-role' ? 'v2' : 'no-role' }),
  'instance-imds-off': (ctx) =>
    (ctx.variants.imdsOff ?? 'env') === 'env'
      ? { ...NOTHING, variables: { AWS_EC2_METADATA_DISABLED: 'true' }, imds: 'v2' }
      : { ...NOTHING, imds: 'v1-blocked' },
  // The partner's app runs with the IAM user's keys in the default profile of ~/.aws/credentials.
  'iam-user': () => ({ ...NOTHING, credentialsFile: ['default'] }),
  // EKS's IRSA webhook sets both variables in the pod (EKS user guide, "IAM roles for service accounts").
  'web-identity': (ctx) => ({
    ...NOTHING,
    variables: { AWS_ROLE_ARN: roleArnOf(ctx.scenario), AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token' },
    imds: 'v2',
  }),
  // The ECS agent sets the relative URI in every container of a task with a task role.
  'ecs-task': (ctx) => ({ ...NOTHING, variables: { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: ecsCredentialsPath(ctx.seed) }, imds: 'v2' }),
  // The Pod Identity webhook sets the full URI and the token file.
  'eks-pod-identity': () => ({
    ...NOTHING,
    variables: { AWS_CONTAINER_CREDENTIALS_FULL_URI: EKS_POD_IDENTITY_ENDPOINT, AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: EKS_POD_IDENTITY_TOKEN_FILE },
    imds: 'v2',
  }),
  // Lambda sets the execution role's keys and token (and the function's own variables).
  lambda: () => ({
    ...NOTHING,
    variables: { AWS_ACCESS_KEY_ID: 'set', AWS_SECRET_ACCESS_KEY: 'set', AWS_SESSION_TOKEN: 'set', AWS_LAMBDA_FUNCTION_NAME: 'list-bucket' },
  }),
  'laptop-profile': (ctx) => ({
    ...NOTHING,
    variables: { AWS_PROFILE: LAPTOP_PROFILE },
    profile: { name: LAPTOP_PROFILE, role_arn: roleArnOf(ctx.scenario), source_profile: SOURCE_PROFILE },
    credentialsFile: [SOURCE_PROFILE],
  }),
};

/**
 * Where a flow's SDK looked for credentials before its journey, and which provider answered. Not part
 * of the flow itself: only the chain view (loaded after first paint) asks.
 */
export function chainOf(flow: Pick<Flow, 'scenario' | 'seed' | 'variants'>): ChainOutcome {
  return resolveChain(ENVIRONMENTS[flow.scenario.caller](flow));
}
