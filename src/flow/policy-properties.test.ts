/** Properties of the evaluator and the parser over generated inputs (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumnAt } from '../text/line-column';
import { evaluateTrustPolicy, type TrustRequest } from './policy-eval';
import { tryParsePolicy } from './policy-in-force';
import { scenarioById } from './scenarios';
import { defaultTrustPolicy } from './trust-templates';

const principal = fc.oneof(
  fc.constantFrom('ec2.amazonaws.com', 'lambda.amazonaws.com').map((value) => ({ type: 'Service' as const, value })),
  fc.constantFrom('arn:aws:iam::111122223333:user/a', 'arn:aws:sts::123456789012:assumed-role/r/s').map((value) => ({ type: 'AWS' as const, value })),
);
const request: fc.Arbitrary<TrustRequest> = fc.record({
  principal,
  action: fc.constantFrom('sts:AssumeRole', 'sts:AssumeRoleWithWebIdentity', 'sts:TagSession'),
  context: fc.dictionary(fc.constantFrom('sts:ExternalId', 'aws:SourceAccount', 'k'), fc.string({ maxLength: 4 })),
});
const statement = fc.record({
  effect: fc.constantFrom('Allow', 'Deny'),
  principal: fc.constantFrom('"*"', '{"Service":"ec2.amazonaws.com"}', '{"AWS":"111122223333"}', '{"AWS":"arn:aws:iam::123456789012:role/r"}'),
  action: fc.constantFrom('"*"', '"sts:AssumeRole"', '"sts:Assume*"', '["sts:TagSession","sts:AssumeRoleWith*"]'),
  condition: fc.constantFrom('', ',"Condition":{"StringEquals":{"k":"a"}}', ',"Condition":{"StringNotLikeIfExists":{"k":"a*"}}'),
});
const policyText = fc
  .array(statement, { minLength: 1, maxLength: 4 })
  .map((ss) => `{"Statement":[${ss.map((s) => `{"Effect":"${s.effect}","Principal":${s.principal},"Action":${s.action}${s.condition}}`).join(',')}]}`);

describe('trust-policy properties', () => {
  it('a matching Deny always wins', () => {
    fc.assert(
      fc.property(policyText, request, (text, req) => {
        const denyAll = text.replace(/\]\}$/, ',{"Effect":"Deny","Principal":"*","Action":"*"}]}');
        expect(evaluateTrustPolicy(denyAll, req)).toMatchObject({ decision: 'deny', reason: 'explicit-deny' });
      }),
    );
  });
  it('an allow always names an Allow statement, a deny with a statement names a Deny', () => {
    fc.assert(
      fc.property(policyText, request, (text, req) => {
        const d = evaluateTrustPolicy(text, req);
        const effects = [...text.matchAll(/"Effect":"(\w+)"/g)].map((m) => m[1]);
        if (d.statementIndex !== undefined) expect(effects[d.statementIndex]).toBe(d.decision === 'allow' ? 'Allow' : 'Deny');
        else expect(d.reason).toBe('implicit-deny');
      }),
    );
  });
  it('a cut-off or corrupted policy parses or names a place inside the text', () => {
    const base = defaultTrustPolicy(scenarioById('cross-account'), 'us-east-1');
    fc.assert(
      fc.property(fc.nat(base.length), fc.string({ maxLength: 3 }), (at, junk) => {
        const text = base.slice(0, at) + junk + base.slice(at + 1);
        const r = tryParsePolicy(text);
        if (r.ok) return;
        expect(r.error.offset).toBeGreaterThanOrEqual(0);
        expect(r.error.offset).toBeLessThanOrEqual(text.length);
        expect(lineColumnAt(text, r.error.offset)).toEqual({ line: r.error.line, column: r.error.column });
      }),
    );
  });
});
