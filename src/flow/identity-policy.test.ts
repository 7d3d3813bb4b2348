import { describe, expect, it } from 'vitest';
import { assumeRolePolicy, delegatesToAccount, evaluateIdentityPolicy, identityDeniedMessage, readBucketPolicy } from './identity-policy';
import { parsePolicy } from './policy-parse';

const ROLE = 'arn:aws:iam::123456789012:role/partner-s3-reader';
const SESSION = { type: 'AWS', value: 'arn:aws:sts::111122223333:assumed-role/sample-role/i-0abc' } as const;
const first = (principal: string) => parsePolicy(`{"Statement":[{"Effect":"Allow","Principal":${principal},"Action":"sts:AssumeRole"}]}`).statements[0]!;

describe('identity-based policies (credential-flow.md, "Cross-account and other callers")', () => {
  it('an assume-role policy allows sts:AssumeRole on its role only', () => {
    const p = assumeRolePolicy('AssumePartner', ROLE);
    expect(evaluateIdentityPolicy(p, 'sts:AssumeRole', ROLE)).toEqual({ decision: 'allow', reason: 'explicit-allow', statementIndex: 0 });
    expect(evaluateIdentityPolicy(p, 'sts:AssumeRole', 'arn:aws:iam::123456789012:role/other').decision).toBe('deny');
  });
  it('a bucket-reading policy does not allow sts:AssumeRole', () => {
    const p = readBucketPolicy('s3-read', 'amzn-s3-demo-bucket');
    expect(evaluateIdentityPolicy(p, 's3:ListBucket', 'arn:aws:s3:::amzn-s3-demo-bucket').decision).toBe('allow');
    expect(evaluateIdentityPolicy(p, 'sts:AssumeRole', ROLE)).toEqual({ decision: 'deny', reason: 'implicit-deny' });
  });
  it('the denial reads "... because no identity-based policy allows the sts:AssumeRole action"', () => {
    expect(identityDeniedMessage('arn:aws:iam::111122223333:user/partner-app', 'sts:AssumeRole', ROLE, 'implicit-deny')).toBe(
      `User: arn:aws:iam::111122223333:user/partner-app is not authorized to perform: sts:AssumeRole on resource: ${ROLE} because no identity-based policy allows the sts:AssumeRole action`,
    );
  });
  it('an account principal (root ARN, bare id, *) delegates; the caller itself named in its own account does not', () => {
    expect(delegatesToAccount(first('{"AWS":"arn:aws:iam::111122223333:root"}'), SESSION, '111122223333', '111122223333')).toBe(true);
    expect(delegatesToAccount(first('{"AWS":"111122223333"}'), SESSION, '111122223333', '111122223333')).toBe(true);
    expect(delegatesToAccount(first('"*"'), SESSION, '111122223333', '111122223333')).toBe(true);
    expect(delegatesToAccount(first('{"AWS":"arn:aws:iam::111122223333:role/sample-role"}'), SESSION, '111122223333', '111122223333')).toBe(false);
    // Across accounts both sides always decide.
    expect(delegatesToAccount(first('{"AWS":"arn:aws:iam::111122223333:role/sample-role"}'), SESSION, '111122223333', '123456789012')).toBe(true);
    expect(delegatesToAccount(first('{"Service":"ec2.amazonaws.com"}'), { type: 'Service', value: 'ec2.amazonaws.com' }, '', '123456789012')).toBe(false);
  });
});
