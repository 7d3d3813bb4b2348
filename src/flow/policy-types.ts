/**
 * The parsed policies of a role (IAM JSON policy grammar): its trust policy (a resource-based policy
 * whose resource is the role itself: Principal, no Resource) and its permission policy (an
 * identity-based policy: Resource, no Principal).
 */
import type { JsonExpectation } from '../text/json';

/** The principal types a trust policy can name (IAM JSON reference, "Principal"). */
export type PrincipalType = 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

/** `"*"` (everyone), or lists of principals by type. */
export type PrincipalSpec = '*' | Readonly<Partial<Record<PrincipalType, readonly string[]>>>;

/** The string condition operators the evaluator knows (IAM JSON reference, "String condition operators"). */
export type StringOperator =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike';

/** The set operators for multivalued keys (IAM, "Multivalued context keys"). */
export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

/** One key of one operator block: `"StringEquals": { "sts:ExternalId": ["a", "b"] }` gives one clause. */
export interface ConditionClause {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  readonly operator: string;
  readonly base: StringOperator;
  readonly qualifier: SetQualifier | null;
  readonly ifExists: boolean;
  readonly key: string;
  /** The policy's values (numbers and booleans written as their text); any one may match. */
  readonly values: readonly string[];
}

/** One statement, with its index in the document. */
export interface Statement {
  readonly index: number;
  readonly sid?: string | undefined;
  readonly effect: 'Allow' | 'Deny';
  readonly principal?: PrincipalSpec | undefined;
  readonly notPrincipal?: PrincipalSpec | undefined;
  readonly action?: readonly string[] | undefined;
  readonly notAction?: readonly string[] | undefined;
  /** Permission policies only: the resources (ARNs, `*` and `?` wildcards) the statement covers. */
  readonly resource?: readonly string[] | undefined;
  readonly notResource?: readonly string[] | undefined;
  /** Every clause must hold (keys and operators are AND'd). */
  readonly conditions: readonly ConditionClause[];
}

/** Which of a role's policies a text is: they differ in Principal and Resource. */
export type PolicyKind = 'trust' | 'permission';

/** A whole policy. */
export interface Policy {
  readonly version?: string | undefined;
  readonly id?: string | undefined;
  readonly statements: readonly Statement[];
}

/** The kinds of value a list in a statement holds (Action, and the principals of each type). */
export type PolicyItem = 'action' | 'aws-principal' | 'service-principal' | 'non-empty-string' | 'resource';

/** What the trust-policy rules accept where a policy went wrong, as an id (the words are the catalogue's). */
export type PolicyRule =
  | PolicyItem
  | 'version' | 'statement-element' | 'statements' | 'string' | 'object' | 'json-object' | 'no-resource' | 'no-principal'
  | 'one-of' | 'single-element' | 'effect' | 'effect-element' | 'either' | 'element-either' | 'principal'
  | 'principal-types' | 'values-of' | 'condition' | 'operator' | 'condition-keys' | 'value' | 'condition-value';

/**
 * What would have been accepted: a rule of the policy grammar or of the JSON reader, and the names
 * its message quotes (element names, kept as written in the policy). `values-of` names its item.
 */
export type PolicyExpectation =
  | { readonly json: JsonExpectation }
  | { readonly rule: PolicyRule; readonly names?: Readonly<Record<string, string>>; readonly item?: PolicyItem };

/** Why a policy text was refused, and where: one-based line and column, and the element's path. */
export class PolicyError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly offset: number,
    /** Where in the document, e.g. `Statement[0].Principal`; empty for the document itself. */
    readonly path: string,
    /** What would have been accepted there. */
    readonly expected: PolicyExpectation,
    /** What was there instead (a short excerpt), empty at the end of the text. */
    readonly found: string,
  ) {
    // For logs only: the reader is told in words from the catalogue.
    super(`${line}:${column}${path ? ` ${path}` : ''}: expected ${'json' in expected ? `json ${expected.json}` : expected.rule}`);
    this.name = 'PolicyError';
  }
}
