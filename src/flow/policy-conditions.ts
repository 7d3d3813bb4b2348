/**
 * The Condition element: string operators, IfExists, ForAnyValue/ForAllValues (IAM JSON reference,
 * "Condition operators" and "Multivalued context keys"). A clause's values are OR'd; the clauses of
 * a statement (keys and operators) are AND'd by the caller.
 */
import type { ConditionClause, StringOperator } from './policy-types';

/** The request context: condition key → value or values; keys match case-insensitively (IAM). */
export type RequestContext = Readonly<Record<string, string | readonly string[]>>;

/** `*` matches any run of characters and `?` exactly one, the rest literally (IAM, StringLike). */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, ignoreCase ? 'is' : 's').test(value);
}

const NEGATED: ReadonlySet<StringOperator> = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike']);

/** Does one context value match one policy value under the operator's positive form? */
function matchesOne(op: StringOperator, policyValue: string, value: string): boolean {
  switch (op) {
    case 'StringEquals':
    case 'StringNotEquals':
      return policyValue === value;
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return policyValue.toLowerCase() === value.toLowerCase();
    case 'StringLike':
    case 'StringNotLike':
      return wildcardMatch(policyValue, value);
  }
}

/** The operator applied to one context value: positive operators OR the policy values, negated ones NOR them. */
function holdsFor(clause: ConditionClause, value: string): boolean {
  const any = clause.values.some((v) => matchesOne(clause.base, v, value));
  return NEGATED.has(clause.base) ? !any : any;
}

/** The context's values for a key, or undefined when the key is absent (an empty list counts as absent). */
export function lookup(context: RequestContext, key: string): readonly string[] | undefined {
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(context)) {
    if (k.toLowerCase() !== lower) continue;
    const values = typeof v === 'string' ? [v] : v;
    return values.length === 0 ? undefined : values;
  }
  return undefined;
}

/** Does one clause hold for the request context? */
export function clauseHolds(clause: ConditionClause, context: RequestContext): boolean {
  const values = lookup(context, clause.key);
  if (values === undefined) {
    // IfExists: "if the key is not present, evaluate the condition as true" (IAM, "...IfExists").
    if (clause.ifExists) return true;
    // ForAllValues is true for an empty set; ForAnyValue is false (IAM, "Multivalued context keys").
    if (clause.qualifier === 'ForAllValues') return true;
    if (clause.qualifier === 'ForAnyValue') return false;
    // A missing key does not match; a negated operator then holds (IAM, "Condition operators").
    return NEGATED.has(clause.base);
  }
  if (clause.qualifier === 'ForAllValues') return values.every((v) => holdsFor(clause, v));
  if (clause.qualifier === 'ForAnyValue') return values.some((v) => holdsFor(clause, v));
  // A single-valued operator on a multivalued key: a positive operator needs one value to match,
  // a negated one needs none to (the reading the IAM docs warn is the only safe one to rely on).
  return NEGATED.has(clause.base) ? values.every((v) => holdsFor(clause, v)) : values.some((v) => holdsFor(clause, v));
}

/** Do all clauses hold (AND across keys and operators)? */
export function conditionsHold(clauses: readonly ConditionClause[], context: RequestContext): boolean {
  return clauses.every((c) => clauseHolds(c, context));
}
