/**
 * The Condition element: string operators, IfExists, ForAnyValue/ForAllValues (IAM JSON reference,
 * "Condition operators" and "Multivalued context keys"). A clause's values are OR'd; the clauses of
 * a statement (keys and operators) are AND'd by the caller.
 */
import type { ConditionClause, StringOperator } from './policy-types';

/** The request context: condition key → value or values; keys match case-insensitively (IAM). */
export type RequestContext = Readonly<Record<string, string | readonly string[]>>;

/**
 * One UTF-16 unit folded for a case-insensitive comparison, the way a non-Unicode `i` regular
 * expression folds it (ECMA-262 §22.2.2.7.3 Canonicalize): its upper case when that is one unit,
 * except that nothing outside ASCII folds into ASCII (so `ſ` is not `s`, `K` is not `k`).
 */
function fold(unit: number): number {
  if (unit < 0x80) return unit >= 0x61 && unit <= 0x7a ? unit - 0x20 : unit;
  const upper = String.fromCharCode(unit).toUpperCase();
  if (upper.length !== 1) return unit;
  const folded = upper.charCodeAt(0);
  return folded < 0x80 ? unit : folded;
}

const STAR = 0x2a;
const QUESTION = 0x3f;

/**
 * `*` matches any run of characters and `?` exactly one (one UTF-16 unit), the rest literally
 * (IAM, StringLike). Greedy two-pointer matching that falls back only to the last `*`: O(n·m) at
 * worst and no allocation, where a regular expression built from the pattern backtracks
 * exponentially in the number of stars (18 of them froze the editor for half a minute).
 */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  let p = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    if (p < pattern.length) {
      const c = pattern.charCodeAt(p);
      if (c === STAR) {
        star = p++;
        resume = v;
        continue;
      }
      const u = value.charCodeAt(v);
      if (c === QUESTION || c === u || (ignoreCase && fold(c) === fold(u))) {
        p++;
        v++;
        continue;
      }
    }
    // A mismatch: let the last star swallow one more character and retry from just after it.
    if (star < 0) return false;
    p = star + 1;
    v = ++resume;
  }
  while (p < pattern.length && pattern.charCodeAt(p) === STAR) p++;
  return p === pattern.length;
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
