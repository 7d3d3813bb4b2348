/** Pieces every scenario's steps are built from: the step record, the trust check, the API call. */
import type { TemporaryCredentials } from './credentials';
import type { ExplanationKey, StepTitleKey } from './explanation-keys';
import { delegatesToAccount, evaluateIdentityPolicy, identityDeniedMessage, identityPolicyText, type CallerIdentity, type IdentityDecision } from './identity-policy';
import { lookup } from './policy-conditions';
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

/** A step record; its title key follows from the step id unless the step names a more exact one. */
export type StepSpec = Omit<Step, 'titleKey'> & { readonly titleKey?: StepTitleKey };

/** A step record; the title key follows from the step id unless the spec gives a more exact one. */
export function makeStep(spec: StepSpec): Step {
  return { ...spec, titleKey: spec.titleKey ?? `step.${spec.id}` };
}

/** The CLI's message when its credential chain found nothing (botocore NoCredentialsError, as the CLI prints it). */
export const NO_CREDENTIALS: StepError = {
  code: 'NoCredentialsError',
  message: 'Unable to locate credentials. You can configure credentials by running "aws configure".',
};

const statementName = (d: { readonly statementIndex?: number | undefined; readonly sid?: string | undefined }): string =>
  d.statementIndex === undefined ? '' : `Statement[${d.statementIndex}]${d.sid === undefined ? '' : ` (Sid "${d.sid}")`}`;

const verdictWord = (d: { readonly decision: 'allow' | 'deny' }): 'Allow' | 'Deny' => (d.decision === 'allow' ? 'Allow' : 'Deny');

/** The evaluator's answer as the step shows it. */
function answerOf(d: TrustDecision | IdentityDecision, evaluation: string): Record<string, unknown> {
  const failed = 'failedCondition' in d ? d.failedCondition : undefined;
  return {
    Evaluation: evaluation,
    Decision: verdictWord(d),
    Reason: d.reason,
    ...(d.statementIndex === undefined ? {} : { Statement: `Statement[${d.statementIndex}]` }),
    ...('sid' in d && d.sid !== undefined ? { Sid: d.sid } : {}),
    ...(failed === undefined ? {} : { FailedCondition: { Statement: `Statement[${failed.statementIndex}]`, Operator: failed.operator, Key: failed.key, Values: failed.values } }),
  };
}

/** The step's words for a trust decision that does not allow. */
function denialKey(decision: TrustDecision, present: boolean, fallback: ExplanationKey | undefined): ExplanationKey {
  if (decision.reason === 'explicit-deny') return 'explain.trust.explicitDeny';
  if (decision.failedCondition) return present ? 'explain.trust.conditionDeny' : 'explain.trust.conditionMissing';
  return fallback ?? 'explain.trust.implicitDeny';
}

/**
 * STS asks the role's trust policy the question (sts → iam): the request context, the policy in
 * force, and the evaluator's answer. The decision is the flow's, never a second computation. With
 * `caller`, an AWS principal whose account the trust policy delegates to (delegatesToAccount) is
 * also asked of its own identity-based policy, and both must allow.
 */
export function trustCheckStep(
  ctx: BuildContext,
  number: number,
  request: TrustRequest,
  resource: string,
  denial: { readonly message: string; readonly key?: ExplanationKey },
  caller?: CallerIdentity,
): Step {
  const decision = evaluateTrustPolicy(ctx.policy, request);
  const question = {
    Principal: { [request.principal.type]: request.principal.value },
    Action: request.action,
    Resource: resource,
    Context: request.context,
  };
  const allowing = ctx.policy.statements.find((s) => s.index === decision.statementIndex);
  const delegated = decision.decision === 'allow' && caller !== undefined && allowing !== undefined && delegatesToAccount(allowing, request.principal, caller.account, ctx.scenario.role.account);
  const identity = delegated ? evaluateIdentityPolicy(caller.policy, request.action, resource) : undefined;
  const ok = decision.decision === 'allow' && (identity === undefined || identity.decision === 'allow');
  const trustAnswer = answerOf(decision, 'trust policy');
  const exchanges = [
    exchange('sts', 'iam', 'policy', JSON.stringify(question, null, 2), 'ok', 'request context'),
    exchange('iam', 'sts', 'policy', ctx.policyText, 'ok', 'AssumeRolePolicyDocument'),
    exchange('iam', 'sts', 'policy', JSON.stringify(trustAnswer, null, 2), decision.decision === 'allow' ? 'ok' : 'fail', `${identity ? 'Trust policy' : 'Decision'}: ${verdictWord(decision)}`),
  ];
  const failed = decision.failedCondition;
  const sent = failed ? lookup(request.context, failed.key) : undefined;
  const params: Record<string, string | number> = {
    principal: request.principal.value,
    action: request.action,
    statement: statementName(decision.statementIndex === undefined && failed ? failed : decision),
    roleArn: resource,
    ...(failed ? { conditionOperator: failed.operator, conditionKey: failed.key, conditionValues: failed.values.join(', '), conditionSent: sent?.join(', ') ?? '' } : {}),
  };
  let key: ExplanationKey = ok ? 'explain.trust.allow' : denialKey(decision, sent !== undefined, denial.key);
  let message = denial.message;
  if (identity && caller) {
    const answer = { ...answerOf(identity, `identity-based policy ${caller.policy.name} of ${caller.arn}`), Both: verdictWord({ decision: ok ? 'allow' : 'deny' }) };
    exchanges.push(
      exchange('iam', 'sts', 'policy', identityPolicyText(caller.policy), 'ok', `identity-based policy: ${caller.policy.name}`),
      exchange('iam', 'sts', 'policy', JSON.stringify(answer, null, 2), ok ? 'ok' : 'fail', `Identity policy: ${verdictWord(identity)} → Decision: ${verdictWord({ decision: ok ? 'allow' : 'deny' })}`),
    );
    Object.assign(params, { account: caller.account, caller: caller.arn, identityPolicy: caller.policy.name, identityStatement: statementName(identity) });
    key = ok ? 'explain.trust.allowDelegated' : 'explain.trust.identityDeny';
    if (!ok) message = identityDeniedMessage(caller.arn, request.action, resource, identity.reason);
  }
  const error = ok ? undefined : { code: 'AccessDenied', message };
  return makeStep({ number, id: 'trust-check', from: 'sts', to: 'iam', outcome: ok ? 'ok' : 'fail', exchanges, explanationKey: key, params, error, decision, identityDecision: identity });
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
