/**
 * What the journeys share in which an AWS service assumes the role for its workload (credential-flow.md,
 * "The five steps", steps 2 to 4): the EC2 service for an instance, ECS for a task, EKS for a pod,
 * Lambda for a function. The service signs AssumeRole (ec2 → sts), STS asks the role's trust policy
 * whether the service principal may (sts → iam), and STS answers the service (sts → ec2). What the
 * workload receives afterwards, and how, is each journey's own.
 */
import type { TemporaryCredentials } from './credentials';
import type { ExplanationKey } from './explanation-keys';
import { roleId } from './ids';
import type { TrustRequest } from './policy-eval';
import { roleArnOf } from './scenarios';
import { signCall } from './signing';
import { exchange, makeStep, trustCheckStep, type BuildContext } from './steps-common';
import { STS_VERSION, accessDeniedMessage, assumeRoleResponse, assumedRoleUser, errorResponse, formBody, stsPost } from './sts-messages';
import type { Exchange, Params, Step } from './types';
import type { SigningOptions } from '../sigv4';

/** The trust policy's question for a service principal: may it `sts:AssumeRole`? (No request context is modelled.) */
export function serviceQuestion(principal: string): TrustRequest {
  return { principal: { type: 'Service', value: principal }, action: 'sts:AssumeRole', context: {} };
}

/** One service's AssumeRole for its workload. */
export interface ServiceAssumeRoleSpec {
  /** The AssumeRole step's number; the trust check and STS's answer follow it. */
  readonly number: number;
  /** The service principal the trust policy is asked about, and the one AccessDenied names. */
  readonly principal: string;
  readonly sessionName: string;
  /** Form parameters after RoleSessionName (EKS's session tags). */
  readonly extraParams?: readonly (readonly [string, string])[];
  /** How the request is signed: a stand-in for the service's key (how AWS signs inside is not public), and when. */
  readonly signing: SigningOptions;
  /** Messages of the step before the service's request to STS (the EKS Pod Identity Agent's call to EKS Auth). */
  readonly before?: readonly Exchange[];
  readonly assumeKey: ExplanationKey;
  /** The AssumeRole step's params between the session name and the signing key id. */
  readonly assumeParams: Params;
  readonly requestId: string;
  /** The credentials STS issues when the trust policy allows. */
  readonly credentials: TemporaryCredentials;
  readonly answerKey: ExplanationKey;
  /** The answer step's params, given the assumed-role ARN. */
  readonly answerParams: (assumedRoleArn: string) => Params;
}

/** The three steps, and whether the trust policy let the service in (if not, the answer is STS's AccessDenied). */
export interface ServiceAssumeRoleSteps {
  readonly steps: readonly [assume: Step, trust: Step, answer: Step];
  readonly ok: boolean;
}

/** The answer's params most journeys show: the key id, when it expires, the session's ARN. */
export const answerParamsOf = (creds: TemporaryCredentials) => (assumedRoleArn: string): Params => ({
  accessKeyId: creds.accessKeyId,
  expiration: creds.expiration,
  assumedRoleArn,
});

/**
 * The service's AssumeRole (RoleArn and RoleSessionName, then any extra parameters), the trust check
 * for its principal, and STS's answer: the credentials, or AccessDenied.
 */
export function serviceAssumeRoleSteps(ctx: BuildContext, spec: ServiceAssumeRoleSpec): ServiceAssumeRoleSteps {
  const { scenario, seed, region } = ctx;
  const roleArn = roleArnOf(scenario);
  const body = formBody([['Action', 'AssumeRole'], ['Version', STS_VERSION], ['RoleArn', roleArn], ['RoleSessionName', spec.sessionName], ...(spec.extraParams ?? [])]);
  const signed = signCall(stsPost(region, body), spec.signing);
  const assume = makeStep({
    number: spec.number,
    id: 'assume-role',
    from: 'ec2',
    to: 'sts',
    outcome: 'ok',
    exchanges: [...(spec.before ?? []), exchange('ec2', 'sts', 'http-request', signed.text)],
    explanationKey: spec.assumeKey,
    params: { roleArn, sessionName: spec.sessionName, ...spec.assumeParams, accessKeyId: spec.signing.credentials.accessKeyId },
  });
  // The caller is the service principal: that is what AccessDenied names here (as modelled; the
  // message never reaches the workload, which only sees what its service hands over).
  const denied = accessDeniedMessage(spec.principal, roleArn);
  const trust = trustCheckStep(ctx, spec.number + 1, serviceQuestion(spec.principal), roleArn, { message: denied });
  const answer = { number: spec.number + 2, id: 'sts-response', from: 'sts', to: 'ec2' } as const;
  if (trust.outcome !== 'ok') {
    const error = { code: 'AccessDenied', message: denied };
    const exchanges = [exchange('sts', 'ec2', 'xml', errorResponse('AccessDenied', denied, spec.requestId), 'fail', 'ErrorResponse')];
    const refused = makeStep({ ...answer, outcome: 'fail', exchanges, explanationKey: 'explain.stsResponse.denied', params: error, error });
    return { steps: [assume, trust, refused], ok: false };
  }
  const user = assumedRoleUser(roleArn, roleId(seed, roleArn), spec.sessionName);
  const issued = makeStep({
    ...answer,
    outcome: 'ok',
    exchanges: [exchange('sts', 'ec2', 'xml', assumeRoleResponse(user, spec.credentials, spec.requestId), 'ok', 'AssumeRoleResponse')],
    explanationKey: spec.answerKey,
    params: spec.answerParams(user.arn),
  });
  return { steps: [assume, trust, issued], ok: true };
}
