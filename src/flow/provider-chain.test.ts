import { describe, expect, it } from 'vitest';
import { CHAIN_IDS, resolveChain, type CallerEnvironment, type ChainId } from './provider-chain';

const NOTHING: CallerEnvironment = { variables: {}, profile: null, credentialsFile: [], imds: 'not-an-instance' };

/** Each provider's state, in order, as one line: the shape the chain view draws. */
const states = (e: CallerEnvironment) => resolveChain(e).items.map((i) => `${i.id}:${i.state}`);
const answered = (id: ChainId) => CHAIN_IDS.map((c) => `${c}:${CHAIN_IDS.indexOf(c) < CHAIN_IDS.indexOf(id) ? 'skipped' : c === id ? 'answered' : 'not-reached'}`);

describe('the provider chain, in botocore order: skipped until one answers, the rest never reached', () => {
  it('an EC2 instance with a profile: every provider before IMDS looks and finds nothing; IMDSv2 answers', () => {
    const out = resolveChain({ ...NOTHING, imds: 'v2' });
    expect(out.answeredBy).toBe('imds');
    expect(states({ ...NOTHING, imds: 'v2' })).toEqual(answered('imds'));
    expect(out.items.map((i) => i.reason.id)).toEqual(['env-none', 'profile-no-role', 'web-identity-none', 'sso-none', 'shared-none', 'process-none', 'container-none', 'imds-v2']);
  });

  it('Lambda: the service set the execution role\'s keys and token in the environment, so the first provider answers', () => {
    const e = { ...NOTHING, variables: { AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE', AWS_SECRET_ACCESS_KEY: 's', AWS_SESSION_TOKEN: 't', AWS_LAMBDA_FUNCTION_NAME: 'f' } };
    expect(states(e)).toEqual(answered('environment'));
    expect(resolveChain(e).items[0]!.reason).toEqual({ id: 'env-keys-token' });
    expect(resolveChain(e).items[1]!.reason).toEqual({ id: 'after-answer', params: { provider: 'environment' } });
  });

  it('only one of the two keys is no credentials at all', () => {
    expect(resolveChain({ ...NOTHING, variables: { AWS_ACCESS_KEY_ID: 'AKID' } }).items[0]!.state).toBe('skipped');
  });

  it('an ECS task role: the container endpoint at 169.254.170.2 plus the relative URI', () => {
    const e = { ...NOTHING, variables: { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/6b0f' }, imds: 'v2' as const };
    expect(states(e)).toEqual(answered('container'));
    expect(resolveChain(e).items[6]!.reason).toEqual({ id: 'container-relative', params: { url: 'http://169.254.170.2/v2/credentials/6b0f' } });
  });

  it('EKS Pod Identity: the full URI of the agent at 169.254.170.23', () => {
    const e = { ...NOTHING, variables: { AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://169.254.170.23/v1/credentials', AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: '/var/run/secrets/pods.eks.amazonaws.com/serviceaccount/eks-pod-identity-token' } };
    expect(states(e)).toEqual(answered('container'));
    expect(resolveChain(e).items[6]!.reason.params).toEqual({ url: 'http://169.254.170.23/v1/credentials' });
  });

  it('a laptop profile with role_arn and source_profile answers before the shared credentials file it sources', () => {
    const e: CallerEnvironment = { ...NOTHING, variables: { AWS_PROFILE: 'admin' }, profile: { name: 'admin', role_arn: 'arn:aws:iam::111122223333:role/admin', source_profile: 'default' }, credentialsFile: ['default'] };
    expect(states(e)).toEqual(answered('assume-role-profile'));
    expect(resolveChain(e).items[1]!.reason.params).toEqual({ profile: 'admin', role: 'arn:aws:iam::111122223333:role/admin', source: 'default' });
  });

  it('a role_arn with no source is not an assume-role profile', () => {
    const e: CallerEnvironment = { ...NOTHING, profile: { name: 'x', role_arn: 'arn:aws:iam::111122223333:role/r' }, imds: 'v2' };
    expect(resolveChain(e).items[1]!.state).toBe('skipped');
  });

  it('web identity from the environment (EKS IRSA) or from the profile', () => {
    expect(states({ ...NOTHING, variables: { AWS_WEB_IDENTITY_TOKEN_FILE: '/var/run/secrets/eks.amazonaws.com/serviceaccount/token', AWS_ROLE_ARN: 'arn:aws:iam::111122223333:role/r' } })).toEqual(answered('web-identity'));
    expect(resolveChain({ ...NOTHING, profile: { name: 'p', role_arn: 'arn:aws:iam::111122223333:role/r', web_identity_token_file: '/t' } }).answeredBy).toBe('web-identity');
  });

  it('SSO, the shared credentials file of AWS_PROFILE, credential_process', () => {
    expect(resolveChain({ ...NOTHING, profile: { name: 'dev', sso_session: 'corp' } }).answeredBy).toBe('sso');
    expect(resolveChain({ ...NOTHING, variables: { AWS_PROFILE: 'ci' }, credentialsFile: ['default', 'ci'] }).items[4]!.reason).toEqual({ id: 'shared-file', params: { profile: 'ci' } });
    expect(resolveChain({ ...NOTHING, credentialsFile: ['ci'] }).items[4]!.reason).toEqual({ id: 'shared-none', params: { profile: 'default' } });
    expect(resolveChain({ ...NOTHING, profile: { name: 'p', credential_process: '/usr/bin/creds' } }).answeredBy).toBe('process');
  });

  it('IMDS switched off by AWS_EC2_METADATA_DISABLED, v1 blocked, the endpoint disabled, no role: nothing answers', () => {
    for (const [e, reason] of [
      [{ ...NOTHING, variables: { AWS_EC2_METADATA_DISABLED: 'true' }, imds: 'v2' }, 'imds-disabled-env'],
      [{ ...NOTHING, imds: 'v1-blocked' }, 'imds-v1-blocked'],
      [{ ...NOTHING, imds: 'endpoint-disabled' }, 'imds-endpoint-disabled'],
      [{ ...NOTHING, imds: 'no-role' }, 'imds-no-role'],
      [NOTHING, 'imds-not-an-instance'],
    ] as const) {
      const out = resolveChain(e);
      expect(out.answeredBy, reason).toBeNull();
      expect(out.items.every((i) => i.state === 'skipped'), reason).toBe(true);
      expect(out.items[7]!.reason.id).toBe(reason);
    }
  });

  it('AWS_EC2_METADATA_DISABLED is read as botocore reads it: only "true", in any case', () => {
    expect(resolveChain({ ...NOTHING, variables: { AWS_EC2_METADATA_DISABLED: 'TRUE' }, imds: 'v2' }).answeredBy).toBeNull();
    expect(resolveChain({ ...NOTHING, variables: { AWS_EC2_METADATA_DISABLED: '1' }, imds: 'v2' }).answeredBy).toBe('imds');
  });
});
