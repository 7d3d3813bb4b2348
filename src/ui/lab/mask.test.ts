import { describe, expect, it } from 'vitest';
import type { SourcedText } from '../../sigv4';
import { maskSecret, maskSourced } from './mask';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

describe('maskSourced', () => {
  it('masks the runs that came from the secret access key', () => {
    const kSecret: SourcedText = {
      text: `AWS4${SECRET}`,
      segments: [
        { start: 0, end: 4, origin: { kind: 'spec' } },
        { start: 4, end: 4 + SECRET.length, origin: { kind: 'context', field: 'secretAccessKey' } },
      ],
    };
    expect(maskSourced(kSecret, SECRET)).toBe(`AWS4${'•'.repeat(SECRET.length)}`);
  });

  it('masks the secret even where provenance does not mark it', () => {
    const text: SourcedText = { text: `x${SECRET}y`, segments: [{ start: 0, end: SECRET.length + 2, origin: { kind: 'spec' } }] };
    expect(maskSourced(text, SECRET)).toBe(`x${maskSecret(SECRET)}y`);
  });

  it('uses one bullet per character, not per UTF-16 unit', () => {
    expect(maskSecret('a😀b')).toBe('•••');
  });
});
