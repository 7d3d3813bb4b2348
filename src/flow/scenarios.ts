/**
 * The scenarios as data: one entry each, in menu order, the first the default. A scenario's words
 * (`scenario.<id>.title`, `.summary`, its variants' labels) are catalogue keys, so a scenario
 * without them fails to compile; who the caller is picks the builder of its journey (callers.ts).
 */
import { EXTERNAL_ID, OTHER_ACCOUNT, ROLE_ACCOUNT, SERVICE_ACCOUNT_SUBJECT } from './accounts';
import type { CallerKind } from './callers';
import type { ExplanationKey } from './explanation-keys';
import type { TrustTemplate } from './trust-templates';

/** A choice a scenario offers (the UI shows it as a toggle or a field). */
export interface ScenarioVariant {
  readonly name: 'httpTokens' | 'callerCredentials' | 'sessionName' | 'externalId' | 'subject' | 'imdsOff';
  /** The choices, or empty for a free-text field. */
  readonly values: readonly string[];
  readonly defaultValue: string;
  readonly labelKey: ExplanationKey;
}

/** What a scenario's entry says; its id and title and summary keys follow from its name. */
interface ScenarioData {
  readonly caller: CallerKind;
  /** How the instance talks to IMDS; `none` when the caller is not on an instance with a profile. */
  readonly imds: 'v2' | 'v1' | 'v2-hop-limited' | 'none';
  readonly instanceProfile: boolean;
  readonly role: { readonly account: string; readonly name: string };
  readonly trust: TrustTemplate;
  readonly variants: readonly ScenarioVariant[];
}

const variant = (name: ScenarioVariant['name'], values: readonly string[], defaultValue: string): ScenarioVariant => ({
  name,
  values,
  defaultValue,
  labelKey: `variant.${name}`,
});

/** An instance with a profile (or without one) asking IMDS for its role's credentials. */
const instance = (imds: ScenarioData['imds'], trust: TrustTemplate, instanceProfile = true): ScenarioData => ({
  caller: 'instance-profile',
  imds,
  instanceProfile,
  role: { account: ROLE_ACCOUNT, name: 's3access' },
  trust,
  variants: imds === 'v2-hop-limited' ? [variant('httpTokens', ['optional', 'required'], 'optional')] : [],
});

/** A workload whose service assumes the role for it and hands the credentials over (no IMDS). */
const workload = (caller: CallerKind, name: string, trust: TrustTemplate): ScenarioData => ({
  caller,
  imds: 'none',
  instanceProfile: false,
  role: { account: ROLE_ACCOUNT, name },
  trust,
  variants: [],
});

/** Every scenario, in menu order. */
const DATA = {
  imdsv2: instance('v2', 'ec2'),
  imdsv1: instance('v1', 'ec2'),
  'untrusted-role': instance('v2', 'lambda'),
  'no-instance-profile': instance('v2', 'ec2', false),
  'container-hop-limit': instance('v2-hop-limited', 'ec2'),
  'assume-role-from-instance': {
    caller: 'instance-cli',
    imds: 'v2',
    instanceProfile: true,
    role: { account: OTHER_ACCOUNT, name: 'sample-role' },
    trust: 'ec2',
    variants: [variant('callerCredentials', ['instance-role', 'none'], 'instance-role'), variant('sessionName', [], 'demo')],
  },
  'cross-account': {
    caller: 'iam-user',
    imds: 'none',
    instanceProfile: false,
    role: { account: ROLE_ACCOUNT, name: 'partner-s3-reader' },
    trust: 'cross-account',
    variants: [variant('externalId', [], EXTERNAL_ID)],
  },
  'web-identity': {
    caller: 'web-identity',
    imds: 'none',
    instanceProfile: false,
    role: { account: ROLE_ACCOUNT, name: 'eks-s3-reader' },
    trust: 'web-identity',
    variants: [variant('subject', [], SERVICE_ACCOUNT_SUBJECT)],
  },
  'ecs-task-role': workload('ecs-task', 'ecs-task-s3-reader', 'ecs-tasks'),
  'eks-pod-identity': workload('eks-pod-identity', 'eks-pod-s3-reader', 'pods-eks'),
  'lambda-execution-role': workload('lambda', 'lambda-s3-reader', 'lambda'),
  'laptop-profile': workload('laptop-profile', 's3-reader', 'developer'),
  'imds-disabled': {
    ...instance('v2', 'ec2'),
    caller: 'instance-imds-off',
    variants: [variant('imdsOff', ['env', 'v1-disabled'], 'env')],
  },
} satisfies Readonly<Record<string, ScenarioData>>;

/** A scenario's id. */
export type ScenarioId = keyof typeof DATA;

/** One scenario. */
export interface Scenario extends ScenarioData {
  readonly id: ScenarioId;
  readonly titleKey: ExplanationKey;
  readonly summaryKey: ExplanationKey;
}

/** Every scenario's id, in menu order; the first is the default. */
export const SCENARIO_IDS = Object.keys(DATA) as readonly ScenarioId[];

/** Every scenario, in SCENARIO_IDS order. */
export const SCENARIOS: readonly Scenario[] = SCENARIO_IDS.map((id) => ({
  id,
  titleKey: `scenario.${id}.title`,
  summaryKey: `scenario.${id}.summary`,
  ...DATA[id],
}));

/** The scenario with that id; throws RangeError for an unknown id. */
export function scenarioById(id: string): Scenario {
  const s = SCENARIOS.find((x) => x.id === id);
  if (!s) throw new RangeError(`unknown scenario "${id}": expected one of ${SCENARIO_IDS.join(', ')}`);
  return s;
}

/** The role's ARN. */
export function roleArnOf(scenario: Scenario): string {
  return `arn:aws:iam::${scenario.role.account}:role/${scenario.role.name}`;
}
