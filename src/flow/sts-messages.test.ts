import { describe, expect, it } from 'vitest';
import { generateCredentials } from './credentials';
import { STS_NAMESPACE, accessDeniedMessage, assumeRoleResponse, assumedRoleUser, errorResponse, formBody, stsPost, webIdentityResponse } from './sts-messages';
import { header, splitHttp } from './test-support/http';
import { readXml } from './test-support/xml';

const creds = generateCredentials(1, '2024-01-15T12:00:00Z');
const user = assumedRoleUser('arn:aws:iam::123456789012:role/demo', 'AROAEXAMPLE', 'i-0abc');

describe('STS requests', () => {
  it('form-encodes like the reference body', () => {
    expect(formBody([['Action', 'AssumeRole'], ['Version', '2011-06-15'], ['RoleArn', 'arn:aws:iam::123456789012:role/demo'], ['RoleSessionName', 'i-0abc'], ['DurationSeconds', '3600']])).toBe(
      'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo&RoleSessionName=i-0abc&DurationSeconds=3600',
    );
    expect(formBody([['K', "a b*!'()~"]])).toBe('K=a%20b%2A%21%27%28%29~');
  });
  it('POSTs to the regional endpoint with the form content type and length', () => {
    const m = splitHttp(stsPost('eu-west-1', 'Action=GetCallerIdentity&Version=2011-06-15'));
    expect(m.startLine).toBe('POST / HTTP/1.1');
    expect(header(m, 'Host')).toBe('sts.eu-west-1.amazonaws.com');
    expect(header(m, 'Content-Type')).toBe('application/x-www-form-urlencoded; charset=utf-8');
    expect(header(m, 'Content-Length')).toBe(String(m.body.length));
  });
});

describe('STS answers', () => {
  it('AssumeRoleResponse has the documented elements and namespace', () => {
    const x = readXml(assumeRoleResponse(user, creds, 'req-1'));
    expect([x.root, x.namespace]).toEqual(['AssumeRoleResponse', STS_NAMESPACE]);
    expect(x.paths).toEqual([
      'AssumeRoleResponse',
      'AssumeRoleResponse/AssumeRoleResult',
      'AssumeRoleResponse/AssumeRoleResult/AssumedRoleUser',
      'AssumeRoleResponse/AssumeRoleResult/AssumedRoleUser/Arn',
      'AssumeRoleResponse/AssumeRoleResult/AssumedRoleUser/AssumedRoleId',
      'AssumeRoleResponse/AssumeRoleResult/Credentials',
      'AssumeRoleResponse/AssumeRoleResult/Credentials/AccessKeyId',
      'AssumeRoleResponse/AssumeRoleResult/Credentials/SecretAccessKey',
      'AssumeRoleResponse/AssumeRoleResult/Credentials/SessionToken',
      'AssumeRoleResponse/AssumeRoleResult/Credentials/Expiration',
      'AssumeRoleResponse/ResponseMetadata',
      'AssumeRoleResponse/ResponseMetadata/RequestId',
    ]);
    expect(x.text.get('AssumeRoleResponse/AssumeRoleResult/AssumedRoleUser/Arn')).toBe('arn:aws:sts::123456789012:assumed-role/demo/i-0abc');
    expect(x.text.get('AssumeRoleResponse/AssumeRoleResult/AssumedRoleUser/AssumedRoleId')).toBe('AROAEXAMPLE:i-0abc');
    expect(x.text.get('AssumeRoleResponse/AssumeRoleResult/Credentials/AccessKeyId')).toBe(creds.accessKeyId);
  });
  it('AssumeRoleWithWebIdentityResponse adds subject, audience and provider', () => {
    const x = readXml(webIdentityResponse(user, creds, { subject: 'a<b', audience: 'sts.amazonaws.com' }, 'arn:aws:iam::123456789012:oidc-provider/issuer/id/X', 'r'));
    const r = 'AssumeRoleWithWebIdentityResponse/AssumeRoleWithWebIdentityResult';
    expect(x.namespace).toBe(STS_NAMESPACE);
    expect(x.text.get(`${r}/SubjectFromWebIdentityToken`)).toBe('a&lt;b');
    expect(x.text.get(`${r}/Audience`)).toBe('sts.amazonaws.com');
    expect(x.text.get(`${r}/Provider`)).toBe('arn:aws:iam::123456789012:oidc-provider/issuer/id/X');
    expect(x.paths).toContain(`${r}/Credentials/SessionToken`);
  });
  it('ErrorResponse carries Type, Code, Message and RequestId', () => {
    const msg = accessDeniedMessage('arn:aws:iam::111122223333:user/u', 'arn:aws:iam::123456789012:role/demo');
    expect(msg).toBe('User: arn:aws:iam::111122223333:user/u is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/demo');
    const x = readXml(errorResponse('AccessDenied', msg, 'req'));
    expect(x.paths).toEqual(['ErrorResponse', 'ErrorResponse/Error', 'ErrorResponse/Error/Type', 'ErrorResponse/Error/Code', 'ErrorResponse/Error/Message', 'ErrorResponse/RequestId']);
    expect([x.text.get('ErrorResponse/Error/Type'), x.text.get('ErrorResponse/Error/Code'), x.text.get('ErrorResponse/Error/Message')]).toEqual(['Sender', 'AccessDenied', msg]);
  });
  it('drops a role path from the session ARN and refuses a non-role ARN', () => {
    expect(assumedRoleUser('arn:aws:iam::123456789012:role/ops/demo', 'AROAX', 's').arn).toBe('arn:aws:sts::123456789012:assumed-role/demo/s');
    expect(() => assumedRoleUser('arn:aws:iam::123456789012:user/demo', 'AROAX', 's')).toThrow(RangeError);
  });
});
