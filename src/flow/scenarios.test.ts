import { describe, expect, it } from 'vitest';
import { parsePolicy } from './policy-parse';
import { SCENARIOS, SCENARIO_IDS, roleArnOf, scenarioById } from './scenarios';
import { defaultTrustPolicy } from './trust-templates';

describe('scenarios', () => {
  it('are listed in SCENARIO_IDS order, imdsv2 first', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual([...SCENARIO_IDS]);
    expect(SCENARIO_IDS[0]).toBe('imdsv2');
  });
  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: its default trust policy parses', (_id, s) => {
    expect(parsePolicy(defaultTrustPolicy(s, 'us-east-1')).statements.length).toBeGreaterThan(0);
  });
  it('uses the reference trust policy for EC2 roles', () => {
    expect(parsePolicy(defaultTrustPolicy(scenarioById('imdsv2'), 'us-east-1')).statements[0]).toMatchObject({
      effect: 'Allow',
      principal: { Service: ['ec2.amazonaws.com'] },
      action: ['sts:AssumeRole'],
    });
  });
  it("the aside's role is the talk's", () => {
    expect(roleArnOf(scenarioById('assume-role-from-instance'))).toBe('arn:aws:iam::111122223333:role/sample-role');
  });
  it('refuses an unknown id', () => {
    expect(() => scenarioById('imdsv3')).toThrow(/unknown scenario "imdsv3"/);
  });
});
