import { describe, expect, it } from 'vitest';
import { parsePolicy } from './policy-parse';
import { PolicyError } from './policy-types';

/** The PolicyError a text raises, or a failure when it parses. */
function errorOf(text: string): PolicyError {
  try {
    parsePolicy(text);
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error('expected a PolicyError');
}

const EC2 = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }
  ]
}`;

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

  it('names the line and column of invalid JSON', () => {
    const e = errorOf('{\n  "Statement": [\n    { "Effect": "Allow", }\n  ]\n}');
    expect([e.line, e.column, e.path]).toEqual([3, 26, '']);
    expect(e.expected).toBe('a string');
    expect(e.message).toBe('3:26: expected a string');
  });
  it('names the place of an unknown element', () => {
    const e = errorOf(EC2.replace('"Principal"', '"Principle"'));
    expect([e.line, e.column, e.path, e.found]).toEqual([4, 26, 'Statement[0].Principle', 'Principle']);
    expect(e.expected).toContain('Principal');
  });
  it.each([
    ['Resource in a statement', EC2.replace('"Action"', '"Resource": "*", "Action"'), 'Statement[0].Resource', /no Resource/],
    ['unknown top-level element', '{"Statment": []}', 'Statment', /one of Version, Id, Statement/],
    ['missing Statement', '{"Version": "2012-10-17"}', 'Statement', /"Statement"/],
    ['empty Statement array', '{"Statement": []}', 'Statement', /at least one/],
    ['bad Version', EC2.replace('2012-10-17', '2012-10-18'), 'Version', /2012-10-17/],
    ['bad Effect', EC2.replace('"Allow"', '"allow"'), 'Statement[0].Effect', /"Allow" or "Deny"/],
    ['missing Effect', '{"Statement":[{"Principal":"*","Action":"*"}]}', 'Statement[0].Effect', /Effect/],
    ['Principal and NotPrincipal', '{"Statement":[{"Effect":"Allow","Principal":"*","NotPrincipal":"*","Action":"*"}]}', 'Statement[0].NotPrincipal', /not both/],
    ['no Action', '{"Statement":[{"Effect":"Allow","Principal":"*"}]}', 'Statement[0].Action', /"Action" or "NotAction"/],
    ['bad action', EC2.replace('"sts:AssumeRole"', '"sts*:AssumeRole"'), 'Statement[0].Action', /sts:AssumeRole/],
    ['unknown principal type', EC2.replace('"Service"', '"Services"'), 'Statement[0].Principal.Services', /AWS, Service, Federated/],
    ['bad AWS principal', EC2.replace('"Service": "ec2.amazonaws.com"', '"AWS": ["111122223333", "arn:aws:iam::1:root"]'), 'Statement[0].Principal.AWS[1]', /account id or an ARN/],
    ['bad service principal', EC2.replace('ec2.amazonaws.com', 'ec2'), 'Statement[0].Principal.Service', /service principal/],
    ['principal string other than *', EC2.replace('{ "Service": "ec2.amazonaws.com" }', '"ec2.amazonaws.com"'), 'Statement[0].Principal', /"\*"/],
    ['unknown operator', EC2.replace('"Action"', '"Condition": {"NumericLessThan": {"k": "1"}}, "Action"'), 'Statement[0].Condition.NumericLessThan', /string condition operator/],
    ['operator with no keys', EC2.replace('"Action"', '"Condition": {"StringEquals": {}}, "Action"'), 'Statement[0].Condition.StringEquals', /condition keys/],
    ['null condition value', EC2.replace('"Action"', '"Condition": {"StringEquals": {"k": null}}, "Action"'), 'Statement[0].Condition.StringEquals.k', /string, number or boolean/],
    ['repeated element', EC2.replace('"Action"', '"Effect": "Deny", "Action"'), 'Statement[0].Effect', /single "Effect"/],
    ['not an object', '[]', '', /JSON object/],
  ])('refuses %s at its path', (_name, text, path, expected) => {
    const e = errorOf(text);
    expect(e.path).toBe(path);
    expect(e.expected).toMatch(expected);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
  });
  it('points at the offending value, not the element', () => {
    const text = EC2.replace('"Allow"', '"Permit"');
    const e = errorOf(text);
    expect(text.slice(e.offset, e.offset + 8)).toBe('"Permit"');
    expect([e.line, e.column]).toEqual([4, 17]);
  });
});
