/** The permission-policy side of the evaluator and the parser: Resource instead of Principal, wildcards, conditions, explicit deny. */
import { describe, expect, it } from 'vitest';
import { BUCKET_ARN, defaultPermissionPolicy } from './endpoint-steps';
import { evaluatePermissionPolicy } from './policy-eval';
import { tryParsePolicy } from './policy-in-force';
import { PolicyError } from './policy-types';

const list = { action: 's3:ListBucket', resource: BUCKET_ARN, context: { 'aws:SecureTransport': 'true' } };
const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe('evaluatePermissionPolicy', () => {
  it('the default policy allows listing the bucket, by its first statement', () => {
    expect(evaluatePermissionPolicy(defaultPermissionPolicy(), list)).toEqual({ decision: 'allow', reason: 'explicit-allow', statementIndex: 0, sid: 'ListTheBucket' });
  });
  it('matches actions with wildcards, case-insensitively, and resources with wildcards, case-sensitively', () => {
    expect(evaluatePermissionPolicy(doc({ Effect: 'Allow', Action: 'S3:list*', Resource: 'arn:aws:s3:::amzn-s3-*' }), list).decision).toBe('allow');
    expect(evaluatePermissionPolicy(doc({ Effect: 'Allow', Action: 's3:List*', Resource: 'arn:aws:s3:::AMZN-s3-*' }), list).reason).toBe('implicit-deny');
  });
  it('the object ARN does not cover the bucket: s3:GetObject on bucket/* alone is an implicit deny', () => {
    expect(evaluatePermissionPolicy(doc({ Effect: 'Allow', Action: '*', Resource: `${BUCKET_ARN}/*` }), list).reason).toBe('implicit-deny');
  });
  it('an explicit Deny wins over the Allow; NotResource and conditions decide whether a statement applies', () => {
    const deny = { Sid: 'NoListing', Effect: 'Deny', Action: 's3:ListBucket', Resource: '*' };
    expect(evaluatePermissionPolicy(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, deny), list)).toEqual({ decision: 'deny', reason: 'explicit-deny', statementIndex: 1, sid: 'NoListing' });
    expect(evaluatePermissionPolicy(doc({ Effect: 'Allow', Action: 's3:*', NotResource: BUCKET_ARN }), list).reason).toBe('implicit-deny');
    const insecure = { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:SecureTransport': 'false' } } };
    expect(evaluatePermissionPolicy(doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }, insecure), list).decision).toBe('allow');
  });
  it('refuses a Principal and a missing Resource with a located error; a trust policy still refuses Resource', () => {
    const withPrincipal = '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Effect": "Allow",\n    "Principal": "*",\n    "Action": "s3:*",\n    "Resource": "*"\n  }\n}';
    const r = tryParsePolicy(withPrincipal, 'permission');
    expect(r.ok).toBe(false);
    const e = (r as { error: PolicyError }).error;
    expect([e.line, e.column, e.path, e.expected]).toEqual([5, 5, 'Statement.Principal', { rule: 'no-principal' }]);
    const noResource = tryParsePolicy(doc({ Effect: 'Allow', Action: 's3:*' }), 'permission');
    expect(noResource.ok === false && noResource.error.expected).toEqual({ rule: 'element-either', names: { a: 'Resource', b: 'NotResource' } });
    expect(tryParsePolicy(defaultPermissionPolicy(), 'trust').ok).toBe(false);
  });
});
