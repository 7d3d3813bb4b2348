import { describe, expect, it } from 'vitest';
import { decodeBytesEscaped, encodeBytesEscaped, hasEscapedBytes } from './byte-escape';
import { importRequest } from '../inputs';

describe('bytes carried through text', () => {
  it.each([
    [[0xff, 0xfe, 0x00, 0x41]],
    [[0xc3, 0xa9, 0xc3, 0x28, 0xe2, 0x82]],
    [[0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80]],
  ])('round-trips %j exactly, valid UTF-8 decoded as text', (bytes) => {
    const text = decodeBytesEscaped(Uint8Array.from(bytes));
    expect([...encodeBytesEscaped(text)]).toEqual(bytes);
  });
  it('valid UTF-8 is plain text with no escapes', () => {
    const text = decodeBytesEscaped(new TextEncoder().encode('café 😀'));
    expect(text).toBe('café 😀');
    expect(hasEscapedBytes(text)).toBe(false);
    expect(hasEscapedBytes(decodeBytesEscaped(Uint8Array.from([0xff])))).toBe(true);
  });
  it("a curl body written $'\\xff\\xfe' is sent as those two bytes", () => {
    const imp = importRequest(`curl --data-binary $'\\xff\\xfeA\\xc3\\xa9' https://h/`);
    if (imp.kind === 'empty') throw new Error('expected a request');
    expect([...imp.request.bodyBytes]).toEqual([0xff, 0xfe, 0x41, 0xc3, 0xa9]);
  });
});
