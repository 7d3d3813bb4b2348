/**
 * The catalogue keys the flow model words itself by. The model returns these keys and the values
 * for their `{name}` slots, never prose; content/<lang>/flow-explanations.ts words every one (a key
 * without words there fails to compile).
 */
import type { ScenarioId, ScenarioVariant } from './scenarios';
import type { NodeId } from './nodes';
import type { StepId } from './types';

type MetadataExplanation =
  | 'v2'
  | 'v1'
  | 'noProfile'
  | 'hopLimit.fallback'
  | 'hopLimit.required'
  | 'cli'
  | 'cliNoCredentials'
  | 'cliValidation'
  | 'ecs'
  | 'eks'
  | 'imdsDisabled'
  | 'v1Disabled';
type AssumeRoleExplanation = 'ec2' | 'instance' | 'crossAccount' | 'crossAccountNoExternalId' | 'webIdentity' | 'cliValidation' | 'ecs' | 'eks' | 'lambda' | 'laptop';
type TrustExplanation = 'allow' | 'allowDelegated' | 'explicitDeny' | 'implicitDeny' | 'conditionDeny' | 'conditionMissing' | 'identityDeny' | 'asideDeny';
type Verdict = 'ok' | 'assumed' | 'trustDenied' | 'identityDenied' | 'asideDenied' | 'noProfile' | 'hopLimit' | 'noCredentials' | 'validation' | 'v1Disabled' | 'apiRefused' | 'apiDenied';

/** A step's explanation: the message panel's paragraph, in the section that loads after first paint (content/<lang>/views.ts). */
export type StepExplanationKey =
  | `explain.metadata.${MetadataExplanation}`
  | `explain.assumeRole.${AssumeRoleExplanation}`
  | `explain.trust.${TrustExplanation}`
  | `explain.stsResponse.${'ok' | 'ec2' | 'chained' | 'denied'}`
  | `explain.credentialDocument.${'ok' | 'unauthorized' | 'ecs' | 'eks' | 'lambda'}`
  | 'explain.apiCall'
  | `explain.endpointVerify.${'ok' | 'fail'}`
  | `explain.authorize.${'allow' | 'explicitDeny' | 'implicitDeny'}`;

/** A node's label: drawn only by the graph, so in the section that loads with it. */
export type NodeLabelKey =
  | `node.${NodeId}`
  | 'node.instance.iamUser'
  | `node.instance.${'pod' | 'task' | 'lambda' | 'laptop'}`
  | `node.imds.${'ecs' | 'eks'}`
  | `node.ec2.${'ecs' | 'eks' | 'lambda'}`;

/** How a journey ended, in words (the same lazily loaded section). */
export type VerdictKey = `verdict.${Verdict}`;

/** The flow's words that load after first paint, with the graph and the message parts (content/<lang>/views.ts). */
/** A scenario's summary: shown before its first step, in the message panel, once the late section is here. */
export type SummaryKey = `scenario.${ScenarioId}.summary`;

export type LateFlowKey = StepExplanationKey | NodeLabelKey | VerdictKey | SummaryKey;

/**
 * A step's title: its id's (`step.<id>`), or a more exact one where a journey's step of that id is
 * not what the id's words say: Lambda hands the credentials over in the function's environment, not
 * in a document; with AWS_EC2_METADATA_DISABLED=true the SDK looks for credentials without asking IMDS;
 * the aside's one-character session name is refused by the CLI's own check, before any AssumeRole.
 */
export type StepTitleKey = `step.${StepId}` | 'step.credential-document.lambda' | 'step.metadata-request.imdsDisabled' | 'step.assume-role.cliValidation';

/** A key of the flow's words: scenario names, node labels, step titles, explanations, verdicts. */
export type ExplanationKey =
  | StepExplanationKey
  | NodeLabelKey
  | VerdictKey
  | `scenario.${ScenarioId}.${'title' | 'summary'}`
  | `variant.${ScenarioVariant['name']}`
  | StepTitleKey;

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
