/** The canonical URI, query and header rules, stage by stage (vectors README and sigv4-pitfalls.md). */
import { describe, expect, it } from 'vitest';
import { canonicalEntries, canonicalHeaderValue, headerBlock, headerGroups, signedHeaderList, type HeaderEntry } from './canonical-headers';
import { canonicalQuery, requestQueryParams } from './canonical-query';
import { canonicalUri } from './canonical-uri';
import { SPEC } from './provenance';
import { percentDecode, uriEncode, uriEncodeKeepingEscapes } from './uri-encode';

const span = (text: string) => ({ text, start: 0, end: text.length });
const uri = (path: string, double: boolean, normalize: boolean) => canonicalUri(span(path), double, normalize).text;
const query = (q: string | null, presign = false) => canonicalQuery(requestQueryParams(q === null ? null : span(q), presign)).text;

describe('URI encoding', () => {
  it('keeps the unreserved set and upper-cases hex', () => {
    expect(uriEncode("AZaz09-_.~ !*'()$/")).toBe('AZaz09-_.~%20%21%2A%27%28%29%24%2F');
    expect(uriEncode('a/b', true)).toBe('a/b');
    expect(uriEncode('ሴ')).toBe('%E1%88%B4');
  });
  it('decodes valid escapes to bytes and leaves a lone % alone', () => {
    expect([...percentDecode('%2f%zz%', 'plus')]).toEqual([0x2f, 0x25, 0x7a, 0x7a, 0x25]);
    expect([...percentDecode('%FF', 'plus')]).toEqual([0xff]);
    expect([...percentDecode('a+b', 'plus')]).toEqual([97, 43, 98]);
    // In a query AWS form-decodes: a raw + is a space, %2B a plus (vectors README, "Query").
    expect([...percentDecode('a+b%2B+', 'space')]).toEqual([97, 32, 98, 43, 32]);
    expect([...percentDecode('++%zz+', 'space')]).toEqual([32, 32, 0x25, 0x7a, 0x7a, 32]);
  });
  it('S3 rule: encode once, keep existing %XX', () => {
    expect(uriEncodeKeepingEscapes('/a%2Fb/$c d/%zz')).toBe('/a%2Fb/%24c%20d/%25zz');
  });
});

describe('canonical URI', () => {
  it('double-encodes every service but S3: %3D becomes %253D', () => {
    expect(uri('/@connections/abc%3D', true, true)).toBe('/%40connections/abc%253D');
    expect(uri('/2015-03-31/functions/arn%3Aaws%3Alambda/invocations', true, true)).toBe('/2015-03-31/functions/arn%253Aaws%253Alambda/invocations');
  });
  it('normalises . .. and empty segments, keeping a trailing slash', () => {
    expect(uri('/a/./b//c/../d/', true, true)).toBe('/a/b/d/');
    expect(uri('//', true, true)).toBe('/');
    expect(uri('/a/..', true, true)).toBe('/');
    expect(uri('/../x', true, true)).toBe('/x');
  });
  it('leaves the path alone without normalisation', () => {
    expect(uri('/a/./b//c/../', true, false)).toBe('/a/./b//c/../');
  });
  it('S3: no normalisation, single encoding', () => {
    expect(uri('/my-object//example//photo.user', false, false)).toBe('/my-object//example//photo.user');
    expect(uri('/key%3Dvalue/a b', false, false)).toBe('/key%3Dvalue/a%20b');
  });
  it('an empty path (absolute-form with no path) is /', () => {
    expect(uri('', true, true)).toBe('/');
  });
});

describe('canonical query', () => {
  it('sorts by encoded key then encoded value, with repeated keys', () => {
    expect(query('b=2&a=2&a=1&A=z')).toBe('A=z&a=1&a=2&b=2');
  });
  it('gives keys without = an empty value and skips empty pieces', () => {
    expect(query('v&&x=')).toBe('v=&x=');
  });
  it('reads a raw + as a space, %2B as a plus, and re-encodes escapes with upper-case hex', () => {
    // AWS form-decodes the query before canonicalising it (vectors README, "Query").
    expect(query('q=a+b&r=%2f%7E%20')).toBe('q=a%20b&r=%2F~%20');
    expect(query('p=%2B&a+b=c+')).toBe('a%20b=c%20&p=%2B');
  });
  it('encodes * and space as %2A and %20, never +', () => {
    expect(query('k=* x')).toBe('k=%2A%20x');
  });
  it('sorts after encoding, not before', () => {
    // '~' sorts after letters as a raw byte; its encoding stays '~' while 'é' becomes %C3%A9, sorting first.
    expect(query('é=1&a=2&~=3')).toBe('%C3%A9=1&a=2&~=3');
  });
  it('never signs X-Amz-Signature; in query mode old presign parameters give way', () => {
    expect(query('a=1&X-Amz-Signature=abc')).toBe('a=1');
    expect(query('a=1&X-Amz-Date=1&X-Amz-Credential=c', true)).toBe('a=1');
    expect(query('a=1&X-Amz-Date=1', false)).toBe('X-Amz-Date=1&a=1');
  });
  it('is empty without a query', () => {
    expect(query(null)).toBe('');
    expect(query('')).toBe('');
  });
});

describe('canonical headers', () => {
  const entry = (name: string, value: string) => ({ name, nameOrigin: SPEC, value, valueOrigin: SPEC });
  const canonicalHeaders = (entries: HeaderEntry[]) => {
    const groups = headerGroups(canonicalEntries(entries));
    return { headers: headerBlock(groups), ...signedHeaderList(groups) };
  };
  it('trims and collapses spaces and tabs, also inside quotes', () => {
    expect(canonicalHeaderValue(' \t"a   b \t c"  ')).toBe('"a b c"');
    expect(canonicalHeaderValue('   ')).toBe('');
  });
  it('joins repeated headers with commas in order and sorts by name', () => {
    const r = canonicalHeaders([entry('my-header1', 'value2'), entry('host', 'h'), entry('my-header1', ' value1 ')]);
    expect(r.headers.text).toBe('host:h\nmy-header1:value2,value1\n');
    expect(r.signed.text).toBe('host;my-header1');
    expect(r.names).toEqual(['host', 'my-header1']);
  });
});
