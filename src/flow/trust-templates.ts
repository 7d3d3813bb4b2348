/**
 * The trust policy a role has before anyone edits it, one template per kind of role
 * (credential-flow.md, "Trust policy for EC2"; the EKS user guide's IRSA policy).
 */
import { DEVELOPER_USER_ARN, EXTERNAL_ID, OTHER_ACCOUNT, ROLE_ACCOUNT, SERVICE_ACCOUNT_SUBJECT, STS_AUDIENCE, eksProvider } from './accounts';

/** Which default trust policy a role has. */
export type TrustTemplate = 'ec2' | 'lambda' | 'ecs-tasks' | 'pods-eks' | 'developer' | 'cross-account' | 'web-identity';

const doc = (statement: string): string =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n${statement}\n    }\n  ]\n}\n`;

const ALLOW = '      "Effect": "Allow",\n';

const service = (name: string): string =>
  doc(`${ALLOW}      "Principal": { "Service": "${name}.amazonaws.com" },\n      "Action": "sts:AssumeRole"`);

/** Every template, by kind: a new kind without its policy fails to compile. */
const TEMPLATES: { readonly [T in TrustTemplate]: (region: string) => string } = {
  ec2: () => service('ec2'),
  lambda: () => service('lambda'),
  'ecs-tasks': () => service('ecs-tasks'),
  // EKS Pod Identity tags the session with the cluster, namespace and service account (EKS user guide, "pod-id-role").
  'pods-eks': () =>
    doc(`${ALLOW}      "Principal": { "Service": "pods.eks.amazonaws.com" },\n      "Action": ["sts:AssumeRole", "sts:TagSession"]`),
  // A role of the same account that names the user: the trust policy alone grants it (no identity policy needed).
  developer: () => doc(`${ALLOW}      "Principal": { "AWS": "${DEVELOPER_USER_ARN}" },\n      "Action": "sts:AssumeRole"`),
  'cross-account': () =>
    doc(
      `${ALLOW}      "Principal": { "AWS": "arn:aws:iam::${OTHER_ACCOUNT}:root" },\n      "Action": "sts:AssumeRole",\n` +
        `      "Condition": { "StringEquals": { "sts:ExternalId": "${EXTERNAL_ID}" } }`,
    ),
  'web-identity': (region) => {
    // The EKS user guide's IRSA trust policy ("Assign IAM roles to Kubernetes service accounts").
    const p = eksProvider(region);
    return doc(
      `${ALLOW}      "Principal": { "Federated": "arn:aws:iam::${ROLE_ACCOUNT}:oidc-provider/${p}" },\n` +
        `      "Action": "sts:AssumeRoleWithWebIdentity",\n      "Condition": {\n        "StringEquals": {\n` +
        `          "${p}:aud": "${STS_AUDIENCE}",\n          "${p}:sub": "${SERVICE_ACCOUNT_SUBJECT}"\n        }\n      }`,
    );
  },
};

/** The trust policy a scenario's role has before anyone edits it, in `region` (the OIDC provider is regional). */
export function defaultTrustPolicy(scenario: { readonly trust: TrustTemplate }, region: string): string {
  return TEMPLATES[scenario.trust](region);
}
