import { describe, expect, it } from 'vitest';
import { parseRequest, signRequest, verifySignedRequest, type VerifyMismatch } from '../sigv4';
import { iamOptions } from './test-fixtures';
import { verifyDifference } from './verify-difference';

const SECRET = iamOptions().credentials.secretAccessKey;
const REQUEST = 'POST / HTTP/1.1\nHost: iam.amazonaws.com\nContent-Type: application/x-www-form-urlencoded\n\nAction=ListUsers&Version=2010-05-08';
const signed = signRequest(parseRequest(REQUEST), iamOptions()).stages.signedRequest.text;
const verified = verifySignedRequest(parseRequest(signed), SECRET).trace;
const mismatch = (text: string, secret = SECRET): VerifyMismatch => {
  const r = verifySignedRequest(parseRequest(text), secret);
  if (r.status !== 'mismatch') throw new Error('expected a mismatch');
  return r;
};

describe('verifyDifference', () => {
  it('without a trace verified for this signature: what the claim shows (the signature)', () => {
    expect(verifyDifference(mismatch(signed, 'wrong'), null)).toEqual({ stage: 'signature', against: 'claim' });
  });

  it('only the secret differs: kSecret, the first key; the canonical request and string to sign are the same', () => {
    const r = mismatch(signed, 'wrong');
    expect(r.trace.stages.stringToSign.text).toBe(verified.stages.stringToSign.text);
    expect(verifyDifference(r, verified)).toEqual({ stage: 'kSecret', against: 'verified' });
  });

  it.each([
    ['a signed header value', (t: string) => t.replace('x-www-form-urlencoded', 'json'), 'canonicalHeaders'],
    ['the body', (t: string) => t.replace('ListUsers', 'ListRoles'), 'payloadHash'],
    ['the path', (t: string) => t.replace('POST / ', 'POST /x '), 'canonicalUri'],
    ['the query', (t: string) => t.replace('POST / ', 'POST /?a=1 '), 'canonicalQuery'],
  ] as const)('%s changed after signing: %s', (_name, edit, stage) => {
    expect(verifyDifference(mismatch(edit(signed)), verified)).toEqual({ stage, against: 'verified' });
  });

  it('ignores a trace of another signature, and keeps a reason the claim itself shows', () => {
    const other = signRequest(parseRequest(REQUEST.replace('ListUsers', 'ListRoles')), iamOptions());
    expect(verifyDifference(mismatch(signed, 'wrong'), other)).toEqual({ stage: 'signature', against: 'claim' });
    const dropped = mismatch(signed.replace(/Content-Type: [^\n]*\n/, ''));
    expect(verifyDifference(dropped, verified)).toEqual({ stage: 'canonicalHeaders', against: 'claim' });
  });
});
