/**
 * One table-driven test over ../shared/vectors (practice 8): every aws-c-auth v4 case in both
 * modes, the two aws-docs IAM cases and the signing-key derivation. One `it` per case.
 */
import { describe, expect, it } from 'vitest';
import { readSigningContext } from './context';
import { parseRequest } from './parse-request';
import { signRequest } from './sign';
import { signingKeyChain } from './signing-key';
import { toHex } from './bytes';
import type { ShortDate } from './time';
import type { SigningMode } from './options';
import { caseNames, readVector, vectorsAvailable } from './test-support/shared-vectors';

interface Case {
  name: string;
  dir: string[];
  mode: SigningMode;
}

const available = vectorsAvailable();
const cases: Case[] = [
  ...caseNames('aws-c-auth', 'v4').flatMap((name): Case[] => [
    { name: `aws-c-auth/v4/${name} header`, dir: ['aws-c-auth', 'v4', name], mode: 'header' },
    { name: `aws-c-auth/v4/${name} query`, dir: ['aws-c-auth', 'v4', name], mode: 'query' },
  ]),
  { name: 'aws-docs/iam-listusers header', dir: ['aws-docs', 'iam-listusers'], mode: 'header' },
  { name: 'aws-docs/iam-listusers-presigned query', dir: ['aws-docs', 'iam-listusers-presigned'], mode: 'query' },
];

/** Header lines of a request as a set of `name:value` with lower-case names and trimmed values. */
function headerSet(text: string): string[] {
  const req = parseRequest(text);
  return req.headers.map((h) => `${h.name.text.toLowerCase()}:${h.value.map((v) => v.text).join('').trim()}`).sort();
}

function querySet(text: string): string[] {
  const req = parseRequest(text);
  return (req.query?.text ?? '').split('&').filter((p) => p !== '').sort();
}

describe.skipIf(!available)('SigV4 vectors', () => {
  it.each(cases)('$name', ({ dir, mode }) => {
    const request = readVector(...dir, 'request.txt')!;
    const options = readSigningContext(readVector(...dir, 'context.json')!, mode);
    const trace = signRequest(parseRequest(request), options);
    const s = trace.stages;
    expect(s.canonicalRequest.text).toBe(readVector(...dir, `${mode}-canonical-request.txt`));
    expect(s.stringToSign.text).toBe(readVector(...dir, `${mode}-string-to-sign.txt`));
    expect(s.signature.text).toBe(readVector(...dir, `${mode}-signature.txt`));
    const signedRequest = readVector(...dir, `${mode}-signed-request.txt`);
    if (signedRequest !== undefined) {
      const ours = parseRequest(s.signedRequest.text);
      const theirs = parseRequest(signedRequest);
      expect(ours.method.text).toBe(theirs.method.text);
      expect(ours.path.text).toBe(theirs.path.text);
      expect(headerSet(s.signedRequest.text)).toEqual(headerSet(signedRequest));
      expect(querySet(s.signedRequest.text)).toEqual(querySet(signedRequest));
      expect(ours.body.text).toBe(theirs.body.text);
    }
    const authorization = readVector(...dir, 'header-authorization.txt');
    if (mode === 'header' && authorization !== undefined) expect(s.authorization?.text).toBe(authorization);
    const url = readVector(...dir, 'query-signed-url.txt');
    if (mode === 'query' && url !== undefined) expect(s.presignedUrl?.text).toBe(url);
    expect(s.authorization === null).toBe(mode === 'query');
    expect(s.presignedUrl === null).toBe(mode === 'header');
  });

  it('aws-docs/signing-key-derivation.json', () => {
    const v = JSON.parse(readVector('aws-docs', 'signing-key-derivation.json')!) as Record<string, string>;
    const keys = signingKeyChain(v.kSecret!, v.date! as ShortDate, v.region!, v.service!);
    expect(toHex(keys.kDate.bytes)).toBe(v.kDate);
    expect(toHex(keys.kRegion.bytes)).toBe(v.kRegion);
    expect(toHex(keys.kService.bytes)).toBe(v.kService);
    expect(toHex(keys.kSigning.bytes)).toBe(v.kSigning);
  });
});
