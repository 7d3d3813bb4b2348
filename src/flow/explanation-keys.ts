/**
 * The catalogue keys the flow model words itself by. The model returns these keys and the values
 * for their `{name}` slots, never prose; content/<lang>/flow-explanations.ts words every one (a key
 * without words there fails to compile).
 */
import type { ScenarioId, ScenarioVariant } from './scenarios';
import type { NodeId } from './nodes';
import type { StepId } from './types';

type MetadataExplanation = 'v2' | 'v1' | 'noProfile' | 'hopLimit.fallback' | 'hopLimit.required' | 'cli' | 'cliNoCredentials' | 'cliValidation';
type AssumeRoleExplanation = 'ec2' | 'instance' | 'crossAccount' | 'webIdentity';
type TrustExplanation = 'allow' | 'explicitDeny' | 'implicitDeny' | 'asideDeny';
type Verdict = 'ok' | 'assumed' | 'trustDenied' | 'asideDenied' | 'noProfile' | 'hopLimit' | 'noCredentials' | 'validation' | 'apiRefused' | 'apiDenied';

/**
 * The explanations of the endpoint's steps (verify, authorize): words that load with the flow's
 * views (content/<lang>/views.ts), since no journey shows them before its sixth step.
 */
export type LateExplanationKey = `explain.endpointVerify.${'ok' | 'fail'}` | `explain.authorize.${'allow' | 'explicitDeny' | 'implicitDeny'}`;

/** A key of the flow's words: scenario names, node labels, step titles, explanations, verdicts. */
export type ExplanationKey =
  | `scenario.${ScenarioId}.${'title' | 'summary'}`
  | `variant.${ScenarioVariant['name']}`
  | `node.${NodeId}`
  | 'node.instance.iamUser'
  | 'node.instance.pod'
  | `step.${StepId}`
  | `explain.metadata.${MetadataExplanation}`
  | `explain.assumeRole.${AssumeRoleExplanation}`
  | `explain.trust.${TrustExplanation}`
  | `explain.stsResponse.${'ok' | 'denied'}`
  | `explain.credentialDocument.${'ok' | 'unauthorized'}`
  | 'explain.apiCall'
  | LateExplanationKey
  | `verdict.${Verdict}`;

/** The talk's arrows, numbered as on its slide (scenes.md): ① request the metadata … ⑤ the metadata response. */
export type TalkArrow = 1 | 2 | 3 | 4 | 5;

/**
 * The graph's own words, in a catalogue section that loads with the graph (content/<lang>/views.ts):
 * edge names that are words rather than messages, and the talk's slide.
 */
export type GraphWordKey =
  | `edge.${'trustCheck' | 'signed' | 'verify' | 'authorize'}`
  | `talk.${'title' | 'policy' | 'attached' | 'extra'}`
  | `talk.node.${'instance' | 'ec2' | 'imds' | 'sts' | 'iam'}`
  | `talk.arrow.${TalkArrow}`;
