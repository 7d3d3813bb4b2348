/**
 * SigV4a's curve, P-256, with @noble/curves: a door of its own beside index.ts, so that the page
 * loads the curve's arithmetic only once SigV4a is chosen (the signing core takes it as an input).
 */
import { ecdsa, weierstrass } from '@noble/curves/abstract/weierstrass.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ecdsaKeys } from './ecdsa-key';
import type { EcdsaCurve } from './options';

/**
 * P-256's domain parameters (FIPS 186-5 / SEC 2 secp256r1). Built here rather than imported from
 * @noble/curves/nist.js, which defines P-384 and P-521 beside it and so brings SHA-384 and SHA-512
 * into the chunk the page shares with its first paint.
 */
const P256_CURVE = {
  p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
  n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  h: 1n,
  a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
  b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  Gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
  Gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
};
const p256 = /* @__PURE__ */ ecdsa(weierstrass(P256_CURVE), sha256);

/** P-256 ECDSA with SHA-256, DER signatures. */
export const P256: EcdsaCurve = {
  publicKey: (privateKey) => p256.getPublicKey(privateKey, false),
  sign: (privateKey, message, entropy) => p256.sign(message, privateKey, { format: 'der', prehash: true, extraEntropy: entropy ?? false }),
  verify: (signature, message, publicKey) => {
    try {
      // AWS's signers do not normalise S: a high-S signature is as valid as a low one.
      return p256.verify(signature, message, publicKey, { format: 'der', prehash: true, lowS: false });
    } catch {
      return false;
    }
  },
  deriveKeys: (accessKeyId, secretAccessKey) => ecdsaKeys(accessKeyId, secretAccessKey, P256),
};
