import { describe, expect, it } from 'vitest';
import { MapBuilder, mappedSlice, toInputOffset, toInputRange } from './offset-map';

describe('MapBuilder', () => {
  it('merges contiguous characters into one exact run and leaves synthesized text unmapped', () => {
    const input = 'xxhello';
    const { text, map } = new MapBuilder().synth('< ').mapped(mappedSlice(input, 2, 7)).synth(' >').build();
    expect(text).toBe('< hello >');
    expect(map.runs).toEqual([{ from: 2, to: 7, inputFrom: 2, inputTo: 7, exact: true }]);
  });
  it('keeps an escape as one inexact run: `\\"` is one character from two', () => {
    const { map } = new MapBuilder().unit('a', 0, 1).unit('"', 1, 3).unit('b', 3, 4).build();
    expect(map.runs).toEqual([
      { from: 0, to: 1, inputFrom: 0, inputTo: 1, exact: true },
      { from: 1, to: 2, inputFrom: 1, inputTo: 3, exact: false },
      { from: 2, to: 3, inputFrom: 3, inputTo: 4, exact: true },
    ]);
  });
  it('joins units of one escape (a surrogate pair from \\U0001F600) into one run', () => {
    const { map } = new MapBuilder().unit('\ud83d', 5, 15).unit('\ude00', 5, 15).build();
    expect(map.runs).toEqual([{ from: 0, to: 2, inputFrom: 5, inputTo: 15, exact: false }]);
  });
  it('breaks runs where the input skips characters (a closing and an opening quote)', () => {
    const { map } = new MapBuilder().unit('a', 1, 2).unit('b', 4, 5).build();
    expect(map.runs).toHaveLength(2);
  });
});

describe('toInputRange', () => {
  const { map } = new MapBuilder().synth('H: ').unit('a', 10, 11).unit('b', 11, 12).unit('"', 12, 14).unit('c', 14, 15).synth('\n').build();
  it.each([
    [3, 5, { start: 10, end: 12 }],
    [4, 5, { start: 11, end: 12 }],
    [3, 7, { start: 10, end: 15 }],
    [5, 6, { start: 12, end: 14 }],
    [0, 4, { start: 10, end: 11 }],
    [4, 4, { start: 11, end: 11 }],
  ])('[%i, %i) → %j', (s, e, want) => {
    expect(toInputRange(map, s, e)).toEqual(want);
  });
  it('is null for synthesized text, empty ranges outside runs and reversed ranges', () => {
    expect(toInputRange(map, 0, 3)).toBeNull();
    expect(toInputRange(map, 7, 8)).toBeNull();
    expect(toInputRange(map, 0, 0)).toBeNull();
    expect(toInputRange(map, 5, 4)).toBeNull();
    expect(toInputRange({ runs: [] }, 0, 10)).toBeNull();
  });
  it('toInputOffset falls back to the end of the run before', () => {
    expect(toInputOffset(map, 4)).toBe(11);
    expect(toInputOffset(map, 7)).toBe(15);
    expect(toInputOffset(map, 0)).toBe(10);
    expect(toInputOffset({ runs: [] }, 3)).toBe(0);
  });
});
