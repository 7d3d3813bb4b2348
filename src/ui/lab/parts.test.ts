import { describe, expect, it } from 'vitest';
import { splitAuthorization } from './parts';

describe('splitAuthorization', () => {
  const header = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
  it('gives the four parts, each where it stands in the header', () => {
    const parts = splitAuthorization(header)!;
    expect(parts.map((p) => p.part)).toEqual(['algorithm', 'credential', 'signedHeaders', 'signature']);
    for (const p of parts) expect(header.slice(p.start, p.start + p.text.length)).toBe(p.text);
    expect(parts[3]!.text).toBe('Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7');
  });
  it('a header of another shape has no parts', () => {
    expect(splitAuthorization('AWS4-HMAC-SHA256 Credential=a,SignedHeaders=b,Signature=c')).toBeNull();
  });
});
