import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJson } from './json';
import { lineColumnAt } from './line-column';

describe('parseJson', () => {
  it('agrees with JSON.parse on valid documents and keeps positions', () => {
    const text = '{ "a": [1, -2.5e3, true, null, "x\\n\\u0041"], "b": {} }';
    const node = parseJson(text);
    const plain = (n: ReturnType<typeof parseJson>): unknown =>
      n.kind === 'object' ? Object.fromEntries(n.entries.map((e) => [e.key, plain(e.value)]))
        : n.kind === 'array' ? n.items.map(plain)
        : n.kind === 'null' ? null
        : n.value;
    expect(plain(node)).toEqual(JSON.parse(text));
    if (node.kind !== 'object') throw new Error('object expected');
    expect(text.slice(node.entries[0]!.value.start, node.entries[0]!.value.end)).toBe('[1, -2.5e3, true, null, "x\\n\\u0041"]');
  });
  it.each([
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['"abc', 4],
    ['{} x', 3],
    ['', 0],
    ['01', 1],
  ])('%j fails at offset %i', (text, offset) => {
    let err: unknown;
    try {
      parseJson(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(JsonSyntaxError);
    expect((err as JsonSyntaxError).offset).toBe(offset);
  });
  it('line and column count from 1', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('ab\r\ncd', 0)).toEqual({ line: 1, column: 1 });
  });
});
