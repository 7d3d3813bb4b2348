/**
 * Who asks for the role's credentials decides the shape of the journey: one builder per caller
 * kind, each in its own file, chosen here. The map is typed over every kind, so a kind without its
 * builder, its name or its node's label fails to compile; nothing falls through to a default.
 */
import type { ExplanationKey } from './explanation-keys';
import { asideCaller } from './flow-aside';
import { crossAccountCaller } from './flow-cross-account';
import { imdsOffCaller } from './flow-imds-disabled';
import { instanceProfileCaller } from './flow-instance';
import { laptopCaller } from './flow-laptop';
import { webIdentityCaller } from './flow-web-identity';
import { ecsTaskCaller, eksPodIdentityCaller, lambdaCaller } from './flow-workloads';
import type { TrustRequest } from './policy-eval';
import type { BuildContext, Built } from './steps-common';

/** Every caller kind. */
export const CALLER_KINDS = [
  'instance-profile',
  'instance-cli',
  'instance-imds-off',
  'iam-user',
  'web-identity',
  'ecs-task',
  'eks-pod-identity',
  'lambda',
  'laptop-profile',
] as const;

/** Who asks for the role's credentials. */
export type CallerKind = (typeof CALLER_KINDS)[number];

/** What a caller kind brings to the flow and to the graph. */
export interface CallerSpec {
  /** Plays a scenario of this caller out: its steps and what they produced. */
  readonly build: (ctx: BuildContext) => Built;
  /** Who asks, as a technical name (the instance id, the IAM user's ARN, the pod's subject): `flow.caller`. */
  readonly name: (ctx: BuildContext) => string;
  /** The catalogue key of the caller's node label. */
  readonly nodeLabelKey: ExplanationKey;
  /** The question the trust-policy editor shows, and asks itself when the journey ends before STS does. */
  readonly trustQuestion: TrustRequest;
}

/** Each caller kind's builder. */
export const CALLERS: { readonly [K in CallerKind]: CallerSpec } = {
  'instance-profile': instanceProfileCaller,
  'instance-cli': asideCaller,
  'instance-imds-off': imdsOffCaller,
  'iam-user': crossAccountCaller,
  'web-identity': webIdentityCaller,
  'ecs-task': ecsTaskCaller,
  'eks-pod-identity': eksPodIdentityCaller,
  lambda: lambdaCaller,
  'laptop-profile': laptopCaller,
};

/** The question a scenario's STS call asks its role's trust policy, as the editor shows it. */
export function trustQuestionOf(scenario: { readonly caller: CallerKind }): TrustRequest {
  return CALLERS[scenario.caller].trustQuestion;
}
