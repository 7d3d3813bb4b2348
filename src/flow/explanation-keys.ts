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
type Verdict = 'ok' | 'assumed' | 'trustDenied' | 'asideDenied' | 'noProfile' | 'hopLimit' | 'noCredentials' | 'validation';

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
  | `verdict.${Verdict}`;
