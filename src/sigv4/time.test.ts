import { describe, expect, it } from 'vitest';
import { amzDateOf, dateOf, isAmzDate, parseSigningTime, shortDateOf, type AmzDate } from './time';

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

describe('isAmzDate', () => {
  it('agrees with parseSigningTime on X-Amz-Date text, leap days and impossible dates included', () => {
    const cases = ['20150830T123600Z', '20240229T000000Z', '20230229T000000Z', '20150431T000000Z', '20151301T000000Z', '20150830T246000Z', '00000101T000000Z', '99991231T235959Z', '2015-08-30T12:36:00Z', '20150830T123600'];
    for (const c of cases) expect(isAmzDate(c), c).toBe(parseSigningTime(c) === c);
  });
});
