import { describe, expect, it } from 'vitest';
import { amzDateOf, dateOf, parseSigningTime, shortDateOf, type AmzDate } from './time';

describe('signing time', () => {
  it.each([
    ['2015-08-30T12:36:00Z', '20150830T123600Z'],
    ['20150830T123600Z', '20150830T123600Z'],
    ['2015-08-30T12:36:00.999Z', '20150830T123600Z'],
    ['2015-08-30T21:36:00+09:00', '20150830T123600Z'],
    ['2015-08-30T00:30:00-0100', '20150830T013000Z'],
    ['2016-02-29T00:00:00Z', '20160229T000000Z'],
  ])('%s → %s', (input, amz) => {
    expect(parseSigningTime(input)).toBe(amz);
  });
  it.each(['', '2015-08-30', '2015-08-30T12:36:00', '2015-02-29T00:00:00Z', '2015-13-01T00:00:00Z', '2015-08-30T24:00:00Z', '20150830T123660Z', '2015-08-30T12:36:00+25:00'])(
    'refuses %j',
    (input) => {
      expect(parseSigningTime(input)).toBeNull();
    },
  );
  it('derives the scope date and round-trips through Date', () => {
    const t = '20150830T123600Z' as AmzDate;
    expect(shortDateOf(t)).toBe('20150830');
    expect(amzDateOf(dateOf(t))).toBe(t);
    expect(amzDateOf(new Date(NaN))).toBeNull();
  });
});
