/** Pieces every scenario's steps are built from: the step record, the trust check, the API call. */
import type { TemporaryCredentials } from './credentials';
import type { ExplanationKey } from './explanation-keys';
import { evaluateTrustPolicy, type TrustDecision, type TrustRequest } from './policy-eval';
import type { Policy } from './policy-types';
import type { Scenario } from './scenarios';
import { handoffOptions, signCall, signingTimeOf } from './signing';
import type { NodeId } from './nodes';
import type { Exchange, ExchangeKind, FlowVariants, LabHandoff, Outcome, Params, Step, StepError } from './types';

/** What every step builder needs: the scenario and its inputs, resolved. */
export interface BuildContext {
  readonly scenario: Scenario;
  readonly seed: string | number;
  readonly date: Date;
  readonly region: string;
  readonly policy: Policy;
  readonly policyText: string;
  readonly variants: FlowVariants;
}

/** One message; the label defaults to the text's first line (an HTTP request or status line). */
export function exchange(from: NodeId, to: NodeId, kind: ExchangeKind, text: string, outcome: Outcome = 'ok', label?: string): Exchange {
  return { from, to, kind, text, outcome, label: label ?? text.split('\n', 1)[0]! };
}

/** A step record without its title key, which follows from the step id. */
export type StepSpec = Omit<Step, 'titleKey'>;

/** A step record; the title key follows from the step id. */
export function makeStep(spec: StepSpec): Step {
  return { ...spec, titleKey: `step.${spec.id}` };
}

/** The CLI's message when its credential chain found nothing (botocore NoCredentialsError, as the CLI prints it). */
export const NO_CREDENTIALS: StepError = {
  code: 'NoCredentialsError',
  message: 'Unable to locate credentials. You can configure credentials by running "aws configure".',
};

const statementName = (d: TrustDecision): string =>
  d.statementIndex === undefined ? '' : `Statement[${d.statementIndex}]${d.sid === undefined ? '' : ` (Sid "${d.sid}")`}`;

/**
 * STS asks the role's trust policy the question (sts → iam): the request context, the policy in
 * force, and the evaluator's answer. The decision is the flow's, never a second computation.
 */
export function trustCheckStep(
  ctx: BuildContext,
  number: number,
  request: TrustRequest,
  resource: string,
  denial: { readonly message: string; readonly key?: ExplanationKey },
): Step {
  const decision = evaluateTrustPolicy(ctx.policy, request);
  const question = {
    Principal: { [request.principal.type]: request.principal.value },
    Action: request.action,
    Resource: resource,
    Context: request.context,
  };
  const answer = {
    Decision: decision.decision === 'allow' ? 'Allow' : 'Deny',
    Reason: decision.reason,
    ...(decision.statementIndex === undefined ? {} : { Statement: `Statement[${decision.statementIndex}]` }),
    ...(decision.sid === undefined ? {} : { Sid: decision.sid }),
  };
  const ok = decision.decision === 'allow';
  const key: ExplanationKey = ok
    ? 'explain.trust.allow'
    : decision.reason === 'explicit-deny'
      ? 'explain.trust.explicitDeny'
      : (denial.key ?? 'explain.trust.implicitDeny');
  const exchanges = [
    exchange('sts', 'iam', 'policy', JSON.stringify(question, null, 2), 'ok', 'request context'),
    exchange('iam', 'sts', 'policy', ctx.policyText, 'ok', 'AssumeRolePolicyDocument'),
    exchange('iam', 'sts', 'policy', JSON.stringify(answer, null, 2), ok ? 'ok' : 'fail', `Decision: ${answer.Decision}`),
  ];
  const params = { principal: request.principal.value, action: request.action, statement: statementName(decision), roleArn: resource };
  const error = ok ? undefined : { code: 'AccessDenied', message: denial.message };
  return makeStep({ number, id: 'trust-check', from: 'sts', to: 'iam', outcome: ok ? 'ok' : 'fail', exchanges, explanationKey: key, params, error, decision });
}

/** The bucket of the API call (the S3 user guide's example bucket name). */
export const DEMO_BUCKET = 'amzn-s3-demo-bucket';

/**
 * Where the credentials go: S3 ListObjectsV2 on the example bucket, signed by the core with the
 * temporary credentials (S3 rules: x-amz-content-sha256 signed; the token as X-Amz-Security-Token).
 */
export function apiCallStep(ctx: BuildContext, number: number, from: NodeId, creds: TemporaryCredentials): { step: Step; handoff: LabHandoff } {
  const host = `${DEMO_BUCKET}.s3.${ctx.region}.amazonaws.com`;
  const handoff: LabHandoff = {
    requestText: `GET /?list-type=2 HTTP/1.1\nHost: ${host}\n\n`,
    credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken },
    region: ctx.region,
    service: 's3',
    signingTime: signingTimeOf(ctx.date),
    mode: 'header',
    profile: 's3',
  };
  const signed = signCall(handoff.requestText, handoffOptions(handoff));
  const params = { service: 'Amazon S3', host, accessKeyId: creds.accessKeyId, signature: signed.signature };
  const exchanges = [exchange(from, 'api', 'http-request', signed.text)];
  const step = makeStep({ number, id: 'api-call', from, to: 'api', outcome: 'ok', exchanges, explanationKey: 'explain.apiCall', params });
  return { step, handoff };
}

/** A scenario's steps and what they produced, before the verdict is derived. */
export interface Built {
  readonly steps: readonly Step[];
  readonly credentials?: TemporaryCredentials | undefined;
  readonly handoff?: LabHandoff | undefined;
  /** Secrets the messages carry besides the credentials' (a source profile's key): masked like them. */
  readonly secrets?: readonly string[] | undefined;
  readonly verdictKey: ExplanationKey;
  readonly verdictParams: Params;
}
