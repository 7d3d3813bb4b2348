/**
 * Policy evaluation (IAM, "Policy evaluation logic"): a matching Deny wins; otherwise a matching
 * Allow is needed; otherwise the request is implicitly denied. The same rule decides a trust policy
 * for one AssumeRole* request (who asks, by Principal) and a permission policy for one API call
 * (on what, by Resource: the caller is the role session the policy is attached to).
 */
import { clauseHolds, conditionsHold, wildcardMatch, type RequestContext } from './policy-conditions';
import { parsePolicy } from './policy-parse';
import type { ConditionClause, Policy, PrincipalSpec, Statement } from './policy-types';

/** Who asks: a service, an AWS principal (account, user, role, session) or a federated provider. */
export interface TrustPrincipal {
  readonly type: 'Service' | 'AWS' | 'Federated';
  readonly value: string;
}

/** The question STS asks of the trust policy. */
export interface TrustRequest {
  readonly principal: TrustPrincipal;
  readonly action: string;
  readonly context: RequestContext;
}

/** A condition that kept an Allow whose principal and action match from applying. */
export interface FailedCondition {
  readonly statementIndex: number;
  readonly sid?: string;
  /** The operator as written, e.g. `StringEquals`. */
  readonly operator: string;
  readonly key: string;
  /** The policy's values for the key. */
  readonly values: readonly string[];
}

/** The answer, and the statement that decided it. */
export interface TrustDecision {
  readonly decision: 'allow' | 'deny';
  readonly reason: 'explicit-allow' | 'explicit-deny' | 'implicit-deny';
  readonly statementIndex?: number;
  readonly sid?: string;
  /**
   * Implicit deny only: the first Allow that names the caller and the action but whose Condition
   * fails, and its first failing clause. The denial is then about the condition, not the principal.
   */
  readonly failedCondition?: FailedCondition;
}

const ACCOUNT = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/;
const ROLE = /^arn:([^:]+):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;
const SESSION = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;
const ROOT = /^arn:[^:]+:iam::(\d{12}):root$/;

/**
 * Does an `AWS` principal of the policy name the caller? `*` names everyone; an account id or its
 * `:root` ARN names every principal of that account; a role ARN names that role's sessions
 * (IAM, "Role session principals"); anything else must be equal. IAM allows no partial wildcards here.
 */
export function awsPrincipalMatches(policyValue: string, caller: string): boolean {
  if (policyValue === '*' || policyValue === caller) return true;
  const account = /^\d{12}$/.test(policyValue) ? policyValue : ROOT.exec(policyValue)?.[1];
  if (account !== undefined) return ACCOUNT.exec(caller)?.[1] === account;
  const role = ROLE.exec(policyValue);
  const session = SESSION.exec(caller);
  return role !== null && session !== null && role[1] === session[1] && role[2] === session[2] && role[3] === session[3];
}

/** Does a Principal (or NotPrincipal) block name the caller? */
export function principalMatches(spec: PrincipalSpec, who: TrustPrincipal): boolean {
  if (spec === '*') return true;
  const listed = spec[who.type] ?? [];
  switch (who.type) {
    case 'AWS':
      return listed.some((v) => awsPrincipalMatches(v, who.value));
    case 'Service':
      // Service principals are lower-case names; the parser accepts no other form.
      return listed.some((v) => v === '*' || v === who.value);
    case 'Federated':
      return listed.some((v) => v === who.value);
  }
}

/** Action names match case-insensitively, with `*` and `?` wildcards (IAM, "Action"). */
export function actionMatches(patterns: readonly string[], action: string): boolean {
  return patterns.some((p) => wildcardMatch(p, action, true));
}

/** Resource ARNs match case-sensitively, with `*` and `?` wildcards (IAM, "Resource"). */
export function resourceMatches(patterns: readonly string[], resource: string): boolean {
  return patterns.some((p) => wildcardMatch(p, resource));
}

/** Does the statement name the request's principal and action (leaving its conditions aside)? */
export function statementNames(s: Statement, request: TrustRequest): boolean {
  const principal = s.principal ? principalMatches(s.principal, request.principal) : !principalMatches(s.notPrincipal!, request.principal);
  const action = s.action ? actionMatches(s.action, request.action) : !actionMatches(s.notAction!, request.action);
  return principal && action;
}

/** Does the statement apply to the request (principal, action and every condition)? */
export function statementApplies(s: Statement, request: TrustRequest): boolean {
  return statementNames(s, request) && conditionsHold(s.conditions, request.context);
}

/** The first Allow that names principal and action but fails a condition, with that clause. */
function failedConditionOf(statements: readonly Statement[], request: TrustRequest): FailedCondition | undefined {
  for (const s of statements) {
    if (s.effect !== 'Allow' || !statementNames(s, request)) continue;
    const clause: ConditionClause | undefined = s.conditions.find((c) => !clauseHolds(c, request.context));
    if (clause) return { statementIndex: s.index, ...(s.sid !== undefined ? { sid: s.sid } : {}), operator: clause.operator, key: clause.key, values: clause.values };
  }
  return undefined;
}

/** The question an identity-based policy is asked for one API call: the action, on which resource, in what context. */
export interface PermissionRequest {
  readonly action: string;
  /** The resource's ARN, e.g. `arn:aws:s3:::amzn-s3-demo-bucket`. */
  readonly resource: string;
  readonly context: RequestContext;
}

/** Does a statement of a permission policy apply to the call (action, resource and every condition)? */
export function permissionStatementApplies(s: Statement, request: PermissionRequest): boolean {
  const action = s.action ? actionMatches(s.action, request.action) : !actionMatches(s.notAction!, request.action);
  const resource = s.resource ? resourceMatches(s.resource, request.resource) : s.notResource ? !resourceMatches(s.notResource, request.resource) : false;
  return action && resource && conditionsHold(s.conditions, request.context);
}

/** Evaluates a trust policy (text or parsed) for a request; a text that does not parse throws PolicyError. */
export function evaluateTrustPolicy(policy: string | Policy, request: TrustRequest): TrustDecision {
  const parsed = typeof policy === 'string' ? parsePolicy(policy) : policy;
  const decision = decide(parsed.statements.filter((s) => statementApplies(s, request)));
  if (decision.reason !== 'implicit-deny') return decision;
  const failed = failedConditionOf(parsed.statements, request);
  return failed ? { ...decision, failedCondition: failed } : decision;
}

/** Evaluates a permission policy (text or parsed) for an API call; a text that does not parse throws PolicyError. */
export function evaluatePermissionPolicy(policy: string | Policy, request: PermissionRequest): TrustDecision {
  const parsed = typeof policy === 'string' ? parsePolicy(policy, 'permission') : policy;
  return decide(parsed.statements.filter((s) => permissionStatementApplies(s, request)));
}

/** The decision from the statements that apply: a Deny among them wins, else an Allow, else the implicit deny. */
function decide(applying: readonly Statement[]): TrustDecision {
  const by = (s: Statement, decision: TrustDecision['decision'], reason: TrustDecision['reason']): TrustDecision => ({
    decision,
    reason,
    statementIndex: s.index,
    ...(s.sid !== undefined ? { sid: s.sid } : {}),
  });
  const deny = applying.find((s) => s.effect === 'Deny');
  if (deny) return by(deny, 'deny', 'explicit-deny');
  const allow = applying.find((s) => s.effect === 'Allow');
  if (allow) return by(allow, 'allow', 'explicit-allow');
  return { decision: 'deny', reason: 'implicit-deny' };
}
