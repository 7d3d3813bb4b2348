import { describe, expect, it } from 'vitest';
import { generateCredentials } from './credentials';
import { BOTOCORE_USER_AGENT, credentialDocument, metadataGet, notFoundResponse, textResponse, tokenRequest, tokenResponse, unauthorizedDocument, unauthorizedResponse } from './imds-messages';
import { header, splitHttp } from './test-support/http';

const DATE = new Date('2024-01-15T12:00:00Z');

describe('IMDS requests', () => {
  // credential-flow.md, "What SDKs send": lower-case token headers, the User-Agent, Content-Length: 0 on the PUT.
  it('PUT /latest/api/token as botocore sends it', () => {
    expect(tokenRequest()).toBe(
      `PUT /latest/api/token HTTP/1.1\nHost: 169.254.169.254\nx-aws-ec2-metadata-token-ttl-seconds: 21600\nUser-Agent: ${BOTOCORE_USER_AGENT}\nContent-Length: 0\n\n`,
    );
    expect(BOTOCORE_USER_AGENT).toMatch(/^Botocore\/1\.\d+\.\d+ Python\/3\.\d+\.\d+ Linux\/\S+$/);
  });
  it('GET with the token (v2) or without (v1), User-Agent always, no body so no Content-Length', () => {
    expect(metadataGet('/latest/meta-data/iam/security-credentials/', 'TOKEN')).toBe(
      `GET /latest/meta-data/iam/security-credentials/ HTTP/1.1\nHost: 169.254.169.254\nx-aws-ec2-metadata-token: TOKEN\nUser-Agent: ${BOTOCORE_USER_AGENT}\n\n`,
    );
    expect(metadataGet('/latest/meta-data/iam/security-credentials/')).toBe(
      `GET /latest/meta-data/iam/security-credentials/ HTTP/1.1\nHost: 169.254.169.254\nUser-Agent: ${BOTOCORE_USER_AGENT}\n\n`,
    );
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
  it('echoes the TTL on the token response, and the seconds left on answers to token GETs', () => {
    expect(header(splitHttp(tokenResponse('t', DATE)), 'X-Aws-Ec2-Metadata-Token-Ttl-Seconds')).toBe('21600');
    expect(textResponse('s3access', DATE, 21543)).toContain('\nX-Aws-Ec2-Metadata-Token-Ttl-Seconds: 21543\n');
    expect(textResponse('s3access', DATE)).not.toMatch(/Ttl-Seconds/i);
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
