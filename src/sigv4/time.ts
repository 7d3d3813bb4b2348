/** Signing times. `AmzDate` (20150830T123600Z) and `ShortDate` (20150830) are distinct types (practice 5). */

/** A UTC time in the `X-Amz-Date` form `YYYYMMDDTHHMMSSZ`. */
export type AmzDate = string & { readonly __brand: 'AmzDate' };
/** A UTC date in the credential-scope form `YYYYMMDD`. */
export type ShortDate = string & { readonly __brand: 'ShortDate' };

const AMZ = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|z|[+-]\d{2}:?\d{2})$/;

/**
 * Reads a signing time: ISO-8601 with a zone (`2015-08-30T12:36:00Z`, `…+09:00`, fractions dropped)
 * or the X-Amz-Date form. Returns null for anything else, or for a date that does not exist.
 */
export function parseSigningTime(text: string): AmzDate | null {
  const amz = AMZ.exec(text);
  if (amz) return fromParts(amz.slice(1, 7).map(Number), 0);
  const iso = ISO.exec(text);
  if (!iso) return null;
  const zone = iso[7]!;
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '');
    const sign = digits[0] === '-' ? -1 : 1;
    const hh = Number(digits.slice(1, 3));
    const mm = Number(digits.slice(3, 5));
    if (hh > 23 || mm > 59) return null;
    offsetMinutes = sign * (hh * 60 + mm);
  }
  return fromParts(iso.slice(1, 7).map(Number), offsetMinutes);
}

function fromParts([y, mo, d, h, mi, s]: number[], offsetMinutes: number): AmzDate | null {
  if (mo! < 1 || mo! > 12 || d! < 1 || h! > 23 || mi! > 59 || s! > 59) return null;
  const ms = Date.UTC(y!, mo! - 1, d, h, mi, s);
  const check = new Date(ms);
  // Date.UTC rolls 31 April over to 1 May: a date that does not exist is refused, not moved.
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo! - 1 || check.getUTCFullYear() !== y) return null;
  return amzDateOf(new Date(ms - offsetMinutes * 60_000));
}

/** True when `text` is a real time in the X-Amz-Date form (what parseSigningTime returns unchanged), without building a new string. */
export function isAmzDate(text: string): text is AmzDate {
  const m = AMZ.exec(text);
  if (!m) return false;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  if (mo < 1 || mo > 12 || d < 1 || +m[4]! > 23 || +m[5]! > 59 || +m[6]! > 59) return false;
  // Date.UTC reads years 0–99 as 1900–1999: leave those to the full parse.
  if (y < 100) return parseSigningTime(text) === text;
  // Every month has 28 days; beyond that, the last day of the month is day 0 of the next month.
  if (d <= 28) return true;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** The X-Amz-Date form of a Date, in UTC. Years outside 0000–9999 have no such form: null. */
export function amzDateOf(date: Date): AmzDate | null {
  const t = date.getTime();
  if (!Number.isFinite(t)) return null;
  const y = date.getUTCFullYear();
  if (y < 0 || y > 9999) return null;
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(y, 4)}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}T${p(date.getUTCHours())}${p(
    date.getUTCMinutes(),
  )}${p(date.getUTCSeconds())}Z` as AmzDate;
}

/** The scope date of a signing time. */
export function shortDateOf(amzDate: AmzDate): ShortDate {
  return amzDate.slice(0, 8) as ShortDate;
}

/** The Date a signing time stands for. */
export function dateOf(amzDate: AmzDate): Date {
  const m = AMZ.exec(amzDate)!;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d, h, mi, s));
}
