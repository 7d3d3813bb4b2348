/**
 * SigV4a's key, derived from the secret (../shared/reference/sigv4a.md; aws-c-auth key_derivation.c):
 * NIST SP 800-108 counter mode with HMAC-SHA256 keyed with `AWS4A` + secret. For counter = 1 … 254,
 * k0 = HMAC(key, 00000001 ‖ "AWS4-ECDSA-P256-SHA256" ‖ 00 ‖ access key id ‖ counter ‖ 00000100);
 * the first k0 ≤ n − 2 gives d = k0 + 1, and the public key is d·G on P-256. Unlike kDate…kSigning
 * it depends on the access key id and the secret only: one key serves every day and region.
 */
import { hexBytes, hmacSha256, toHex, utf8 } from './bytes';
import { ALGORITHM_V4A, P256_N_MINUS_2, SECRET_PREFIX_V4A } from './constants';
import type { EcdsaCurve } from './options';
import { SPEC, TextBuilder, type Origin } from './provenance';
import type { DerivationAttempt, DigestStage, KeyStage, PrivateKeyStage, TextStage } from './trace';

/** The keys of a SigV4a signature, each a stage of the trace. */
export interface EcdsaKeys {
  readonly kSecret: KeyStage;
  /** The derivation's fixed input for the counter that was accepted, as hex. */
  readonly derivationInput: TextStage;
  readonly k0: DigestStage;
  readonly privateKey: PrivateKeyStage;
  /** The public key d·G, uncompressed: `04` ‖ X ‖ Y. */
  readonly publicKey: TextStage;
}

/** The label of the fixed input, after the 4-byte counter `i` (always 1) and before its 00 separator. */
const LABEL = /* @__PURE__ */ utf8(ALGORITHM_V4A);
/** L, the length of the derived key in bits (256), as four bytes. */
const LENGTH_BITS = '00000100';

/** The fixed input data for one counter, as hex, each run traced to its origin. */
function fixedInput(accessKeyId: string, counter: number): TextStage {
  const t = new TextBuilder()
    .push('00000001' + toHex(LABEL) + '00', SPEC)
    .push(toHex(utf8(accessKeyId)), { kind: 'context', field: 'accessKeyId' })
    .push(counter.toString(16).padStart(2, '0'), SPEC)
    .push(LENGTH_BITS, SPEC)
    .build();
  return { id: 'derivationInput', kind: 'text', text: t.text, segments: t.segments };
}

function bigOf(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt('0x' + toHex(bytes));
}

function bytes32(n: bigint): Uint8Array {
  return hexBytes(n.toString(16).padStart(64, '0'));
}

/**
 * The last counter tried. A candidate fails with probability about 2^-32, so the first is accepted for
 * all but a few keys in billions; were all 254 to fail (about 2^-8128), the last would be kept, recorded unaccepted.
 */
const MAX_COUNTER = 254;

/** Derives the SigV4a key pair from the access key id and the secret, recording every counter tried. */
export function ecdsaKeys(accessKeyId: string, secret: string, curve: EcdsaCurve): EcdsaKeys {
  const secretMessage = new TextBuilder().push(SECRET_PREFIX_V4A, SPEC).push(secret, { kind: 'context', field: 'secretAccessKey' }).build();
  const kSecret: KeyStage = { id: 'kSecret', kind: 'key', bytes: utf8(secretMessage.text), key: null, keyBytes: null, message: secretMessage };
  const attempts: DerivationAttempt[] = [];
  let input = fixedInput(accessKeyId, 1);
  let k0: Uint8Array = new Uint8Array(32);
  for (let counter = 1; counter <= MAX_COUNTER; counter++) {
    input = fixedInput(accessKeyId, counter);
    k0 = hmacSha256(kSecret.bytes, hexBytes(input.text));
    const accepted = bigOf(k0) <= P256_N_MINUS_2;
    attempts.push({ counter, k0, accepted });
    if (accepted) break;
  }
  const d = bytes32(bigOf(k0) + 1n);
  const k0Hex = toHex(k0);
  const dHex = toHex(d);
  const point = curve.publicKey(d);
  const pointHex = toHex(point);
  const fromD: Origin = { kind: 'stage', stage: 'privateKey' };
  return {
    kSecret,
    derivationInput: input,
    k0: { id: 'k0', kind: 'digest', bytes: k0, input: 'derivationInput', key: 'kSecret', text: k0Hex, segments: [{ start: 0, end: k0Hex.length, origin: { kind: 'stage', stage: 'derivationInput' } }] },
    privateKey: { id: 'privateKey', kind: 'digest', bytes: d, input: 'k0', key: null, text: dHex, segments: [{ start: 0, end: dHex.length, origin: { kind: 'stage', stage: 'k0' } }], attempts },
    publicKey: {
      id: 'publicKey', kind: 'text', text: pointHex,
      segments: [{ start: 0, end: 2, origin: SPEC }, { start: 2, end: pointHex.length, origin: fromD }],
    },
  };
}

/** The public key's affine coordinates, 64 hex digits each, from its `04` ‖ X ‖ Y text. */
export function publicKeyXY(publicKey: Pick<TextStage, 'text'>): { readonly X: string; readonly Y: string } {
  return { X: publicKey.text.slice(2, 66), Y: publicKey.text.slice(66, 130) };
}
