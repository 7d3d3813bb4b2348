import { describe, expect, it } from 'vitest';
import {
  BOTOCORE_REFRESH_WINDOWS,
  IMDS_ROTATION_LEAD_SECONDS,
  generateCredentials,
  generateLongTermCredentials,
  instanceProfileCredentials,
  lastScheduledFetch,
  refreshSchedule,
} from './credentials';

const CLOCK = '2024-01-15T12:00:00Z';

describe('generateCredentials', () => {
  const c = generateCredentials(42, CLOCK);
  it('has the real formats', () => {
    expect(c.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(c.secretAccessKey).toMatch(/^[A-Za-z0-9/+]{40}$/);
    expect(c.sessionToken).toMatch(/^IQoJb3JpZ2luX2Vj[A-Za-z0-9/+]+={0,2}$/);
    expect(c.sessionToken.length).toBeGreaterThanOrEqual(600);
    expect(c.sessionToken.length).toBeLessThanOrEqual(1200);
    expect(c.sessionToken.length % 4).toBe(0);
  });
  it('expires one hour after the clock, in the IMDS form', () => {
    expect(c.lastUpdated).toBe('2024-01-15T12:00:00Z');
    expect(c.expiration).toBe('2024-01-15T13:00:00Z');
    expect(generateCredentials(42, new Date('2024-02-29T23:30:59.900Z')).expiration).toBe('2024-03-01T00:30:59Z');
  });
  it('is deterministic per seed and clock; seeds differ', () => {
    expect(generateCredentials(42, CLOCK)).toEqual(c);
    const d = generateCredentials(43, CLOCK);
    expect(d.accessKeyId).not.toBe(c.accessKeyId);
    expect(d.secretAccessKey).not.toBe(c.secretAccessKey);
    expect(d.sessionToken).not.toBe(c.sessionToken);
  });
  it('writes the region into the token, as real tokens carry it', () => {
    const decoded = Buffer.from(generateCredentials(1, CLOCK, 'ap-northeast-1').sessionToken, 'base64').toString('latin1');
    expect(decoded.startsWith('\x21\x0a\x09origin_ec')).toBe(true);
    expect(decoded).toContain('ap-northeast-1');
  });
  it('refuses a clock that is not a date', () => {
    expect(() => generateCredentials(1, 'yesterday')).toThrow(RangeError);
  });
  it('makes long-term AKIA keys per label', () => {
    const k = generateLongTermCredentials(1, 'ec2-service');
    expect(k.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(k.secretAccessKey).toMatch(/^[A-Za-z0-9/+]{40}$/);
    expect(generateLongTermCredentials(1, 'other').accessKeyId).not.toBe(k.accessKeyId);
  });
});

describe('refreshSchedule', () => {
  const c = generateCredentials(1, CLOCK);
  it('renews at least five minutes before expiry, botocore windows by default', () => {
    const events = refreshSchedule(c, '2024-01-15T12:50:00Z');
    expect(events.map((e) => [e.kind, e.at, e.secondsBeforeExpiry, e.past])).toEqual([
      ['issued', '2024-01-15T12:00:00Z', 3600, true],
      ['sdk-advisory-refresh', '2024-01-15T12:45:00Z', BOTOCORE_REFRESH_WINDOWS.advisory, true],
      ['sdk-mandatory-refresh', '2024-01-15T12:50:00Z', BOTOCORE_REFRESH_WINDOWS.mandatory, true],
      ['imds-rotation', '2024-01-15T12:55:00Z', IMDS_ROTATION_LEAD_SECONDS, false],
      ['expiration', '2024-01-15T13:00:00Z', 0, false],
    ]);
  });
  it('never lets a refresh window fall under the five-minute lead', () => {
    const events = refreshSchedule(c, CLOCK, { advisory: 60, mandatory: 0 });
    for (const e of events.filter((x) => x.kind.startsWith('sdk-'))) expect(e.secondsBeforeExpiry).toBeGreaterThanOrEqual(300);
  });
});

describe('instance-profile credentials (credential-flow.md, "Lifetime and rotation")', () => {
  const v2 = instanceProfileCredentials(7, CLOCK, 'us-east-1', 'v2');
  it('were fetched by EC2 on its schedule, 1 to 59 minutes before the instance asks, and last about 6 hours', () => {
    const issued = Date.parse(v2.lastUpdated);
    const asked = Date.parse(CLOCK);
    expect(asked - issued).toBeGreaterThanOrEqual(60_000);
    expect(asked - issued).toBeLessThan(3600_000);
    expect(v2.lastUpdated).toBe(lastScheduledFetch(7, CLOCK).toISOString().replace('.000', ''));
    expect(Date.parse(v2.expiration) - issued).toBe(6 * 3600_000);
    expect(v2.replacedEverySeconds).toBe(3600);
  });
  it('IMDSv1 and IMDSv2 deliver different credentials', () => {
    const v1 = instanceProfileCredentials(7, CLOCK, 'us-east-1', 'v1');
    expect(v1.accessKeyId).not.toBe(v2.accessKeyId);
    expect(v1.secretAccessKey).not.toBe(v2.secretAccessKey);
    expect(v1.sessionToken).not.toBe(v2.sessionToken);
    expect([v1.lastUpdated, v1.expiration]).toEqual([v2.lastUpdated, v2.expiration]);
  });
  it('the timeline: replaced about hourly, new ones at least 5 minutes before expiry, botocore 15 / 10 minutes', () => {
    const events = refreshSchedule(v2, CLOCK);
    const issued = Date.parse(v2.lastUpdated);
    const hoursAfterIssue = (kind: string) => events.filter((e) => e.kind === kind).map((e) => (Date.parse(e.at) - issued) / 3600_000);
    expect(hoursAfterIssue('imds-replacement')).toEqual([1, 2, 3, 4, 5]);
    expect(events.map((e) => [e.kind, e.secondsBeforeExpiry]).slice(-4)).toEqual([
      ['sdk-advisory-refresh', 900],
      ['sdk-mandatory-refresh', 600],
      ['imds-rotation', 300],
      ['expiration', 0],
    ]);
    expect(events[0]).toMatchObject({ kind: 'issued', past: true });
    expect(events.filter((e) => e.kind === 'imds-replacement').every((e) => !e.past)).toBe(true);
  });
  it('AssumeRole credentials (one hour) have no scheduled replacement', () => {
    expect(refreshSchedule(generateCredentials(7, CLOCK), CLOCK).some((e) => e.kind === 'imds-replacement')).toBe(false);
  });
});
