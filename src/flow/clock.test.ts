import { describe, expect, it } from 'vitest';
import { addSeconds, epochSeconds, httpDate, isoSeconds, toDate } from './clock';

describe('clock', () => {
  it('reads a Date or an ISO string, truncated to seconds', () => {
    expect(toDate('2024-01-15T12:00:00.999Z').toISOString()).toBe('2024-01-15T12:00:00.000Z');
    expect(toDate(new Date(Date.UTC(2024, 0, 15, 12))).toISOString()).toBe('2024-01-15T12:00:00.000Z');
    expect(toDate('2024-01-15T21:00:00+09:00').toISOString()).toBe('2024-01-15T12:00:00.000Z');
    expect(() => toDate('not a date')).toThrow(RangeError);
    expect(() => toDate(new Date(Number.NaN))).toThrow(RangeError);
  });
  it('prints the forms the messages use', () => {
    const d = new Date('2024-01-15T12:00:00Z');
    expect(isoSeconds(d)).toBe('2024-01-15T12:00:00Z');
    expect(httpDate(d)).toBe('Mon, 15 Jan 2024 12:00:00 GMT');
    expect(epochSeconds(d)).toBe(1705320000);
    expect(isoSeconds(addSeconds(d, 3600))).toBe('2024-01-15T13:00:00Z');
  });
});
