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
    const r = 'AssumeRoleWithWebIdentityResponse/AssumeRoleWithWebIdentityResult';
    expect(x.text.get(`${r}/SubjectFromWebIdentityToken`)).toBe('system:serviceaccount:default:s3-reader');
    expect(x.text.get(`${r}/Audience`)).toBe('sts.amazonaws.com');
    // Provider is the OIDC provider's ARN in the role's account (credential-flow.md), not the issuer URL.
    expect(x.text.get(`${r}/Provider`)).toBe(`arn:aws:iam::123456789012:oidc-provider/${P}`);
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
    expect(readXml(g.steps[2]!.exchanges[0]!.text).text.get('AssumeRoleWithWebIdentityResponse/AssumeRoleWithWebIdentityResult/Provider')).toBe(
      'arn:aws:iam::123456789012:oidc-provider/oidc.eks.ap-northeast-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
    );
  });
  it('a subject the policy does not name: the denial names the sub condition, not the principal', () => {
    const s = buildFlow('web-identity', { ...OPTS, subject: 'system:serviceaccount:default:other' }).steps[1]!;
    expect(s.decision?.failedCondition).toEqual({ statementIndex: 0, operator: 'StringEquals', key: `${P}:sub`, values: ['system:serviceaccount:default:s3-reader'] });
    expect([s.explanationKey, s.params.conditionKey, s.params.conditionSent]).toEqual(['explain.trust.conditionDeny', `${P}:sub`, 'system:serviceaccount:default:other']);
  });
});
