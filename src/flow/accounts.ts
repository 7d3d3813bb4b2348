/**
 * The accounts, principals and identifiers the scenarios use: AWS's documented examples
 * (credential-flow.md): 123456789012 owns the roles, 111122223333 is "the other account".
 */
import type { TrustRequest } from './policy-eval';

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
/** The service principals that assume a role for a workload: ECS tasks, EKS Pod Identity, Lambda. */
export const ECS_TASKS_PRINCIPAL = 'ecs-tasks.amazonaws.com';
export const EKS_PODS_PRINCIPAL = 'pods.eks.amazonaws.com';
export const LAMBDA_PRINCIPAL = 'lambda.amazonaws.com';
/** The EKS cluster of the pod scenarios. */
export const EKS_CLUSTER = 'demo-cluster';
/** The developer whose laptop profile assumes a role (an IAM user of the role's own account). */
export const DEVELOPER_USER_ARN = `arn:aws:iam::${ROLE_ACCOUNT}:user/developer`;
/** The EC2 service principal, the one a role for instances must trust. */
export const EC2_PRINCIPAL = 'ec2.amazonaws.com';

/** The EKS OIDC provider's host path, `oidc.eks.<region>.amazonaws.com/id/<id>`. */
export function eksProvider(region: string): string {
  return `oidc.eks.${region}.amazonaws.com/id/${EKS_OIDC_ID}`;
}

/** The EC2 service asking STS for an instance's role: the service principal, no request context. */
export const EC2_QUESTION: TrustRequest = { principal: { type: 'Service', value: EC2_PRINCIPAL }, action: 'sts:AssumeRole', context: {} };
