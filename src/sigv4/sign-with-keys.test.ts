/** Signing with a key chain derived earlier: the same trace as signing at once, in both modes, the chain not derived again. */
import { describe, expect, it } from 'vitest';
import { canonicalize } from './canonicalize';
import { scopeDate } from './credential-scope';
import { SigV4Error } from './errors';
import { parseRequest } from './parse-request';
import { signRequest, signWithKeys } from './sign';
import { signingKeyChain } from './signing-key';
import { options } from './test-support/sign-fixtures';

const req = parseRequest('GET /?a=b HTTP/1.1\nHost: iam.amazonaws.com\nX: y\n');

describe('signWithKeys', () => {
  it.each(['header', 'query'] as const)('finishes exactly what signRequest computes at once (%s mode), with the chain it was given', (mode) => {
    const o = options({ mode });
    const keys = signingKeyChain(o.credentials.secretAccessKey, scopeDate(o.signingTime), o.region, o.service);
    const trace = signWithKeys(req, o, canonicalize(req, o), keys);
    const whole = signRequest(req, o);
    expect(trace.stages.signedRequest.text).toBe(whole.stages.signedRequest.text);
    expect(trace.stages.signature.text).toBe(whole.stages.signature.text);
    expect(trace.stages.kSigning).toBe(keys.kSigning);
  });

  it('still needs the secret', () => {
    const o = options();
    const keys = signingKeyChain(o.credentials.secretAccessKey, scopeDate(o.signingTime), o.region, o.service);
    expect(() => signWithKeys(req, { ...o, credentials: { ...o.credentials, secretAccessKey: '' } }, canonicalize(req, o), keys)).toThrow(SigV4Error);
  });
});
