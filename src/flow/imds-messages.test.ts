import { describe, expect, it } from 'vitest';
import { generateCredentials } from './credentials';
import { credentialDocument, metadataGet, notFoundResponse, textResponse, tokenRequest, tokenResponse, unauthorizedDocument, unauthorizedResponse } from './imds-messages';
import { header, splitHttp } from './test-support/http';

const DATE = new Date('2024-01-15T12:00:00Z');

describe('IMDS requests', () => {
  it('PUT /latest/api/token with the TTL header', () => {
    expect(tokenRequest()).toBe('PUT /latest/api/token HTTP/1.1\nHost: 169.254.169.254\nX-aws-ec2-metadata-token-ttl-seconds: 21600\n\n');
  });
  it('GET with the token (v2) or without (v1)', () => {
    expect(metadataGet('/latest/meta-data/iam/security-credentials/', 'TOKEN')).toBe(
      'GET /latest/meta-data/iam/security-credentials/ HTTP/1.1\nHost: 169.254.169.254\nX-aws-ec2-metadata-token: TOKEN\n\n',
    );
    expect(metadataGet('/latest/meta-data/iam/security-credentials/')).toBe('GET /latest/meta-data/iam/security-credentials/ HTTP/1.1\nHost: 169.254.169.254\n\n');
  });
});

describe('IMDS responses', () => {
  it.each([
    ['token', tokenResponse('AQAEA-token==', DATE), 'HTTP/1.1 200 OK', 'AQAEA-token=='],
    ['listing', textResponse('s3access', DATE), 'HTTP/1.1 200 OK', 's3access'],
    ['404', notFoundResponse(DATE), 'HTTP/1.1 404 Not Found', undefined],
    ['401', unauthorizedResponse(DATE), 'HTTP/1.1 401 Unauthorized', ''],
  ])('%s: status line, Content-Length of the body, IMF-fixdate', (_n, text, status, body) => {
    const m = splitHttp(text);
    expect(m.startLine).toBe(status);
    expect(Number(header(m, 'Content-Length'))).toBe(new TextEncoder().encode(m.body).length);
    expect(header(m, 'Date')).toBe('Mon, 15 Jan 2024 12:00:00 GMT');
    expect(header(m, 'Server')).toBe('EC2ws');
    if (body !== undefined) expect(m.body).toBe(body);
  });
  it('echoes the TTL on the token response', () => {
    expect(header(splitHttp(tokenResponse('t', DATE)), 'X-Aws-Ec2-Metadata-Token-Ttl-Seconds')).toBe('21600');
  });
  it('serves the 404 page as XHTML', () => {
    const m = splitHttp(notFoundResponse(DATE));
    expect(header(m, 'Content-Type')).toBe('text/html');
    expect(m.body).toContain('<title>404 - Not Found</title>');
  });
});

describe('credential documents', () => {
  const c = generateCredentials(1, DATE);
  it('has the keys, order and layout of IMDS (credential-flow.md)', () => {
    const text = credentialDocument(c);
    const doc = JSON.parse(text) as Record<string, string>;
    expect(Object.keys(doc)).toEqual(['Code', 'LastUpdated', 'Type', 'AccessKeyId', 'SecretAccessKey', 'Token', 'Expiration']);
    expect(doc).toEqual({
      Code: 'Success',
      LastUpdated: '2024-01-15T12:00:00Z',
      Type: 'AWS-HMAC',
      AccessKeyId: c.accessKeyId,
      SecretAccessKey: c.secretAccessKey,
      Token: c.sessionToken,
      Expiration: '2024-01-15T13:00:00Z',
    });
    expect(text.split('\n')[1]).toBe('  "Code" : "Success",');
  });
  it('says AssumeRoleUnauthorizedAccess when EC2 may not assume the role', () => {
    const doc = JSON.parse(unauthorizedDocument('s3access', '2024-01-15T12:00:00Z')) as Record<string, string>;
    expect(Object.keys(doc)).toEqual(['Code', 'Message', 'LastUpdated']);
    expect(doc.Code).toBe('AssumeRoleUnauthorizedAccess');
    expect(doc.Message).toMatch(/^EC2 cannot assume the role s3access\./);
  });
});
