/**
 * The policy editors' rule: an edit that does not parse leaves the last valid policy in force,
 * and says what is wrong and where, so the flow never runs on half a policy.
 */
import { parsePolicy } from './policy-parse';
import { PolicyError, type Policy, type PolicyKind } from './policy-types';

/** A policy text that parsed, with its parse. */
export interface ValidPolicy {
  readonly text: string;
  readonly policy: Policy;
}

/** The policy in force after an edit, and the edit's error if it was refused. */
export interface PolicyEdit {
  readonly inForce: ValidPolicy;
  readonly error?: PolicyError | undefined;
}

/** Parses a text (a trust policy unless `kind` says otherwise) without throwing for a bad policy. */
export function tryParsePolicy(text: string, kind: PolicyKind = 'trust'): { ok: true; policy: Policy } | { ok: false; error: PolicyError } {
  try {
    return { ok: true, policy: parsePolicy(text, kind) };
  } catch (error) {
    if (error instanceof PolicyError) return { ok: false, error };
    throw error;
  }
}

/** The new text if it parses, else the previous valid policy and the error. */
export function policyInForce(previous: ValidPolicy, text: string, kind: PolicyKind = 'trust'): PolicyEdit {
  const r = tryParsePolicy(text, kind);
  return r.ok ? { inForce: { text, policy: r.policy } } : { inForce: previous, error: r.error };
}
