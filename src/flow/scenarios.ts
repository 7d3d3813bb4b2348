/**
 * The scenarios as data. Account ids, ARNs and example values are AWS's documented examples
 * (credential-flow.md): 123456789012 owns the roles, 111122223333 is "the other account".
 */
import type { ExplanationKey } from './explanation-keys';

/** Every scenario, in menu order; the first is the default. */
export const SCENARIO_IDS = [
  'imdsv2',
  'imdsv1',
  'untrusted-role',
  'no-instance-profile',
  'container-hop-limit',
  'assume-role-from-instance',
  'cross-account',
  'web-identity',
] as const;

/** A scenario's id. */
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** Who asks for the role's credentials, which decides the shape of the journey. */
export type CallerKind = 'instance-profile' | 'instance-cli' | 'iam-user' | 'web-identity';

/** Which default trust policy the role has. */
export type TrustTemplate = 'ec2' | 'lambda' | 'cross-account' | 'web-identity';

/** A choice a scenario offers (the UI shows it as a toggle or a field). */
export interface ScenarioVariant {
  readonly name: 'httpTokens' | 'callerCredentials' | 'sessionName' | 'externalId' | 'subject';
  /** The choices, or empty for a free-text field. */
  readonly values: readonly string[];
  readonly defaultValue: string;
  readonly labelKey: ExplanationKey;
}

/** One scenario. */
export interface Scenario {
  readonly id: ScenarioId;
  readonly titleKey: ExplanationKey;
  readonly summaryKey: ExplanationKey;
  readonly caller: CallerKind;
  /** How the instance talks to IMDS; `none` when the caller is not on an instance with a profile. */
  readonly imds: 'v2' | 'v1' | 'v2-hop-limited' | 'none';
  readonly instanceProfile: boolean;
  readonly role: { readonly account: string; readonly name: string };
  readonly trust: TrustTemplate;
  readonly variants: readonly ScenarioVariant[];
}

/** The account that owns the roles (AWS's documented example account). */
export const ROLE_ACCOUNT = '123456789012';
/** The "other" account of the documentation (the aside's account, the cross-account caller's). */
export const OTHER_ACCOUNT = '111122223333';
/** The cross-account caller. */
export const PARTNER_USER_ARN = `arn:aws:iam::${OTHER_ACCOUNT}:user/partner-app`;
/** The external ID the role's owner gave the partner (sts:ExternalId). */
export const EXTERNAL_ID = 'Example-Corp-7f3a';
/** The EKS cluster's OIDC issuer id (the EKS user guide's example id). */
export const EKS_OIDC_ID = 'EXAMPLED539D4633E53DE1B71EXAMPLE';
/** The pod's service account, as the token's `sub` names it. */
export const SERVICE_ACCOUNT_SUBJECT = 'system:serviceaccount:default:s3-reader';
/** The audience EKS writes into tokens meant for STS. */
export const STS_AUDIENCE = 'sts.amazonaws.com';

/** The EKS OIDC provider's host path, `oidc.eks.<region>.amazonaws.com/id/<id>`. */
export function eksProvider(region: string): string {
  return `oidc.eks.${region}.amazonaws.com/id/${EKS_OIDC_ID}`;
}

const variant = (name: ScenarioVariant['name'], values: readonly string[], defaultValue: string): ScenarioVariant => ({
  name,
  values,
  defaultValue,
  labelKey: `variant.${name}`,
});

const instance = (id: ScenarioId, imds: Scenario['imds'], trust: TrustTemplate, instanceProfile = true): Scenario => ({
  id,
  titleKey: `scenario.${id}.title`,
  summaryKey: `scenario.${id}.summary`,
  caller: 'instance-profile',
  imds,
  instanceProfile,
  role: { account: ROLE_ACCOUNT, name: 's3access' },
  trust,
  variants: imds === 'v2-hop-limited' ? [variant('httpTokens', ['optional', 'required'], 'optional')] : [],
});

/** Every scenario, in SCENARIO_IDS order. */
export const SCENARIOS: readonly Scenario[] = [
  instance('imdsv2', 'v2', 'ec2'),
  instance('imdsv1', 'v1', 'ec2'),
  instance('untrusted-role', 'v2', 'lambda'),
  instance('no-instance-profile', 'v2', 'ec2', false),
  instance('container-hop-limit', 'v2-hop-limited', 'ec2'),
  {
    id: 'assume-role-from-instance',
    titleKey: 'scenario.assume-role-from-instance.title',
    summaryKey: 'scenario.assume-role-from-instance.summary',
    caller: 'instance-cli',
    imds: 'v2',
    instanceProfile: true,
    role: { account: OTHER_ACCOUNT, name: 'sample-role' },
    trust: 'ec2',
    variants: [variant('callerCredentials', ['instance-role', 'none'], 'instance-role'), variant('sessionName', [], 'demo')],
  },
  {
    id: 'cross-account',
    titleKey: 'scenario.cross-account.title',
    summaryKey: 'scenario.cross-account.summary',
    caller: 'iam-user',
    imds: 'none',
    instanceProfile: false,
    role: { account: ROLE_ACCOUNT, name: 'partner-s3-reader' },
    trust: 'cross-account',
    variants: [variant('externalId', [], EXTERNAL_ID)],
  },
  {
    id: 'web-identity',
    titleKey: 'scenario.web-identity.title',
    summaryKey: 'scenario.web-identity.summary',
    caller: 'web-identity',
    imds: 'none',
    instanceProfile: false,
    role: { account: ROLE_ACCOUNT, name: 'eks-s3-reader' },
    trust: 'web-identity',
    variants: [variant('subject', [], SERVICE_ACCOUNT_SUBJECT)],
  },
];

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

const doc = (statement: string): string =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n${statement}\n    }\n  ]\n}\n`;

/** The trust policy the role has before anyone edits it (credential-flow.md, "Trust policy for EC2"). */
export function defaultTrustPolicy(scenario: Scenario, region: string): string {
  const allow = '      "Effect": "Allow",\n';
  switch (scenario.trust) {
    case 'ec2':
    case 'lambda':
      return doc(`${allow}      "Principal": { "Service": "${scenario.trust}.amazonaws.com" },\n      "Action": "sts:AssumeRole"`);
    case 'cross-account':
      return doc(
        `${allow}      "Principal": { "AWS": "arn:aws:iam::${OTHER_ACCOUNT}:root" },\n      "Action": "sts:AssumeRole",\n` +
          `      "Condition": { "StringEquals": { "sts:ExternalId": "${EXTERNAL_ID}" } }`,
      );
    case 'web-identity': {
      // The EKS user guide's IRSA trust policy ("Assign IAM roles to Kubernetes service accounts").
      const p = eksProvider(region);
      return doc(
        `${allow}      "Principal": { "Federated": "arn:aws:iam::${ROLE_ACCOUNT}:oidc-provider/${p}" },\n` +
          `      "Action": "sts:AssumeRoleWithWebIdentity",\n      "Condition": {\n        "StringEquals": {\n` +
          `          "${p}:aud": "${STS_AUDIENCE}",\n          "${p}:sub": "${SERVICE_ACCOUNT_SUBJECT}"\n        }\n      }`,
      );
    }
  }
}
