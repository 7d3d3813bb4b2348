/**
 * The credential-flow model's only door. Pure: no React, DOM, store or UI; imports only the signing
 * core's door and src/text. Scenarios as data → buildFlow → steps and messages; playback reducers;
 * the trust-policy evaluator decides step "trust-check". The graph's state and layout and the
 * message panel's parts (graphFor, layoutFlow, messageParts) come through view.ts.
 */
// The node table (nodes.ts) is read by the graph through view.ts; here only its types.
export type { NodeId, TalkPlace } from './nodes';
// graphFor, layoutFlow and messageParts have a door of their own (view.ts), so they load with their views.
export { LAYOUT_IDS } from './layout-types';
export type { FlowLayout, LaidEdge, LaidLink, LaidNode, LaidNote, LayoutId, LayoutView, LayoutWordKey } from './layout-types';
export type { LabelLine, LaidLabel } from './labels';
export type { Point, Rect } from './geometry';
export type { NameLine } from './edge-names';
export type {
  Exchange,
  ExchangeKind,
  Flow,
  FlowOptions,
  FlowPolicy,
  FlowVariants,
  FlowVerdict,
  LabHandoff,
  Outcome,
  Params,
  Step,
  StepError,
  StepId,
} from './types';
export { SCENARIOS, SCENARIO_IDS, roleArnOf, scenarioById } from './scenarios';
export type { Scenario, ScenarioId, ScenarioVariant } from './scenarios';
export { EXTERNAL_ID, OTHER_ACCOUNT, ROLE_ACCOUNT, SERVICE_ACCOUNT_SUBJECT } from './accounts';
export { defaultTrustPolicy } from './trust-templates';
export type { TrustTemplate } from './trust-templates';
export { CALLERS, CALLER_KINDS, trustQuestionOf } from './callers';
export type { CallerKind, CallerSpec } from './callers';
export { DEFAULT_REGION, buildFlow } from './build-flow';
export { messageText } from './messages';
export { BASE_TICK_MS, BASE_TRAVEL_MS, INITIAL_FLOW_STATE, SPEED_RANGE, jump, next, pause, play, prev, restart, setSpeed, tick, tickMs, travelMs } from './playback';
export type { FlowState } from './playback';
export type { Graph, GraphEdge, GraphNode, NodeStatus } from './graph';
export { parsePolicy } from './policy-parse';
export { PolicyError } from './policy-types';
export type { ConditionClause, Policy, PolicyExpectation, PolicyItem, PolicyKind, PolicyRule, PrincipalSpec, PrincipalType, SetQualifier, Statement, StringOperator } from './policy-types';
export { evaluatePermissionPolicy, evaluateTrustPolicy } from './policy-eval';
export type { PermissionRequest, TrustDecision, TrustPrincipal, TrustRequest } from './policy-eval';
export { BUCKET_ARN, LIST_ACTION, accessDeniedMessage, defaultPermissionPolicy } from './endpoint-steps';
export type { RequestContext } from './policy-conditions';
export { policyInForce, tryParsePolicy } from './policy-in-force';
export type { PolicyEdit, ValidPolicy } from './policy-in-force';
export {
  BOTOCORE_REFRESH_WINDOWS,
  DEFAULT_DURATION_SECONDS,
  IMDS_ROTATION_LEAD_SECONDS,
  INSTANCE_PROFILE_LIFETIME_SECONDS,
  INSTANCE_PROFILE_REPLACEMENT_SECONDS,
  generateCredentials,
  generateLongTermCredentials,
  instanceProfileCredentials,
  lastScheduledFetch,
  refreshSchedule,
} from './credentials';
export type { LongTermCredentials, RefreshEvent, RefreshEventKind, RefreshWindows, TemporaryCredentials } from './credentials';
export { imdsToken, instanceId, instanceProfileId, requestId, roleId } from './ids';
export type { Seed } from './rng';
export type { Clock } from './clock';
export { handoffOptions } from './signing';
export type { ExplanationKey, GraphWordKey, LateFlowKey, StepExplanationKey, StepTitleKey, TalkArrow } from './explanation-keys';
export { CHAIN_IDS, resolveChain } from './provider-chain';
export { chainOf } from './caller-environments';
export type { CallerEnvironment, ChainId, ChainItem, ChainOutcome, ChainReason, ChainReasonId, ChainState, ChainWordKey, ConfigProfile, ImdsAccess } from './provider-chain';
