/** Time is an input (architecture practice 4): every date the flow shows is derived from one clock. */

/** A point in time as the caller has it: a Date or an ISO 8601 date-time string. */
export type Clock = Date | string;

/** The Date of a clock, truncated to whole seconds (the finest unit any message here shows). */
export function toDate(clock: Clock): Date {
  const ms = typeof clock === 'string' ? Date.parse(clock) : clock.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`clock: expected a date-time, found ${String(clock)}`);
  return new Date(Math.floor(ms / 1000) * 1000);
}

/** `YYYY-MM-DDTHH:MM:SSZ`: the form of IMDS's `Expiration` and `LastUpdated` (credential-flow.md). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `date` plus `seconds`. */
export function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}

/** An HTTP `Date` header value, IMF-fixdate (RFC 9110 §5.6.7); `toUTCString` prints exactly that form. */
export function httpDate(date: Date): string {
  return date.toUTCString();
}

/** Whole seconds since the Unix epoch (JWT `iat`/`exp`, RFC 7519 §2 NumericDate). */
export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
