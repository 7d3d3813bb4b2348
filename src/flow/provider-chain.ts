/**
 * The SDK's credential provider chain, pure: where a caller's software looks for credentials, in
 * botocore's order (`create_credential_resolver`), and what each provider finds in the caller's
 * environment. The first provider that has credentials answers; the ones before it were skipped,
 * each saying what it looked for; the ones after it are never reached. Returns reason ids with their
 * parameters; the words are the catalogue's (`chain.<id>`, `chain.reason.<reason>`).
 *
 * botocore also asks `aws login` (after the shared credentials file) and the config file's own keys
 * (after `credential_process`); no scenario of the flow has either, so the chain shows the eight
 * providers a scenario can be answered or stopped by.
 */

/** The providers the flow shows, in the order the SDK asks them. */
export const CHAIN_IDS = ['environment', 'assume-role-profile', 'web-identity', 'sso', 'shared-credentials', 'process', 'container', 'imds'] as const;
export type ChainId = (typeof CHAIN_IDS)[number];

export type ChainState = 'answered' | 'skipped' | 'not-reached';

/** The active profile of `~/.aws/config` (`AWS_PROFILE`, else `default`), with the settings the chain reads. */
export interface ConfigProfile {
  readonly name: string;
  readonly role_arn?: string;
  readonly source_profile?: string;
  readonly credential_source?: 'Ec2InstanceMetadata' | 'EcsContainer' | 'Environment';
  readonly web_identity_token_file?: string;
  readonly sso_session?: string;
  readonly credential_process?: string;
}

/** How the instance metadata service answers this caller, if it runs on an instance at all. */
export type ImdsAccess =
  | 'v2'
  | 'v1'
  /** The token PUT got no answer (one hop too many) and the SDK went on without it: IMDSv1 answered. */
  | 'v1-fallback'
  /** The token PUT got no answer and the instance requires tokens: the plain GET answered 401. */
  | 'token-required'
  /** The token PUT got no answer and the SDK may not fall back (`ec2_metadata_v1_disabled`). */
  | 'v1-blocked'
  | 'endpoint-disabled'
  /** A role is attached, but the credential document says `AssumeRoleUnauthorizedAccess`: no keys in it. */
  | 'unauthorized'
  | 'no-role'
  | 'not-an-instance';

/** Everything the chain reads: variables, the two files, and the metadata service. */
export interface CallerEnvironment {
  readonly variables: Readonly<Record<string, string>>;
  readonly profile: ConfigProfile | null;
  /** Profiles that hold `aws_access_key_id` and `aws_secret_access_key` in `~/.aws/credentials`. */
  readonly credentialsFile: readonly string[];
  readonly imds: ImdsAccess;
}

/** Why a provider answered or was skipped: a catalogue reason and what fills it. */
export interface ChainReason {
  readonly id: ChainReasonId;
  /** What fills the reason's slots; `provider` (after-answer) is a ChainId, for the view to word as `chain.<id>`. */
  readonly params?: Readonly<Record<string, string>>;
}

export type ChainReasonId =
  | 'env-keys'
  | 'env-keys-token'
  | 'env-none'
  | 'profile-role'
  | 'profile-no-role'
  | 'web-identity-env'
  | 'web-identity-profile'
  | 'web-identity-none'
  | 'sso-profile'
  | 'sso-none'
  | 'shared-file'
  | 'shared-none'
  | 'process-profile'
  | 'process-none'
  | 'container-relative'
  | 'container-full'
  | 'container-none'
  | 'imds-disabled-env'
  | 'imds-v1-blocked'
  | 'imds-token-required'
  | 'imds-unauthorized'
  | 'imds-v1-fallback'
  | 'imds-endpoint-disabled'
  | 'imds-no-role'
  | 'imds-not-an-instance'
  | 'imds-v2'
  | 'imds-v1'
  | 'after-answer';

export interface ChainItem {
  readonly id: ChainId;
  readonly state: ChainState;
  readonly reason: ChainReason;
}

/** The whole chain, and whether anything answered (when nothing does, the CLI says it cannot locate credentials). */
export interface ChainOutcome {
  readonly items: readonly ChainItem[];
  readonly answeredBy: ChainId | null;
}

/** The ECS and EKS Pod Identity container endpoints' hosts botocore accepts (besides loopback). */
export const ECS_ENDPOINT = 'http://169.254.170.2';
export const EKS_POD_IDENTITY_ENDPOINT = 'http://169.254.170.23/v1/credentials';

type Found = { readonly found: boolean; readonly reason: ChainReason };
type Probe = (e: CallerEnvironment) => Found;

const has = (e: CallerEnvironment, name: string): boolean => (e.variables[name] ?? '') !== '';

/** What each provider looks for, and what it finds. */
const PROBES: Readonly<Record<ChainId, Probe>> = {
  environment: (e): Found =>
    has(e, 'AWS_ACCESS_KEY_ID') && has(e, 'AWS_SECRET_ACCESS_KEY')
      ? { found: true, reason: { id: has(e, 'AWS_SESSION_TOKEN') ? 'env-keys-token' : 'env-keys' } }
      : { found: false, reason: { id: 'env-none' } },
  'assume-role-profile': (e): Found => {
    const p = e.profile;
    if (p?.role_arn && (p.source_profile || p.credential_source)) {
      return { found: true, reason: { id: 'profile-role', params: { profile: p.name, role: p.role_arn, source: p.source_profile ?? p.credential_source ?? '' } } };
    }
    return { found: false, reason: { id: 'profile-no-role', params: { profile: p?.name ?? 'default' } } };
  },
  'web-identity': (e): Found => {
    if (has(e, 'AWS_WEB_IDENTITY_TOKEN_FILE') && has(e, 'AWS_ROLE_ARN')) return { found: true, reason: { id: 'web-identity-env', params: { role: e.variables.AWS_ROLE_ARN! } } };
    const p = e.profile;
    if (p?.web_identity_token_file && p.role_arn) return { found: true, reason: { id: 'web-identity-profile', params: { profile: p.name, role: p.role_arn } } };
    return { found: false, reason: { id: 'web-identity-none' } };
  },
  sso: (e): Found => (e.profile?.sso_session ? { found: true, reason: { id: 'sso-profile', params: { profile: e.profile.name, session: e.profile.sso_session } } } : { found: false, reason: { id: 'sso-none' } }),
  'shared-credentials': (e): Found => {
    const name = e.variables.AWS_PROFILE || e.profile?.name || 'default';
    return e.credentialsFile.includes(name) ? { found: true, reason: { id: 'shared-file', params: { profile: name } } } : { found: false, reason: { id: 'shared-none', params: { profile: name } } };
  },
  process: (e): Found => (e.profile?.credential_process ? { found: true, reason: { id: 'process-profile', params: { profile: e.profile.name, command: e.profile.credential_process } } } : { found: false, reason: { id: 'process-none' } }),
  container: (e): Found => {
    if (has(e, 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI')) return { found: true, reason: { id: 'container-relative', params: { url: `${ECS_ENDPOINT}${e.variables.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI}` } } };
    if (has(e, 'AWS_CONTAINER_CREDENTIALS_FULL_URI')) return { found: true, reason: { id: 'container-full', params: { url: e.variables.AWS_CONTAINER_CREDENTIALS_FULL_URI! } } };
    return { found: false, reason: { id: 'container-none' } };
  },
  imds: (e): Found => {
    if ((e.variables.AWS_EC2_METADATA_DISABLED ?? '').toLowerCase() === 'true') return { found: false, reason: { id: 'imds-disabled-env' } };
    switch (e.imds) {
      case 'v2':
        return { found: true, reason: { id: 'imds-v2' } };
      case 'v1':
        return { found: true, reason: { id: 'imds-v1' } };
      case 'v1-fallback':
        return { found: true, reason: { id: 'imds-v1-fallback' } };
      case 'token-required':
        return { found: false, reason: { id: 'imds-token-required' } };
      case 'v1-blocked':
        return { found: false, reason: { id: 'imds-v1-blocked' } };
      case 'unauthorized':
        return { found: false, reason: { id: 'imds-unauthorized' } };
      case 'endpoint-disabled':
        return { found: false, reason: { id: 'imds-endpoint-disabled' } };
      case 'no-role':
        return { found: false, reason: { id: 'imds-no-role' } };
      case 'not-an-instance':
        return { found: false, reason: { id: 'imds-not-an-instance' } };
    }
  },
};

/** Asks each provider in turn: skipped until one answers, the rest not reached. */
export function resolveChain(environment: CallerEnvironment): ChainOutcome {
  let answeredBy: ChainId | null = null;
  const items = CHAIN_IDS.map((id): ChainItem => {
    if (answeredBy !== null) return { id, state: 'not-reached', reason: { id: 'after-answer', params: { provider: answeredBy } } };
    const probe = PROBES[id](environment);
    if (probe.found) answeredBy = id;
    return { id, state: probe.found ? 'answered' : 'skipped', reason: probe.reason };
  });
  return { items, answeredBy };
}

/** The chain's words, in the catalogue section that loads with the flow's views: a missing one fails to compile. */
export type ChainWordKey = 'chain.title' | 'chain.strip' | `chain.${ChainId}` | `chain.short.${ChainId}` | `chain.state.${ChainState}` | `chain.reason.${ChainReasonId}`;
