import { describe, expect, it } from 'vitest';
import { explanationsEn, fillExplanation } from './explanations.en';
import { explanationsJa } from './explanations.ja';
import { SCENARIOS } from './scenarios';

const slots = (t: string): string[] => [...new Set(Array.from(t.matchAll(/\{(\w+)\}/g), (m) => m[1]!))].sort();

describe('explanation catalogues', () => {
  it('have the same keys', () => {
    expect(Object.keys(explanationsJa).sort()).toEqual(Object.keys(explanationsEn).sort());
  });
  it.each(Object.keys(explanationsEn) as (keyof typeof explanationsEn)[])('%s has the same slots in Japanese', (key) => {
    expect(slots(explanationsJa[key])).toEqual(slots(explanationsEn[key]));
    expect(explanationsJa[key].trim()).not.toBe('');
  });
  it('name every scenario, variant and node', () => {
    for (const s of SCENARIOS) {
      expect(explanationsEn[s.titleKey]).toBeTruthy();
      expect(explanationsEn[s.summaryKey]).toBeTruthy();
      for (const v of s.variants) expect(explanationsEn[v.labelKey]).toBeTruthy();
    }
  });
  it('fills slots and leaves unknown ones visible', () => {
    expect(fillExplanation('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
