import { describe, expect, it } from 'vitest';
import { awsPrincipalMatches, evaluateTrustPolicy, type TrustDecision, type TrustRequest } from './policy-eval';
import { parsePolicy } from './policy-parse';
import { PolicyError } from './policy-types';

/** A policy of the given statements (each a JSON object text). */
const policy = (...statements: string[]): string => `{"Version":"2012-10-17","Statement":[${statements.join(',')}]}`;
const allow = (principal: string, action = '"sts:AssumeRole"', extra = ''): string => `{"Effect":"Allow","Principal":${principal},"Action":${action}${extra}}`;

const EC2: TrustRequest = { principal: { type: 'Service', value: 'ec2.amazonaws.com' }, action: 'sts:AssumeRole', context: {} };
const USER: TrustRequest = { principal: { type: 'AWS', value: 'arn:aws:iam::111122223333:user/partner-app' }, action: 'sts:AssumeRole', context: {} };
const SESSION: TrustRequest = { principal: { type: 'AWS', value: 'arn:aws:sts::111122223333:assumed-role/sample-role/i-0abc' }, action: 'sts:AssumeRole', context: {} };
const P = 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
const FED: TrustRequest = {
  principal: { type: 'Federated', value: `arn:aws:iam::123456789012:oidc-provider/${P}` },
  action: 'sts:AssumeRoleWithWebIdentity',
  context: { [`${P}:aud`]: 'sts.amazonaws.com', [`${P}:sub`]: 'system:serviceaccount:default:s3-reader' },
};
const withContext = (r: TrustRequest, context: TrustRequest['context']): TrustRequest => ({ ...r, context });
const cond = (c: string): string => `,"Condition":${c}`;

const ALLOW: TrustDecision = { decision: 'allow', reason: 'explicit-allow', statementIndex: 0 };
const IMPLICIT: TrustDecision = { decision: 'deny', reason: 'implicit-deny' };

const CASES: readonly (readonly [string, string, TrustRequest, TrustDecision])[] = [
  ['Service principal allows EC2', policy(allow('{"Service":"ec2.amazonaws.com"}')), EC2, ALLOW],
  ['Service principal in an array', policy(allow('{"Service":["lambda.amazonaws.com","ec2.amazonaws.com"]}')), EC2, ALLOW],
  ['another service does not', policy(allow('{"Service":"lambda.amazonaws.com"}')), EC2, IMPLICIT],
  ['"*" principal allows anyone', policy(allow('"*"')), USER, ALLOW],
  ['AWS "*" allows AWS principals', policy(allow('{"AWS":"*"}')), USER, ALLOW],
  ['AWS "*" does not name a service', policy(allow('{"AWS":"*"}')), EC2, IMPLICIT],
  ['account root ARN names its users', policy(allow('{"AWS":"arn:aws:iam::111122223333:root"}')), USER, ALLOW],
  ['account id names its users', policy(allow('{"AWS":"111122223333"}')), USER, ALLOW],
  ['another account does not', policy(allow('{"AWS":"arn:aws:iam::444455556666:root"}')), USER, IMPLICIT],
  ['exact user ARN', policy(allow('{"AWS":"arn:aws:iam::111122223333:user/partner-app"}')), USER, ALLOW],
  ['no partial wildcards in principals', policy(allow('{"AWS":"arn:aws:iam::111122223333:user/*"}')), USER, IMPLICIT],
  ['role ARN names its sessions', policy(allow('{"AWS":"arn:aws:iam::111122223333:role/sample-role"}')), SESSION, ALLOW],
  ['role ARN with a path names its sessions', policy(allow('{"AWS":"arn:aws:iam::111122223333:role/ops/sample-role"}')), SESSION, ALLOW],
  ['EC2 trust does not name the role itself', policy(allow('{"Service":"ec2.amazonaws.com"}')), SESSION, IMPLICIT],
  ['Federated provider', policy(allow(`{"Federated":"arn:aws:iam::123456789012:oidc-provider/${P}"}`, '"sts:AssumeRoleWithWebIdentity"')), FED, ALLOW],
  ['AssumeRole does not cover AssumeRoleWithWebIdentity', policy(allow(`{"Federated":"arn:aws:iam::123456789012:oidc-provider/${P}"}`)), FED, IMPLICIT],
  ['sts:* covers AssumeRole', policy(allow('{"Service":"ec2.amazonaws.com"}', '"sts:*"')), EC2, ALLOW],
  ['* covers everything', policy(allow('{"Service":"ec2.amazonaws.com"}', '"*"')), EC2, ALLOW],
  ['prefix wildcard', policy(allow('{"Service":"ec2.amazonaws.com"}', '"sts:Assume*"')), EC2, ALLOW],
  ['? is one character', policy(allow('{"Service":"ec2.amazonaws.com"}', '"sts:AssumeRol?"')), EC2, ALLOW],
  ['? is exactly one character', policy(allow('{"Service":"ec2.amazonaws.com"}', '"sts:AssumeRo?"')), EC2, IMPLICIT],
  ['actions match case-insensitively', policy(allow('{"Service":"ec2.amazonaws.com"}', '"STS:assumerole"')), EC2, ALLOW],
  ['NotAction allows what it does not list', '{"Statement":{"Effect":"Allow","Principal":"*","NotAction":"sts:TagSession"}}', EC2, ALLOW],
  ['NotAction leaves out what it lists', '{"Statement":{"Effect":"Allow","Principal":"*","NotAction":"sts:Assume*"}}', EC2, IMPLICIT],
  [
    'NotPrincipal Deny spares only who it lists',
    policy(allow('"*"'), '{"Effect":"Deny","NotPrincipal":{"Service":"ec2.amazonaws.com"},"Action":"*"}'),
    USER,
    { decision: 'deny', reason: 'explicit-deny', statementIndex: 1 },
  ],
  ['NotPrincipal Deny spares who it lists', policy(allow('"*"'), '{"Effect":"Deny","NotPrincipal":{"Service":"ec2.amazonaws.com"},"Action":"*"}'), EC2, ALLOW],
  [
    'an explicit Deny wins over an Allow',
    policy(allow('{"Service":"ec2.amazonaws.com"}'), '{"Sid":"NoEC2","Effect":"Deny","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:*"}'),
    EC2,
    { decision: 'deny', reason: 'explicit-deny', statementIndex: 1, sid: 'NoEC2' },
  ],
  ['a Deny that does not match changes nothing', policy(allow('{"Service":"ec2.amazonaws.com"}'), '{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"*"}'), EC2, ALLOW],
  ['the Sid is reported', policy('{"Sid":"TrustEC2","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}'), EC2, { ...ALLOW, sid: 'TrustEC2' }],
];

const X = policy(allow('{"AWS":"arn:aws:iam::111122223333:root"}', '"sts:AssumeRole"', cond('{"StringEquals":{"sts:ExternalId":"Example-Corp-7f3a"}}')));
const CONDITIONS: readonly (readonly [string, string, TrustRequest, TrustDecision])[] = [
  ['StringEquals matches', X, withContext(USER, { 'sts:ExternalId': 'Example-Corp-7f3a' }), ALLOW],
  ['StringEquals is case-sensitive', X, withContext(USER, { 'sts:ExternalId': 'example-corp-7f3a' }), IMPLICIT],
  ['StringEquals with the key missing', X, USER, IMPLICIT],
  ['condition keys match case-insensitively', X, withContext(USER, { 'STS:externalid': 'Example-Corp-7f3a' }), ALLOW],
  ['values are ORed', policy(allow('"*"', '"*"', cond('{"StringEquals":{"k":["a","b"]}}'))), withContext(USER, { k: 'b' }), ALLOW],
  ['StringEqualsIgnoreCase', policy(allow('"*"', '"*"', cond('{"StringEqualsIgnoreCase":{"k":"ABC"}}'))), withContext(USER, { k: 'abc' }), ALLOW],
  ['StringNotEquals holds for another value', policy(allow('"*"', '"*"', cond('{"StringNotEquals":{"k":["a","b"]}}'))), withContext(USER, { k: 'c' }), ALLOW],
  ['StringNotEquals fails for any listed value', policy(allow('"*"', '"*"', cond('{"StringNotEquals":{"k":["a","b"]}}'))), withContext(USER, { k: 'b' }), IMPLICIT],
  ['StringNotEquals holds when the key is missing', policy(allow('"*"', '"*"', cond('{"StringNotEquals":{"k":"a"}}'))), USER, ALLOW],
  ['StringNotEqualsIgnoreCase', policy(allow('"*"', '"*"', cond('{"StringNotEqualsIgnoreCase":{"k":"A"}}'))), withContext(USER, { k: 'a' }), IMPLICIT],
  ['StringLike with *', policy(allow('"*"', '"*"', cond(`{"StringLike":{"${P}:sub":"system:serviceaccount:default:*"}}`))), FED, ALLOW],
  ['StringLike with ?', policy(allow('"*"', '"*"', cond('{"StringLike":{"k":"a?c"}}'))), withContext(USER, { k: 'abc' }), ALLOW],
  ['StringLike is anchored', policy(allow('"*"', '"*"', cond('{"StringLike":{"k":"b*"}}'))), withContext(USER, { k: 'abc' }), IMPLICIT],
  ['StringLike takes regex characters literally', policy(allow('"*"', '"*"', cond('{"StringLike":{"k":"a.c"}}'))), withContext(USER, { k: 'abc' }), IMPLICIT],
  ['StringNotLike', policy(allow('"*"', '"*"', cond('{"StringNotLike":{"k":"prod-*"}}'))), withContext(USER, { k: 'prod-1' }), IMPLICIT],
  ['StringNotLike with the key missing holds', policy(allow('"*"', '"*"', cond('{"StringNotLike":{"k":"prod-*"}}'))), USER, ALLOW],
  ['IfExists: missing key holds', policy(allow('"*"', '"*"', cond('{"StringEqualsIfExists":{"aws:SourceAccount":"123456789012"}}'))), EC2, ALLOW],
  ['IfExists: present key must match', policy(allow('"*"', '"*"', cond('{"StringEqualsIfExists":{"aws:SourceAccount":"123456789012"}}'))), withContext(EC2, { 'aws:SourceAccount': '444455556666' }), IMPLICIT],
  ['keys are ANDed', policy(allow('"*"', '"*"', cond(`{"StringEquals":{"${P}:aud":"sts.amazonaws.com","${P}:sub":"system:serviceaccount:default:other"}}`))), FED, IMPLICIT],
  ['operators are ANDed', policy(allow('"*"', '"*"', cond(`{"StringEquals":{"${P}:aud":"sts.amazonaws.com"},"StringLike":{"${P}:sub":"*:s3-reader"}}`))), FED, ALLOW],
  ['ForAnyValue: one value matches', policy(allow('"*"', '"*"', cond('{"ForAnyValue:StringEquals":{"aws:TagKeys":["team","env"]}}'))), withContext(USER, { 'aws:TagKeys': ['cost', 'env'] }), ALLOW],
  ['ForAnyValue: none match', policy(allow('"*"', '"*"', cond('{"ForAnyValue:StringEquals":{"aws:TagKeys":["team"]}}'))), withContext(USER, { 'aws:TagKeys': ['cost', 'env'] }), IMPLICIT],
  ['ForAnyValue: missing key is false', policy(allow('"*"', '"*"', cond('{"ForAnyValue:StringEquals":{"aws:TagKeys":["team"]}}'))), USER, IMPLICIT],
  ['ForAllValues: every value matches', policy(allow('"*"', '"*"', cond('{"ForAllValues:StringLike":{"aws:TagKeys":["team","env*"]}}'))), withContext(USER, { 'aws:TagKeys': ['team', 'env2'] }), ALLOW],
  ['ForAllValues: one value does not', policy(allow('"*"', '"*"', cond('{"ForAllValues:StringEquals":{"aws:TagKeys":["team"]}}'))), withContext(USER, { 'aws:TagKeys': ['team', 'env'] }), IMPLICIT],
  ['ForAllValues: missing key is true', policy(allow('"*"', '"*"', cond('{"ForAllValues:StringEquals":{"aws:TagKeys":["team"]}}'))), USER, ALLOW],
  ['ForAnyValue:…IfExists: missing key holds', policy(allow('"*"', '"*"', cond('{"ForAnyValue:StringEqualsIfExists":{"aws:TagKeys":["team"]}}'))), USER, ALLOW],
  ['a multivalued key without qualifier needs one match', policy(allow('"*"', '"*"', cond('{"StringEquals":{"k":"b"}}'))), withContext(USER, { k: ['a', 'b'] }), ALLOW],
  ['a Deny with a condition wins when it holds', policy(allow('"*"'), `{"Effect":"Deny","Principal":"*","Action":"*"${cond('{"StringNotEquals":{"sts:ExternalId":"ok"}}')}}`), withContext(USER, { 'sts:ExternalId': 'no' }), { decision: 'deny', reason: 'explicit-deny', statementIndex: 1 }],
];

describe('evaluateTrustPolicy: elements', () => {
  it.each(CASES)('%s', (_name, text, request, expected) => {
    expect(evaluateTrustPolicy(text, request)).toEqual(expected);
  });
});

describe('evaluateTrustPolicy: conditions', () => {
  it.each(CONDITIONS)('%s', (_name, text, request, expected) => {
    // The failing clause a condition denial names is checked below; here the verdict.
    const { failedCondition, ...rest } = evaluateTrustPolicy(text, request);
    expect(rest).toEqual(expected);
    expect(failedCondition !== undefined).toBe(expected.reason === 'implicit-deny');
  });
});

describe('evaluateTrustPolicy', () => {
  it('takes a parsed policy as well as text', () => {
    const text = policy(allow('{"Service":"ec2.amazonaws.com"}'));
    expect(evaluateTrustPolicy(parsePolicy(text), EC2)).toEqual(evaluateTrustPolicy(text, EC2));
  });
  it('throws PolicyError for a text that does not parse', () => {
    expect(() => evaluateTrustPolicy('{', EC2)).toThrow(PolicyError);
  });
  it('matches sessions only of the same role, account and partition', () => {
    expect(awsPrincipalMatches('arn:aws:iam::111122223333:role/other', SESSION.principal.value)).toBe(false);
    expect(awsPrincipalMatches('arn:aws:iam::444455556666:role/sample-role', SESSION.principal.value)).toBe(false);
    expect(awsPrincipalMatches('arn:aws-cn:iam::111122223333:role/sample-role', SESSION.principal.value)).toBe(false);
  });
});

describe('evaluateTrustPolicy: a failing condition is named (credential-flow.md: "the denial is about the condition, not the principal")', () => {
  it('names the statement, operator, key and values of the first failing clause', () => {
    expect(evaluateTrustPolicy(X, withContext(USER, { 'sts:ExternalId': 'wrong' }))).toEqual({
      decision: 'deny',
      reason: 'implicit-deny',
      failedCondition: { statementIndex: 0, operator: 'StringEquals', key: 'sts:ExternalId', values: ['Example-Corp-7f3a'] },
    });
    expect(evaluateTrustPolicy(X, USER).failedCondition?.key).toBe('sts:ExternalId');
  });
  it('names the second clause when only it fails, with the statement’s Sid', () => {
    const two = policy(`{"Sid":"Irsa","Effect":"Allow","Principal":"*","Action":"*","Condition":{"StringEquals":{"${P}:aud":"sts.amazonaws.com","${P}:sub":"system:serviceaccount:default:other"}}}`);
    expect(evaluateTrustPolicy(two, FED).failedCondition).toEqual({ statementIndex: 0, sid: 'Irsa', operator: 'StringEquals', key: `${P}:sub`, values: ['system:serviceaccount:default:other'] });
  });
  it('names no condition when the principal does not match', () => {
    expect(evaluateTrustPolicy(X, EC2)).toEqual(IMPLICIT);
  });
});
