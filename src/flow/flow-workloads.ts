/**
 * Workloads whose AWS service assumes the role for them and hands the credentials over, as EC2 does
 * for an instance (credential-flow.md, "The SDK's credential provider chain"):
 * - an ECS task: the ECS agent serves the task role's credentials at 169.254.170.2 plus the path in
 *   `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`; ECS assumed the role as `ecs-tasks.amazonaws.com`;
 * - an EKS pod with Pod Identity: the node's EKS Pod Identity Agent at 169.254.170.23 takes the pod's
 *   projected token (`Authorization`) and calls the EKS Auth API's AssumeRoleForPodIdentity, which
 *   assumes the role as `pods.eks.amazonaws.com`;
 * - a Lambda function: the Lambda service assumed the execution role as `lambda.amazonaws.com` and set
 *   the keys and the token in the function's environment, so the chain's first provider answers.
 * How the services call STS inside AWS is not public: the requests drawn are the public API's shape,
 * signed with a generated key standing in for the service's (as for EC2).
 */
import type { SigningOptions } from '../sigv4';
import { ECS_TASKS_PRINCIPAL, EKS_CLUSTER, EKS_PODS_PRINCIPAL, LAMBDA_PRINCIPAL, SERVICE_ACCOUNT_SUBJECT } from './accounts';
import type { CallerSpec } from './callers';
import { httpDate, isoSeconds } from './clock';
import { generateCredentials, generateLongTermCredentials, type TemporaryCredentials } from './credentials';
import type { ExplanationKey } from './explanation-keys';
import { requestId } from './ids';
import type { NodeId } from './nodes';
import { eksServiceAccountToken } from './oidc';
import { roleArnOf } from './scenarios';
import { signCall, signingOptions, signingTimeOf } from './signing';
import { apiCallStep, exchange, makeStep, type BuildContext, type Built } from './steps-common';
import { answerParamsOf, serviceAssumeRoleSteps, serviceQuestion } from './steps-service';
import type { Exchange, Step } from './types';

/** The ECS agent's credentials endpoint and the EKS Pod Identity Agent's (credential-flow.md). */
export const ECS_CREDENTIALS_HOST = '169.254.170.2';
export const EKS_AGENT_HOST = '169.254.170.23';
/** Where EKS mounts the pod's Pod Identity token (`AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`). */
export const EKS_POD_IDENTITY_TOKEN_FILE = '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token';

/** The ECS task's credentials path: `/v2/credentials/` and an id ECS generates per task. */
export function ecsCredentialsPath(seed: BuildContext['seed']): string {
  return `/v2/credentials/${requestId(seed, 'ecs-task-credentials')}`;
}

/** The EKS Auth API's regional host (a dual-stack `api.aws` endpoint). */
export function eksAuthHost(region: string): string {
  return `eks-auth.${region}.api.aws`;
}

/** The Lambda function of the scenario. */
const LAMBDA_FUNCTION = 'list-bucket';

const jsonBytes = (text: string): number => new TextEncoder().encode(text).length;

/** An HTTP JSON answer as the agents send it. */
function jsonResponse(date: Date, body: string): string {
  return `HTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: ${jsonBytes(body)}\nDate: ${httpDate(date)}\n\n${body}`;
}

/** The role session a workload gets: the service names it (ECS: the task id; EKS: eks-<cluster>-<pod>). */
interface ServiceSpec {
  readonly principal: string;
  readonly sessionName: (ctx: BuildContext) => string;
  readonly assumeKey: ExplanationKey;
  readonly documentKey: ExplanationKey;
  /** The workload's request to its local endpoint (step 1), and the endpoint's answer (the document step). */
  readonly request: (ctx: BuildContext) => { readonly text: string; readonly params: Readonly<Record<string, string>> };
  readonly requestKey: ExplanationKey;
  readonly answer: (ctx: BuildContext, creds: TemporaryCredentials) => string;
}

/** The stand-in for a service's signing key, and how the workload journeys sign with it (at the journey's clock). */
function serviceSigning(ctx: BuildContext, principal: string): SigningOptions {
  const key = generateLongTermCredentials(ctx.seed, `${principal} service`);
  return signingOptions(key, ctx.region, 'sts', signingTimeOf(ctx.date), 'generic');
}

/**
 * The six steps of a workload served by a local endpoint, in the order the talk draws EC2's: the
 * workload asks (1), the service's AssumeRole (2), the trust check (3), STS's answer (4), the
 * endpoint's answer (5), the signed call (6). For ECS, steps 2 to 4 happened before the task asked:
 * ECS fetched the credentials when it started the task, and the agent serves them. The EKS Pod
 * Identity Agent asks EKS Auth when a pod first asks, then serves what it cached.
 */
function servedJourney(ctx: BuildContext, spec: ServiceSpec, before: readonly Exchange[] = [], extra: readonly (readonly [string, string])[] = []): Built {
  const { scenario, seed, date, region } = ctx;
  const ask = spec.request(ctx);
  const first = makeStep({
    number: 1,
    id: 'metadata-request',
    from: 'instance',
    to: 'imds',
    outcome: 'ok',
    exchanges: [exchange('instance', 'imds', 'http-request', ask.text)],
    explanationKey: spec.requestKey,
    params: ask.params,
  });
  const creds = generateCredentials(seed, date, region, scenario.id);
  const { steps: fetch, ok } = serviceAssumeRoleSteps(ctx, {
    number: 2,
    principal: spec.principal,
    sessionName: spec.sessionName(ctx),
    extraParams: extra,
    signing: serviceSigning(ctx, spec.principal),
    before,
    assumeKey: spec.assumeKey,
    assumeParams: { principal: spec.principal },
    requestId: requestId(seed, `${scenario.id}-assume-role`),
    credentials: creds,
    answerKey: 'explain.stsResponse.ok',
    answerParams: answerParamsOf(creds),
  });
  if (!ok) return { steps: [first, ...fetch], verdictKey: 'verdict.trustDenied', verdictParams: { roleName: scenario.role.name } };
  const document = makeStep({
    number: 5,
    id: 'credential-document',
    from: 'imds',
    to: 'instance',
    outcome: 'ok',
    exchanges: [exchange('imds', 'instance', 'http-response', jsonResponse(date, spec.answer(ctx, creds)))],
    explanationKey: spec.documentKey,
    params: { accessKeyId: creds.accessKeyId, expiration: creds.expiration },
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

/** The container endpoints' JSON, keys in the order the agents write them. */
const credentialJson = (fields: Readonly<Record<string, string>>): string => JSON.stringify(fields);

const ECS: ServiceSpec = {
  principal: ECS_TASKS_PRINCIPAL,
  // ECS names the session by the task's id.
  sessionName: (ctx) => requestId(ctx.seed, 'ecs-task-id').replace(/-/g, ''),
  assumeKey: 'explain.assumeRole.ecs',
  documentKey: 'explain.credentialDocument.ecs',
  requestKey: 'explain.metadata.ecs',
  // botocore's ContainerMetadataFetcher: GET the full URL with Accept: application/json.
  request: (ctx) => {
    const path = ecsCredentialsPath(ctx.seed);
    return { text: `GET ${path} HTTP/1.1\nHost: ${ECS_CREDENTIALS_HOST}\nAccept: application/json\n\n`, params: { host: ECS_CREDENTIALS_HOST, path } };
  },
  answer: (ctx, c) =>
    credentialJson({ RoleArn: roleArnOf(ctx.scenario), AccessKeyId: c.accessKeyId, SecretAccessKey: c.secretAccessKey, Token: c.sessionToken, Expiration: c.expiration }),
};

/** The pod's Pod Identity token: the projected service-account token for the audience pods.eks.amazonaws.com. */
const podToken = (ctx: BuildContext) => eksServiceAccountToken(ctx.seed, ctx.date, ctx.region, SERVICE_ACCOUNT_SUBJECT, EKS_PODS_PRINCIPAL);

const EKS: ServiceSpec = {
  principal: EKS_PODS_PRINCIPAL,
  sessionName: (ctx) => `eks-${EKS_CLUSTER}-${requestId(ctx.seed, 'pod-uid').slice(0, 8)}`,
  assumeKey: 'explain.assumeRole.eks',
  documentKey: 'explain.credentialDocument.eks',
  requestKey: 'explain.metadata.eks',
  // The token file's content goes in Authorization as it is (botocore ContainerProvider._build_headers).
  request: (ctx) => ({
    text: `GET /v1/credentials HTTP/1.1\nHost: ${EKS_AGENT_HOST}\nAccept: application/json\nAuthorization: ${podToken(ctx).jwt}\n\n`,
    params: { host: EKS_AGENT_HOST, tokenFile: EKS_POD_IDENTITY_TOKEN_FILE },
  }),
  answer: (ctx, c) =>
    credentialJson({ AccessKeyId: c.accessKeyId, SecretAccessKey: c.secretAccessKey, Token: c.sessionToken, AccountId: ctx.scenario.role.account, Expiration: c.expiration }),
};

/** The agent's own call: EKS Auth AssumeRoleForPodIdentity with the pod's token, signed with the node role's credentials. */
function podIdentityCall(ctx: BuildContext): Exchange {
  const body = JSON.stringify({ token: podToken(ctx).jwt });
  const request =
    `POST /clusters/${EKS_CLUSTER}/assume-role-for-pod-identity HTTP/1.1\nHost: ${eksAuthHost(ctx.region)}\n` +
    `Content-Type: application/json\nContent-Length: ${jsonBytes(body)}\n\n${body}`;
  const node = generateCredentials(ctx.seed, ctx.date, ctx.region, 'eks-node-role');
  const signed = signCall(request, signingOptions(node, ctx.region, 'eks-auth', signingTimeOf(ctx.date), 'generic'));
  return exchange('imds', 'ec2', 'http-request', signed.text);
}

/** An ECS task with a task role. */
export const ecsTaskCaller: CallerSpec = {
  build: (ctx) => servedJourney(ctx, ECS),
  name: (ctx) => `task/${requestId(ctx.seed, 'ecs-task-id').replace(/-/g, '')}`,
  nodeLabelKey: 'node.instance.task',
  trustQuestion: serviceQuestion(ECS_TASKS_PRINCIPAL),
};

/** A pod on EKS whose service account has a Pod Identity association. EKS tags the session (sts:TagSession). */
export const eksPodIdentityCaller: CallerSpec = {
  build: (ctx) =>
    servedJourney(ctx, EKS, [podIdentityCall(ctx)], [
      ['Tags.member.1.Key', 'eks-cluster-name'],
      ['Tags.member.1.Value', EKS_CLUSTER],
      ['Tags.member.2.Key', 'kubernetes-namespace'],
      ['Tags.member.2.Value', SERVICE_ACCOUNT_SUBJECT.split(':')[2]!],
      ['Tags.member.3.Key', 'kubernetes-service-account'],
      ['Tags.member.3.Value', SERVICE_ACCOUNT_SUBJECT.split(':')[3]!],
    ]),
  name: () => SERVICE_ACCOUNT_SUBJECT,
  nodeLabelKey: 'node.instance.pod',
  trustQuestion: serviceQuestion(EKS_PODS_PRINCIPAL),
};

/** The environment the Lambda service sets for the function (Lambda developer guide, "Defined runtime environment variables"). */
function lambdaEnvironment(ctx: BuildContext, c: TemporaryCredentials): string {
  return [
    `AWS_REGION=${ctx.region}`,
    `AWS_DEFAULT_REGION=${ctx.region}`,
    `AWS_LAMBDA_FUNCTION_NAME=${LAMBDA_FUNCTION}`,
    'AWS_LAMBDA_FUNCTION_MEMORY_SIZE=128',
    'AWS_EXECUTION_ENV=AWS_Lambda_python3.12',
    `AWS_ACCESS_KEY_ID=${c.accessKeyId}`,
    `AWS_SECRET_ACCESS_KEY=${c.secretAccessKey}`,
    `AWS_SESSION_TOKEN=${c.sessionToken}`,
    '',
  ].join('\n');
}

/**
 * A Lambda function: the service assumes the execution role (1), the trust check (2), STS's answer
 * (3), the keys in the function's environment (4), the signed call (5).
 */
function lambdaFlow(ctx: BuildContext): Built {
  const { scenario, seed, date, region } = ctx;
  const creds = generateCredentials(seed, date, region, scenario.id);
  // Lambda names the session by the function.
  const { steps: fetch, ok } = serviceAssumeRoleSteps(ctx, {
    number: 1,
    principal: LAMBDA_PRINCIPAL,
    sessionName: LAMBDA_FUNCTION,
    signing: serviceSigning(ctx, LAMBDA_PRINCIPAL),
    assumeKey: 'explain.assumeRole.lambda',
    assumeParams: { principal: LAMBDA_PRINCIPAL },
    requestId: requestId(seed, `${scenario.id}-assume-role`),
    credentials: creds,
    answerKey: 'explain.stsResponse.ok',
    answerParams: answerParamsOf(creds),
  });
  if (!ok) return { steps: fetch, verdictKey: 'verdict.trustDenied', verdictParams: { roleName: scenario.role.name } };
  const handover: Step = makeStep({
    number: 4,
    id: 'credential-document',
    // No document: the keys and the token are the function's environment variables (credential-flow.md).
    titleKey: 'step.credential-document.lambda',
    from: 'ec2',
    to: 'instance',
    outcome: 'ok',
    exchanges: [exchange('ec2', 'instance', 'cli', lambdaEnvironment(ctx, creds), 'ok', 'environment')],
    explanationKey: 'explain.credentialDocument.lambda',
    params: { accessKeyId: creds.accessKeyId, expiration: creds.expiration, issued: isoSeconds(date) },
  });
  const api = apiCallStep(ctx, 5, 'instance', creds);
  return {
    steps: [...fetch, handover, api.step],
    credentials: creds,
    handoff: api.handoff,
    verdictKey: 'verdict.ok',
    verdictParams: { accessKeyId: creds.accessKeyId, expiration: creds.expiration },
  };
}

/** A Lambda function with an execution role. */
export const lambdaCaller: CallerSpec = {
  build: lambdaFlow,
  name: () => `function:${LAMBDA_FUNCTION}`,
  nodeLabelKey: 'node.instance.lambda',
  trustQuestion: serviceQuestion(LAMBDA_PRINCIPAL),
};

/** The nodes these journeys draw differently: the local endpoint and the service that assumes the role. */
export const WORKLOAD_NODES: Readonly<Partial<Record<string, Partial<Record<NodeId, { labelKey: ExplanationKey; detail: (ctx: { region: string }) => string }>>>>> = {
  'ecs-task': {
    imds: { labelKey: 'node.imds.ecs', detail: () => ECS_CREDENTIALS_HOST },
    ec2: { labelKey: 'node.ec2.ecs', detail: () => ECS_TASKS_PRINCIPAL },
  },
  'eks-pod-identity': {
    imds: { labelKey: 'node.imds.eks', detail: () => EKS_AGENT_HOST },
    ec2: { labelKey: 'node.ec2.eks', detail: (f) => eksAuthHost(f.region) },
  },
  lambda: { ec2: { labelKey: 'node.ec2.lambda', detail: () => LAMBDA_PRINCIPAL } },
};
