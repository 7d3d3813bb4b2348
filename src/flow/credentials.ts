/**
 * Seeded credentials (architecture practice 4: randomness is an input) and the refresh timeline an
 * SDK follows with them.
 */
import { DEFAULT_REGION } from '../sigv4';
import { addSeconds, isoSeconds, toDate, type Clock } from './clock';
import { accessKeyIdFrom, secretKeyFrom } from './ids';
import { rngFor, type Seed } from './rng';
import { sessionTokenFrom } from './session-token';

/** Temporary credentials as STS issues them and IMDS serves them. */
export interface TemporaryCredentials {
  /** `ASIA` and 16 base32 characters. */
  readonly accessKeyId: string;
  /** 40 characters of A–Z, a–z, 0–9, `/` and `+`. */
  readonly secretAccessKey: string;
  /** Base64, starting `IQoJb3JpZ2luX2Vj` like real tokens. */
  readonly sessionToken: string;
  /**
   * Issue time plus the lifetime, `YYYY-MM-DDTHH:MM:SSZ`: one hour for an AssumeRole caller that
   * sends no DurationSeconds (its default, 3600), about six hours for instance-profile credentials.
   */
  readonly expiration: string;
  /** When they were issued, same form. */
  readonly lastUpdated: string;
  /**
   * Instance-profile credentials only: the EC2 service fetches a new set about this often, seconds,
   * and IMDS serves the newest (credential-flow.md, "Lifetime and rotation").
   */
  readonly replacedEverySeconds?: number | undefined;
}

/** Long-term credentials of an IAM user (or, illustratively, of the EC2 service itself). */
export interface LongTermCredentials {
  /** `AKIA` and 16 base32 characters. */
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** The default lifetime of AssumeRole credentials, seconds (STS API reference, DurationSeconds). */
export const DEFAULT_DURATION_SECONDS = 3600;

/**
 * How long instance-profile credentials are valid, seconds: about six hours (observed, not
 * documented; EC2's AssumeRole call sends no DurationSeconds).
 */
export const INSTANCE_PROFILE_LIFETIME_SECONDS = 6 * 3600;

/** How often the EC2 service fetches a new set for an instance, seconds: about every hour (observed). */
export const INSTANCE_PROFILE_REPLACEMENT_SECONDS = 3600;

/**
 * Temporary credentials for `seed`, issued at `clock`, valid `lifetimeSeconds`; the same seed, clock
 * and label give the same values.
 */
export function generateCredentials(seed: Seed, clock: Clock, region = DEFAULT_REGION, label = 'role', lifetimeSeconds = DEFAULT_DURATION_SECONDS): TemporaryCredentials {
  const now = toDate(clock);
  const rng = rngFor(seed, `temporary-credentials ${label}`);
  return {
    accessKeyId: accessKeyIdFrom(rng, 'ASIA'),
    secretAccessKey: secretKeyFrom(rng),
    sessionToken: sessionTokenFrom(rng, region),
    expiration: isoSeconds(addSeconds(now, lifetimeSeconds)),
    lastUpdated: isoSeconds(now),
  };
}

/**
 * When the EC2 service last fetched the instance's credentials before `clock`: it fetches on its
 * own hourly schedule, not when the instance asks, so the set IMDS serves was issued 1 to 59
 * minutes earlier (the schedule's phase follows from the seed).
 */
export function lastScheduledFetch(seed: Seed, clock: Clock): Date {
  const minutes = 1 + rngFor(seed, 'ec2-credential-schedule').int(59);
  return addSeconds(toDate(clock), -60 * minutes);
}

/**
 * The instance-profile credentials IMDS holds at `clock`: fetched by EC2 at its last scheduled
 * refresh, valid about six hours, replaced about hourly. IMDSv1 and IMDSv2 deliver different sets
 * ("IMDSv1 role credentials" and "IMDSv2 role credentials", told apart by `ec2:RoleDelivery`), so
 * each delivery has its own derivation.
 */
export function instanceProfileCredentials(seed: Seed, clock: Clock, region: string, delivery: 'v1' | 'v2'): TemporaryCredentials {
  const label = delivery === 'v2' ? 'role' : 'imdsv1-role';
  const issued = lastScheduledFetch(seed, clock);
  return { ...generateCredentials(seed, issued, region, label, INSTANCE_PROFILE_LIFETIME_SECONDS), replacedEverySeconds: INSTANCE_PROFILE_REPLACEMENT_SECONDS };
}

/** Long-term `AKIA…` credentials for `seed`, one set per label. */
export function generateLongTermCredentials(seed: Seed, label: string): LongTermCredentials {
  const rng = rngFor(seed, `long-term-credentials ${label}`);
  return { accessKeyId: accessKeyIdFrom(rng, 'AKIA'), secretAccessKey: secretKeyFrom(rng) };
}

/** What happens at a point of a credential set's life. */
export type RefreshEventKind = 'issued' | 'imds-replacement' | 'sdk-advisory-refresh' | 'sdk-mandatory-refresh' | 'imds-rotation' | 'expiration';

/** One point of the timeline. */
export interface RefreshEvent {
  readonly kind: RefreshEventKind;
  /** `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly at: string;
  /** Seconds left before `Expiration` at that point. */
  readonly secondsBeforeExpiry: number;
  /** True when the point is at or before the clock. */
  readonly past: boolean;
}

/** The SDK's refresh windows, seconds before expiry. */
export interface RefreshWindows {
  readonly advisory: number;
  readonly mandatory: number;
}

/**
 * botocore's windows (credentials.py, `_DEFAULT_ADVISORY_REFRESH_TIMEOUT = 15 * 60` and
 * `_DEFAULT_MANDATORY_REFRESH_TIMEOUT = 10 * 60`): from 15 minutes before expiry the CLI tries to
 * refresh, from 10 minutes it must.
 */
export const BOTOCORE_REFRESH_WINDOWS: RefreshWindows = { advisory: 900, mandatory: 600 };

/**
 * IMDS makes new credentials available at least 5 minutes before the old ones expire
 * (credential-flow.md, "Rotation"); the latest point it may do so.
 */
export const IMDS_ROTATION_LEAD_SECONDS = 300;

/**
 * The life of `credentials` seen from `clock`: issued, each scheduled replacement (instance-profile
 * credentials: IMDS serves a newer set about every hour while this one stays valid), the SDK's
 * refresh points, the latest IMDS rotation, expiry; sorted by time. Windows shorter than the IMDS
 * lead are raised to it, so the SDK always renews at least five minutes before expiry.
 */
export function refreshSchedule(
  credentials: Pick<TemporaryCredentials, 'expiration' | 'lastUpdated' | 'replacedEverySeconds'>,
  clock: Clock,
  windows: RefreshWindows = BOTOCORE_REFRESH_WINDOWS,
): RefreshEvent[] {
  const now = toDate(clock).getTime();
  const expiry = toDate(credentials.expiration);
  const issued = toDate(credentials.lastUpdated);
  const event = (kind: RefreshEventKind, at: Date): RefreshEvent => ({
    kind,
    at: isoSeconds(at),
    secondsBeforeExpiry: Math.round((expiry.getTime() - at.getTime()) / 1000),
    past: at.getTime() <= now,
  });
  const before = (s: number): Date => addSeconds(expiry, -Math.max(s, IMDS_ROTATION_LEAD_SECONDS));
  const every = credentials.replacedEverySeconds;
  const replacements: RefreshEvent[] = [];
  for (let at = every === undefined || every <= 0 ? expiry : addSeconds(issued, every); at < before(IMDS_ROTATION_LEAD_SECONDS); at = addSeconds(at, every!)) {
    replacements.push(event('imds-replacement', at));
  }
  const events = [
    event('issued', issued),
    ...replacements,
    event('sdk-advisory-refresh', before(windows.advisory)),
    event('sdk-mandatory-refresh', before(windows.mandatory)),
    event('imds-rotation', before(IMDS_ROTATION_LEAD_SECONDS)),
    event('expiration', expiry),
  ];
  // A stable sort keeps the listed order for equal times (the SDK asks, IMDS has rotated by then).
  return events.filter((e) => e.at >= events[0]!.at).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
