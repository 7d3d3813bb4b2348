import { describe, expect, it } from 'vitest';
import { decodeJsonString, decodeXmlText } from './entities';
import { echoErrorOf } from './test-support/helpers';

describe('decodeXmlText', () => {
  it('decodes the predefined and numeric references and maps each to its reference', () => {
    const s = 'a&lt;&amp;&#65;&#x1F600;b';
    const d = decodeXmlText(s, 0, s.length);
    expect(d.text).toBe('a<&A😀b');
    expect(d.starts).toEqual([0, 1, 5, 10, 15, 15, 24]);
    expect(d.ends[3]).toBe(15);
  });
  it.each([['&nbsp;'], ['&#0;'], ['&#xD800;'], ['&#x110000;'], ['a & b'], ['&amp']])('%j is refused', (s) => {
    expect(echoErrorOf(() => decodeXmlText(s, 0, s.length)).expected).toBe('xml-entity');
  });
});

describe('decodeJsonString', () => {
  it('decodes escapes and maps each to its escape', () => {
    const s = '"a\\n\\u0041\\"b"';
    const d = decodeJsonString(s, 0, s.length);
    expect(d.text).toBe('a\nA"b');
    expect(d.starts).toEqual([1, 2, 4, 10, 12]);
  });
});
