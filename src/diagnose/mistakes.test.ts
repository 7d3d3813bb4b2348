/** The injected mistakes of the lab's what-if toggles: each corrupts the stage the pitfalls catalogue says. */
import { describe, expect, it } from 'vitest';
import { parseRequest, signRequest, STANDARD_STAGES, toHex } from '../sigv4';
import { options } from '../sigv4/test-support/sign-fixtures';
import { mistake, MISTAKES, type MistakeId } from './mistakes';
import { WHATIFS } from './whatif';

const REQUEST = 'GET /?b=x%20y&a=%2f&B=1 HTTP/1.1\nHost: example.amazonaws.com\nMy-Header:  a   b \nMy-Header: c\nContent-Type: text/plain\n';
const correct = signRequest(parseRequest(REQUEST), options());
const deviated = (d: MistakeId) => signRequest(parseRequest(REQUEST), options(), [mistake(d)]);

describe('deviations', () => {
  it.each([
    ['query-space-as-plus', 'canonicalQuery', 'B=1&a=%2F&b=x+y'],
    ['query-lowercase-hex', 'canonicalQuery', 'B=1&a=%2f&b=x%20y'],
    ['headers-untrimmed', 'canonicalHeaders', 'content-type: text/plain\nhost: example.amazonaws.com\nmy-header:  a   b , c\nx-amz-date:20150830T123600Z\n'],
    ['headers-unjoined', 'canonicalHeaders', 'content-type:text/plain\nhost:example.amazonaws.com\nmy-header:a b\nmy-header:c\nx-amz-date:20150830T123600Z\n'],
    ['signed-headers-incomplete', 'signedHeaders', 'host;my-header;x-amz-date'],
    ['scope-date-previous-day', 'credentialScope', '20150829/us-east-1/service/aws4_request'],
  ] as const)('%s changes %s first', (d, stage, value) => {
    const t = deviated(d);
    expect(t.stages[stage].text).toBe(value);
    expect(t.stages[stage].text).not.toBe(correct.stages[stage].text);
    expect(t.stages.signature.text).not.toBe(correct.stages.signature.text);
  });

  it('the correct sort orders by encoded key: a, b, B is not what a raw sort gives', () => {
    expect(correct.stages.canonicalQuery.text).toBe('B=1&a=%2F&b=x%20y');
  });

  it('query-sorted-before-encoding differs when encoding changes the order', () => {
    const req = 'GET /?%7E=1&a=2 HTTP/1.1\nHost: h\n';
    const ok = signRequest(parseRequest(req), options()).stages.canonicalQuery.text;
    const bad = signRequest(parseRequest(req), options(), [mistake('query-sorted-before-encoding')]).stages.canonicalQuery.text;
    expect(ok).toBe('a=2&~=1');
    expect(bad).toBe('~=1&a=2');
  });

  it('key-chain-hex-text: kDate right, kRegion wrong', () => {
    const t = deviated('key-chain-hex-text');
    expect(toHex(t.stages.kDate!.bytes)).toBe(toHex(correct.stages.kDate!.bytes));
    expect(toHex(t.stages.kRegion!.bytes)).not.toBe(toHex(correct.stages.kRegion!.bytes));
    expect(t.stages.canonicalRequest.text).toBe(correct.stages.canonicalRequest.text);
  });

  it('scope-date-previous-day dates the key chain by the scope', () => {
    const t = deviated('scope-date-previous-day');
    expect(t.stages.kDate!.message.text).toBe('20150829');
    expect(t.stages.stringToSign.text.split('\n')[1]).toBe('20150830T123600Z');
  });
});

describe('MISTAKES', () => {
  it('has each id once, each naming a stage function of the core and a reference', () => {
    expect(new Set(MISTAKES.map((m) => m.id)).size).toBe(MISTAKES.length);
    for (const m of MISTAKES) {
      expect(Object.keys(STANDARD_STAGES), m.id).toContain(m.stage);
      expect(m.reference, m.id).not.toBe('');
    }
  });

  it('each is a what-if of the same id', () => {
    const ids = new Set<string>(WHATIFS.map((w) => w.id));
    for (const m of MISTAKES) expect(ids.has(m.id), m.id).toBe(true);
  });

  it('the key stage records the bytes that keyed it: kRegion by kDate’s hex text, the others by raw bytes', () => {
    const t = deviated('key-chain-hex-text');
    expect(new TextDecoder().decode(t.stages.kRegion!.keyBytes!)).toBe(toHex(t.stages.kDate!.bytes));
    expect(toHex(t.stages.kService!.keyBytes!)).toBe(toHex(t.stages.kRegion!.bytes));
    expect(toHex(correct.stages.kRegion!.keyBytes!)).toBe(toHex(correct.stages.kDate!.bytes));
    expect(correct.stages.kSecret.keyBytes).toBeNull();
  });

  it('the same mistakes in another order sign the same', () => {
    const ids: MistakeId[] = ['query-sorted-before-encoding', 'query-space-as-plus', 'query-lowercase-hex', 'headers-untrimmed', 'headers-unjoined', 'signed-headers-incomplete'];
    const forward = signRequest(parseRequest(REQUEST), options(), ids.map(mistake));
    const backward = signRequest(parseRequest(REQUEST), options(), [...ids].reverse().map(mistake));
    expect(backward.stages.canonicalRequest.text).toBe(forward.stages.canonicalRequest.text);
  });
});
