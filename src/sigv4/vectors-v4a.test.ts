/**
 * One table-driven test over ../shared/vectors/aws-c-auth/v4a (practice 8): every SigV4a case in
 * both modes, one `it` each. AWS's signatures are random (vectors README), so signatures are never
 * compared: the canonical request and string to sign byte for byte, the derived public key against
 * public-key.json, the vector's own signatures and ours verified, and a changed byte refused.
 */
import { describe, expect, it } from 'vitest';
import { readSigningContext } from './context';
import { publicKeyXY } from './ecdsa-key';
import { P256 } from './p256';
import { parseRequest } from './parse-request';
import { signRequest } from './sign';
import { utf8 } from './bytes';
import type { SigningMode } from './options';
import { caseNames, readVector, vectorsAvailable } from './test-support/shared-vectors';

const available = vectorsAvailable();
const NAMES = caseNames('aws-c-auth', 'v4a');
if (available && NAMES.length !== 30) throw new Error(`expected the 30 SigV4a cases, found ${NAMES.length}`);
const cases = NAMES.flatMap((name) => (['header', 'query'] as const).map((mode) => ({ name: `aws-c-auth/v4a/${name} ${mode}`, dir: ['aws-c-auth', 'v4a', name], mode })));

const hexBytes = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
/** The signature a signed request carries, in its Authorization header or X-Amz-Signature. */
const carried = (signed: string): string => /(?:Signature=|X-Amz-Signature=)([0-9a-f]+)/.exec(signed)![1]!;
/** A signed request's lines with the (random) signature cut out, headers as a set. */
function shape(signed: string): string[] {
  const req = parseRequest(signed.replace(/((?:Signature=|X-Amz-Signature=))[0-9a-f]+/, '$1'));
  const query = (req.query?.text ?? '').split('&').filter((p) => p !== '').sort();
  const headers = req.headers.map((h) => `${h.name.text.toLowerCase()}:${h.value.map((v) => v.text).join('').trim()}`).sort();
  return [req.method.text, req.path.text, ...query, ...headers, req.body.text];
}
function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const out = bytes.slice();
  out[at] = out[at]! ^ 1;
  return out;
}

describe.skipIf(!available)('SigV4a vectors', () => {
  it.each(cases)('$name', ({ dir, mode }: { dir: string[]; mode: SigningMode }) => {
    const options = readSigningContext(readVector(...dir, 'context.json')!, mode, { algorithm: 'sigv4a', curve: P256 });
    const trace = signRequest(parseRequest(readVector(...dir, 'request.txt')!), options);
    const s = trace.stages;
    expect(s.canonicalRequest.text).toBe(readVector(...dir, `${mode}-canonical-request.txt`));
    expect(s.stringToSign.text).toBe(readVector(...dir, `${mode}-string-to-sign.txt`));
    const key = JSON.parse(readVector(...dir, 'public-key.json')!) as { X: string; Y: string };
    expect(publicKeyXY(s.publicKey!)).toEqual({ X: key.X, Y: key.Y });
    const publicKey = hexBytes(s.publicKey!.text);
    const message = utf8(s.stringToSign.text);
    // The vector's two signatures (its -signature.txt and the one in its signed request) verify with our key over our string to sign.
    const theirs = [readVector(...dir, `${mode}-signature.txt`)!.trim(), carried(readVector(...dir, `${mode}-signed-request.txt`)!)];
    for (const sig of theirs) expect(P256.verify(hexBytes(sig), message, publicKey)).toBe(true);
    // Ours verifies, and so does the signed request's shape match theirs but for the signature.
    expect(P256.verify(s.signature.bytes, message, publicKey)).toBe(true);
    expect(shape(s.signedRequest.text)).toEqual(shape(readVector(...dir, `${mode}-signed-request.txt`)!));
    // A changed byte of the string to sign, of the signature or of the key fails.
    expect(P256.verify(hexBytes(theirs[0]!), flipped(message, message.length - 1), publicKey)).toBe(false);
    expect(P256.verify(flipped(s.signature.bytes, s.signature.bytes.length - 1), message, publicKey)).toBe(false);
    expect(P256.verify(s.signature.bytes, message, flipped(publicKey, 64))).toBe(false);
    expect(s.authorization === null).toBe(mode === 'query');
    expect(s.kSigning).toBeNull();
  });
});
