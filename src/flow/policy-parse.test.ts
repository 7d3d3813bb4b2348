import { describe, expect, it } from 'vitest';
import { parsePolicy } from './policy-parse';
import { EC2, errorOf } from './test-support/policy';

describe('parsePolicy', () => {
  it('reads the EC2 trust policy', () => {
    const p = parsePolicy(EC2);
    expect(p.version).toBe('2012-10-17');
    expect(p.statements).toEqual([
      { index: 0, sid: undefined, effect: 'Allow', principal: { Service: ['ec2.amazonaws.com'] }, action: ['sts:AssumeRole'], conditions: [] },
    ]);
  });
  it('accepts a single statement object, arrays, Sid, Id, NotPrincipal, NotAction and "*"', () => {
    const p = parsePolicy(
      '{"Id":"x","Statement":{"Sid":"S1","Effect":"Deny","NotPrincipal":{"AWS":["111122223333","arn:aws:iam::111122223333:root"]},"NotAction":["sts:TagSession","sts:*"]}}',
    );
    expect(p.id).toBe('x');
    expect(p.statements[0]).toMatchObject({ sid: 'S1', effect: 'Deny', notPrincipal: { AWS: ['111122223333', 'arn:aws:iam::111122223333:root'] }, notAction: ['sts:TagSession', 'sts:*'] });
    expect(parsePolicy('{"Statement":[{"Effect":"Allow","Principal":"*","Action":"*"}]}').statements[0]!.principal).toBe('*');
  });
  it('reads conditions: qualifiers, IfExists, numbers and booleans as text', () => {
    const p = parsePolicy(
      '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Condition":{"ForAnyValue:StringLikeIfExists":{"k":["a*",1,true]},"StringEquals":{"sts:ExternalId":"e"}}}]}',
    );
    expect(p.statements[0]!.conditions).toEqual([
      { operator: 'ForAnyValue:StringLikeIfExists', base: 'StringLike', qualifier: 'ForAnyValue', ifExists: true, key: 'k', values: ['a*', '1', 'true'] },
      { operator: 'StringEquals', base: 'StringEquals', qualifier: null, ifExists: false, key: 'sts:ExternalId', values: ['e'] },
    ]);
  });

  // What each refusal says, in words, is checked beside the catalogue (content/policy-words.test.ts).
  it('points at the offending value, not the element', () => {
    const text = EC2.replace('"Allow"', '"Permit"');
    const e = errorOf(text);
    expect(text.slice(e.offset, e.offset + 8)).toBe('"Permit"');
    expect([e.line, e.column]).toEqual([4, 17]);
  });
});
