import { describe, expect, it } from 'vitest';
import type { SourcedText } from '../../sigv4';
import { maskedText, maskSecret } from './mask';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

describe('maskedText', () => {
  const kSecret: SourcedText = {
    text: `AWS4${SECRET}`,
    segments: [
      { start: 0, end: 4, origin: { kind: 'spec' } },
      { start: 4, end: 4 + SECRET.length, origin: { kind: 'context', field: 'secretAccessKey' } },
    ],
  };

  it('masks the runs that came from the secret access key', () => {
    expect(maskedText(kSecret, false)).toBe(`AWS4${'•'.repeat(SECRET.length)}`);
  });

  it('masks the session token too, and shows everything when revealed', () => {
    const token: SourcedText = { text: 'x:tok', segments: [{ start: 0, end: 2, origin: { kind: 'spec' } }, { start: 2, end: 5, origin: { kind: 'context', field: 'sessionToken' } }] };
    expect(maskedText(token, false)).toBe('x:•••');
    expect(maskedText(kSecret, true)).toBe(`AWS4${SECRET}`);
  });

  it('gives a text without a secret run back as it is', () => {
    const plain: SourcedText = { text: 'GET\n/', segments: [{ start: 0, end: 3, origin: { kind: 'request', start: 0, end: 3 } }, { start: 3, end: 5, origin: { kind: 'spec' } }] };
    expect(maskedText(plain, false)).toBe('GET\n/');
    expect(maskedText({ ...kSecret, segments: [{ start: 0, end: kSecret.text.length, origin: { kind: 'context', field: 'accessKeyId' } }] }, false)).toBe(kSecret.text);
  });

  it('uses one bullet per character, not per UTF-16 unit', () => {
    expect(maskSecret('a😀b')).toBe('•••');
  });
});
