import { describe, expect, it } from 'vitest';
import { parsePolicy } from './policy-parse';
import { policyInForce, tryParsePolicy } from './policy-in-force';
import { PolicyError } from './policy-types';

const GOOD = '{"Statement":{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}}';
const previous = { text: GOOD, policy: parsePolicy(GOOD) };

describe('policyInForce', () => {
  it('takes a new text that parses', () => {
    const text = GOOD.replace('ec2', 'lambda');
    const edit = policyInForce(previous, text);
    expect(edit.error).toBeUndefined();
    expect(edit.inForce.text).toBe(text);
    expect(edit.inForce.policy.statements[0]!.principal).toEqual({ Service: ['lambda.amazonaws.com'] });
  });
  it('keeps the last valid policy and reports where the new one is wrong', () => {
    const edit = policyInForce(previous, '{\n  "Statement": [\n');
    expect(edit.inForce).toBe(previous);
    expect(edit.error).toBeInstanceOf(PolicyError);
    expect(edit.error!.line).toBe(3);
  });
  it('tryParsePolicy never throws for a bad policy', () => {
    expect(tryParsePolicy('nope').ok).toBe(false);
    expect(tryParsePolicy(GOOD).ok).toBe(true);
  });
});
