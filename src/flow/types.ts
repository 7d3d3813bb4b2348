/** The credential-flow model's shapes: nodes, steps, the messages they carry, and the lab hand-off. */
import type { AmzDate, Profile } from '../sigv4';
import type { TemporaryCredentials } from './credentials';
import type { NodeId } from './nodes';
import type { ExplanationKey, StepTitleKey } from './explanation-keys';
import type { IdentityDecision } from './identity-policy';
import type { TrustDecision } from './policy-eval';
import type { PolicyError } from './policy-types';
import type { Scenario, ScenarioId } from './scenarios';

/** How a step or one of its messages ended. */
export type Outcome = 'ok' | 'fail' | 'timeout';

/** What kind of text a message is, so the panel can highlight it. */
export type ExchangeKind = 'http-request' | 'http-response' | 'policy' | 'xml' | 'json' | 'cli';

/** One message inside a step. */
export interface Exchange {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly kind: ExchangeKind;
  /** The exact message text. */
  readonly text: string;
  /** A short technical caption (request line, status line, element name): not translated. */
  readonly label: string;
  /** `timeout`: sent but never delivered (the hop-limited token response); `fail`: an error answer. */
  readonly outcome: Outcome;
}

/** What a step does; the same id means the same role across scenarios. */
export type StepId =
  | 'metadata-request'
  | 'assume-role'
  | 'trust-check'
  | 'sts-response'
  | 'credential-document'
  | 'api-call'
  /** The endpoint recomputes the signature and checks the time and the session (endpoint-steps.ts). */
  | 'endpoint-verify'
  /** IAM decides the call with the role's permission policy; the API answers. */
  | 'authorize';

/** The error a failed step reports, as the software involved words it. */
export interface StepError {
  readonly code: string;
  readonly message: string;
}

/** Values that fill an explanation's `{placeholders}`. */
export type Params = Readonly<Record<string, string | number>>;

/**
 * One step of a scenario. `number` is its position, 1..stepCount with no gaps, in the order it
 * plays; `id` names what it does, so a scenario without IMDS (web identity) still numbers 1, 2, 3…
 */
export interface Step {
  readonly number: number;
  readonly id: StepId;
  readonly from: NodeId;
  /** Where its message goes; `from` itself for a step on one node that sends nothing (the SDK told to skip IMDS). */
  readonly to: NodeId;
  readonly outcome: Outcome;
  readonly exchanges: readonly Exchange[];
  readonly titleKey: StepTitleKey;
  readonly explanationKey: ExplanationKey;
  readonly params: Params;
  readonly error?: StepError | undefined;
  /** The policy evaluator's answer: the trust policy's (trust-check) or the permission policy's (authorize). */
  readonly decision?: TrustDecision | undefined;
  /** The caller's identity-based policy's answer, when the trust policy delegated to its account (trust-check steps only). */
  readonly identityDecision?: IdentityDecision | undefined;
}

/** Everything the signing lab needs to open with the request of the last step and sign it identically. */
export interface LabHandoff {
  /** The unsigned request, raw HTTP/1.1 text with LF line ends. */
  readonly requestText: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken: string };
  readonly region: string;
  readonly service: string;
  readonly signingTime: AmzDate;
  readonly mode: 'header';
  readonly profile: Profile;
}

/** How the whole scenario ended. */
export interface FlowVerdict {
  readonly outcome: Outcome;
  /** The first step that did not end `ok`, if any. */
  readonly failedStep?: number | undefined;
  readonly error?: StepError | undefined;
  readonly explanationKey: ExplanationKey;
  readonly params: Params;
}

/** A policy the flow ran with (the role's trust policy, or its permission policy). */
export interface FlowPolicy {
  /** The text in force (the caller's, or the scenario's default when the caller's did not parse). */
  readonly text: string;
  /** Why the caller's text was not used. */
  readonly error?: PolicyError | undefined;
}

/** Variant choices of the scenarios that have them. */
export interface FlowVariants {
  /** container-hop-limit: the instance's HttpTokens setting. Default `optional`. */
  readonly httpTokens?: 'optional' | 'required' | undefined;
  /** assume-role-from-instance: credentials the CLI finds. Default `instance-role`. */
  readonly callerCredentials?: 'instance-role' | 'none' | undefined;
  /** assume-role-from-instance: `--role-session-name`. Default `demo` (the talk's `x` is below STS's minimum of 2). */
  readonly sessionName?: string | undefined;
  /** cross-account: the ExternalId the caller sends. Default: the one the default policy expects. */
  readonly externalId?: string | undefined;
  /** web-identity: the token's `sub`. Default: the service account the default policy names. */
  readonly subject?: string | undefined;
  /**
   * imds-disabled: how the SDK is kept from the metadata service. `env` (default):
   * `AWS_EC2_METADATA_DISABLED=true`; `v1-disabled`: `ec2_metadata_v1_disabled = true` in a container
   * the token's answer cannot reach (one hop too many).
   */
  readonly imdsOff?: 'env' | 'v1-disabled' | undefined;
}

/** The inputs of a flow: time and randomness are inputs (architecture practice 4). */
export interface FlowOptions extends FlowVariants {
  readonly seed: string | number;
  readonly clock: Date | string;
  readonly trustPolicyText?: string | undefined;
  /** The role's permission policy (the last valid one); default: list the demo bucket and read its objects. */
  readonly permissionPolicyText?: string | undefined;
  /** Default `us-east-1`. */
  readonly region?: string | undefined;
}

/** A scenario played out: its steps, and what it produced. */
export interface Flow {
  readonly scenario: Scenario;
  readonly scenarioId: ScenarioId;
  readonly region: string;
  /** The clock, `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly time: string;
  /** Who asks, as a technical name: the instance id, or the token's subject for a pod. */
  readonly caller: string;
  readonly steps: readonly Step[];
  readonly stepCount: number;
  readonly policy: FlowPolicy;
  /** The seed and the variant choices it was played with (what the provider chain reads, chain-of.ts). */
  readonly seed: string | number;
  readonly variants: FlowVariants;
  /** Secrets the messages carry besides the credentials' own, masked on screen like them. */
  readonly secrets: readonly string[];
  /** The permission policy the endpoint's authorization ran with (used only when the journey reaches it). */
  readonly permissionPolicy: FlowPolicy;
  /** The role credentials the caller ends up with, when it does. */
  readonly credentials?: TemporaryCredentials | undefined;
  readonly handoff?: LabHandoff | undefined;
  readonly verdict: FlowVerdict;
}
