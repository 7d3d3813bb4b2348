/**
 * The caller's side of an AssumeRole (credential-flow.md, "Cross-account and other callers"): when
 * the trust policy names the caller only through its account (`"AWS": "<account>"`, its `:root`
 * ARN, or `*`), or the caller is of another account, the trust policy delegates to the caller's
 * account, and the caller's own identity-based policy must also allow sts:AssumeRole on the role.
 * Both evaluations must allow (IAM user guide, reference_policies_evaluation-logic-cross-account).
 */
import { actionMatches, awsPrincipalMatches, type TrustPrincipal } from './policy-eval';
import { wildcardMatch } from './policy-conditions';
import type { Statement } from './policy-types';

/** One statement of an identity-based policy: what it allows or denies, on which resources. */
export interface IdentityStatement {
  readonly sid?: string | undefined;
  readonly effect: 'Allow' | 'Deny';
  readonly action: readonly string[];
  readonly resource: readonly string[];
}

/** An identity-based (permission) policy attached to the caller. */
export interface IdentityPolicy {
  /** The policy's name, as the console lists it. */
  readonly name: string;
  readonly statements: readonly IdentityStatement[];
}

/** Who asks, with the identity policy its account gave it. */
export interface CallerIdentity {
  /** The caller's ARN (a user, or a role session). */
  readonly arn: string;
  readonly account: string;
  readonly policy: IdentityPolicy;
}

/** The identity-based evaluation's answer. */
export interface IdentityDecision {
  readonly decision: 'allow' | 'deny';
  readonly reason: 'explicit-allow' | 'explicit-deny' | 'implicit-deny';
  readonly statementIndex?: number | undefined;
}

/** The policy as IAM shows it (two-space JSON, Version first). */
export function identityPolicyText(p: IdentityPolicy): string {
  const statements = p.statements.map((s) => ({ ...(s.sid === undefined ? {} : { Sid: s.sid }), Effect: s.effect, Action: s.action.length === 1 ? s.action[0] : s.action, Resource: s.resource.length === 1 ? s.resource[0] : s.resource }));
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

/** Evaluates an identity policy for one action on one resource: a matching Deny wins, then a matching Allow, else implicit deny. */
export function evaluateIdentityPolicy(p: IdentityPolicy, action: string, resource: string): IdentityDecision {
  const applies = (s: IdentityStatement): boolean => actionMatches(s.action, action) && s.resource.some((r) => wildcardMatch(r, resource));
  const deny = p.statements.findIndex((s) => s.effect === 'Deny' && applies(s));
  if (deny >= 0) return { decision: 'deny', reason: 'explicit-deny', statementIndex: deny };
  const allow = p.statements.findIndex((s) => s.effect === 'Allow' && applies(s));
  if (allow >= 0) return { decision: 'allow', reason: 'explicit-allow', statementIndex: allow };
  return { decision: 'deny', reason: 'implicit-deny' };
}

const ACCOUNT_FORM = /^(?:\d{12}|arn:[^:]+:iam::\d{12}:root)$/;

/**
 * Must the caller's identity policy allow too? Yes when the caller is of another account than the
 * role, or when the allowing statement names the caller only through its account or `*`; no when,
 * in the same account, it names the caller itself (its ARN, or for a role session, its role).
 */
export function delegatesToAccount(allowing: Statement, who: TrustPrincipal, callerAccount: string, roleAccount: string): boolean {
  if (who.type !== 'AWS') return false;
  if (callerAccount !== roleAccount) return true;
  const spec = allowing.principal;
  if (spec === undefined || spec === '*') return true;
  return !(spec.AWS ?? []).some((v) => v !== '*' && !ACCOUNT_FORM.test(v) && awsPrincipalMatches(v, who.value));
}

/** AccessDenied when the identity policy does not allow: "… because no identity-based policy allows the … action". */
export function identityDeniedMessage(caller: string, action: string, resource: string, reason: IdentityDecision['reason']): string {
  const why = reason === 'explicit-deny' ? 'with an explicit deny in an identity-based policy' : `because no identity-based policy allows the ${action} action`;
  return `User: ${caller} is not authorized to perform: ${action} on resource: ${resource} ${why}`;
}

/** A policy that reads one S3 bucket (the instance role's: s3access in the fact sheet reads S3). */
export function readBucketPolicy(name: string, bucket: string): IdentityPolicy {
  return {
    name,
    statements: [{ sid: 'ReadBucket', effect: 'Allow', action: ['s3:GetObject', 's3:ListBucket'], resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`] }],
  };
}

/** A policy that lets its holder assume one role. */
export function assumeRolePolicy(name: string, roleArn: string): IdentityPolicy {
  return { name, statements: [{ sid: 'AssumePartnerRole', effect: 'Allow', action: ['sts:AssumeRole'], resource: [roleArn] }] };
}
