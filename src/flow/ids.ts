/**
 * Seeded identifiers in the real formats (credential-flow.md, "Identifier prefixes"): unique ids are
 * a four-letter prefix plus 17 characters of A–Z and 2–7 (21 in all, like the documentation's
 * `AIDACKCEVSQ6C2EXAMPLE`); access key ids a prefix plus 16 (20 in all, like `AKIAIOSFODNN7EXAMPLE`).
 */
import { base64, rngFor, type Rng, type Seed } from './rng';

/** The characters of AWS key and unique ids (RFC 4648 base32). */
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The characters of a secret access key. */
export const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+';

const HEX = '0123456789abcdef';

/** An access key id: `ASIA` (temporary, from STS) or `AKIA` (long-term) and 16 base32 characters. */
export function accessKeyIdFrom(rng: Rng, prefix: 'ASIA' | 'AKIA'): string {
  return prefix + rng.chars(BASE32, 16);
}

/** A 40-character secret access key. */
export function secretKeyFrom(rng: Rng): string {
  return rng.chars(SECRET_ALPHABET, 40);
}

/** The EC2 instance id: `i-` and 17 hex digits (the long form, which starts with 0 in practice). */
export function instanceId(seed: Seed): string {
  return 'i-0' + rngFor(seed, 'instance-id').chars(HEX, 16);
}

/** The role's unique id, `AROA…`; an assumed-role session's id is this, a colon and the session name. */
export function roleId(seed: Seed, roleArn = ''): string {
  return 'AROA' + rngFor(seed, `role-id ${roleArn}`).chars(BASE32, 17);
}

/** The instance profile's unique id, `AIPA…` (as `iam/info` shows it). */
export function instanceProfileId(seed: Seed): string {
  return 'AIPA' + rngFor(seed, 'instance-profile-id').chars(BASE32, 17);
}

/** A request id in UUID version 4 form (RFC 9562 §5.4), as STS returns in `ResponseMetadata/RequestId`. */
export function requestId(seed: Seed, label: string): string {
  const rng = rngFor(seed, `request-id ${label}`);
  const h = rng.chars(HEX, 32).split('');
  h[12] = '4';
  h[16] = '89ab'[rng.int(4)]!;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * An IMDSv2 session token: 56 characters of URL-safe base64 ending in `==`, the length and look of
 * real ones (40 bytes; the first bytes fixed, as real tokens all start `AQAEA`).
 */
export function imdsToken(seed: Seed): string {
  const bytes = rngFor(seed, 'imds-token').bytes(40);
  bytes.set([0x01, 0x00, 0x04, 0x00]);
  return base64(bytes, 'url');
}
