import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { header, splitHttp } from './test-support/http';
import { readXml } from './test-support/xml';

const OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;

describe('web-identity', () => {
  const f = buildFlow('web-identity', OPTS);
  const P = 'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';
  it('sends the OIDC token to AssumeRoleWithWebIdentity, unsigned', () => {
    const [claims, request] = f.steps[0]!.exchanges;
    const m = splitHttp(request!.text);
    expect(header(m, 'Authorization')).toBeUndefined();
    const params = new URLSearchParams(m.body);
    expect([params.get('Action'), params.get('RoleSessionName')]).toEqual(['AssumeRoleWithWebIdentity', 'botocore-session-1705320000']);
    const jwt = params.get('WebIdentityToken')!.split('.');
    expect(jwt).toHaveLength(3);
    expect(JSON.parse(Buffer.from(jwt[1]!, 'base64url').toString())).toEqual(JSON.parse(claims!.text));
    expect(JSON.parse(claims!.text)).toMatchObject({ aud: ['sts.amazonaws.com'], iss: `https://${P}`, sub: 'system:serviceaccount:default:s3-reader' });
    expect(Buffer.from(jwt[2]!, 'base64url')).toHaveLength(256);
  });
  it('the trust check asks about the Federated provider with aud and sub', () => {
    const s = f.steps[1]!;
    expect(JSON.parse(s.exchanges[0]!.text)).toEqual({
      Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${P}` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Resource: 'arn:aws:iam::123456789012:role/eks-s3-reader',
      Context: { [`${P}:aud`]: 'sts.amazonaws.com', [`${P}:sub`]: 'system:serviceaccount:default:s3-reader' },
    });
    expect(s.outcome).toBe('ok');
  });
  it('answers with AssumeRoleWithWebIdentityResponse', () => {
    const x = readXml(f.steps[2]!.exchanges[0]!.text);
    expect(x.root).toBe('AssumeRoleWithWebIdentityResponse');
    expect(x.text.get('AssumeRoleWithWebIdentityResponse/AssumeRoleWithWebIdentityResult/SubjectFromWebIdentityToken')).toBe('system:serviceaccount:default:s3-reader');
    expect(f.handoff?.credentials.accessKeyId).toBe(f.credentials?.accessKeyId);
  });
  it('another service account is denied', () => {
    const g = buildFlow('web-identity', { ...OPTS, subject: 'system:serviceaccount:default:other' });
    expect(g.steps.map((s) => s.outcome)).toEqual(['ok', 'fail', 'fail']);
    expect(readXml(g.steps[2]!.exchanges[0]!.text).text.get('ErrorResponse/Error/Message')).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity');
  });
  it('puts the region into the provider', () => {
    const g = buildFlow('web-identity', { ...OPTS, region: 'ap-northeast-1' });
    expect(g.policy.text).toContain('oidc.eks.ap-northeast-1.amazonaws.com/id/');
    expect(g.steps[1]!.outcome).toBe('ok');
  });
});
