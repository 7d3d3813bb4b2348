/** The provider chain in words: every provider, state and reason it can give has them in both languages, every slot filled. */
import { describe, expect, it } from 'vitest';
import { CHAIN_IDS, resolveChain, type CallerEnvironment } from '../flow';
import { loadLang, loadSection, t } from './i18n';

const NOTHING: CallerEnvironment = { variables: {}, profile: null, credentialsFile: [], imds: 'not-an-instance' };

describe('the chain in words, English and Japanese', () => {
  const REASONS: readonly CallerEnvironment[] = [
    { ...NOTHING, imds: 'v2' },
    { ...NOTHING, imds: 'v1' },
    { ...NOTHING, variables: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' } },
    { ...NOTHING, variables: { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_SESSION_TOKEN: 'c' } },
    { ...NOTHING, profile: { name: 'admin', role_arn: 'arn:aws:iam::111122223333:role/admin', source_profile: 'default' } },
    { ...NOTHING, variables: { AWS_WEB_IDENTITY_TOKEN_FILE: '/t', AWS_ROLE_ARN: 'arn:aws:iam::111122223333:role/r' } },
    { ...NOTHING, profile: { name: 'p', role_arn: 'arn:aws:iam::111122223333:role/r', web_identity_token_file: '/t' } },
    { ...NOTHING, profile: { name: 'dev', sso_session: 'corp' } },
    { ...NOTHING, credentialsFile: ['default'] },
    { ...NOTHING, profile: { name: 'p', credential_process: '/usr/bin/creds' } },
    { ...NOTHING, variables: { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/x' } },
    { ...NOTHING, variables: { AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://169.254.170.23/v1/credentials' } },
    { ...NOTHING, variables: { AWS_EC2_METADATA_DISABLED: 'true' } },
    { ...NOTHING, imds: 'v1-blocked' },
    { ...NOTHING, imds: 'endpoint-disabled' },
    { ...NOTHING, imds: 'no-role' },
    NOTHING,
  ];

  it('every provider, state and reason has its words, every slot filled', async () => {
    await Promise.all([loadLang('ja'), loadSection('views', 'en'), loadSection('views', 'ja')]);
    const seen = new Set<string>();
    for (const lang of ['en', 'ja'] as const) {
      for (const id of CHAIN_IDS) expect(t(lang, `chain.${id}`), `${lang} chain.${id}`).not.toBe(`chain.${id}`);
      for (const state of ['answered', 'skipped', 'not-reached'] as const) expect(t(lang, `chain.state.${state}`)).not.toBe(`chain.state.${state}`);
      for (const e of REASONS) {
        for (const item of resolveChain(e).items) {
          const key = `chain.reason.${item.reason.id}` as const;
          const text = t(lang, key, (item.reason.params ?? {}) as never);
          expect(text, `${lang} ${key}`).not.toBe(key);
          expect(text, `${lang} ${key}`).not.toMatch(/\{\w+\}/);
          seen.add(item.reason.id);
        }
      }
    }
    // Every reason the chain can give was worded above.
    expect(seen.size).toBe(25);
  });
});
