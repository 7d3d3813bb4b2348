/** SigV4a's key derivation (sigv4a.md): d for the vectors' key, the counters tried, and what the key depends on. */
import { describe, expect, it } from 'vitest';
import { ecdsaKeys, publicKeyXY } from './ecdsa-key';
import { P256 } from './p256';

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

describe('ecdsaKeys', () => {
  it('derives the reference’s d and public key for AKIDEXAMPLE, accepted at counter 1', () => {
    const k = ecdsaKeys('AKIDEXAMPLE', SECRET, P256);
    expect(k.privateKey.text).toBe('7efc8c0e65a324242818c5a50c891c6060b6a00717b7ba3cbe3c5d765be9259c');
    expect(publicKeyXY(k.publicKey)).toEqual({ X: 'b6618f6a65740a99e650b33b6b4b5bd0d43b176d721a3edfea7e7d2d56d936b1', Y: '865ed22a7eadc9c5cb9d2cbaca1b3699139fedc5043dc6661864218330c8e518' });
    expect(k.privateKey.attempts.map((a) => [a.counter, a.accepted])).toEqual([[1, true]]);
    // d = k0 + 1, and the fixed input is 00000001 ‖ label ‖ 00 ‖ access key id ‖ counter ‖ 00000100.
    expect(BigInt('0x' + k.privateKey.text) - BigInt('0x' + k.k0.text)).toBe(1n);
    expect(k.derivationInput.text).toBe('00000001' + Buffer.from('AWS4-ECDSA-P256-SHA256').toString('hex') + '00' + Buffer.from('AKIDEXAMPLE').toString('hex') + '01' + '00000100');
    expect(new TextDecoder().decode(k.kSecret.bytes)).toBe('AWS4A' + SECRET);
  });

  it('depends on the access key id and the secret, nothing else', () => {
    const a = ecdsaKeys('AKIDEXAMPLE', SECRET, P256).privateKey.text;
    expect(ecdsaKeys('AKIDEXAMPLE', SECRET, P256).privateKey.text).toBe(a);
    expect(ecdsaKeys('AKIDEXAMPLF', SECRET, P256).privateKey.text).not.toBe(a);
    expect(ecdsaKeys('AKIDEXAMPLE', SECRET + 'x', P256).privateKey.text).not.toBe(a);
  });

  it('tries the next counter when k0 > n − 2 (a key found by search, about one in 2^32)', () => {
    const k = ecdsaKeys('AKIDEXAMPLE04DE1FAE1', SECRET, P256);
    expect(k.privateKey.attempts.map((a) => [a.counter, a.accepted])).toEqual([[1, false], [2, true]]);
    expect(k.derivationInput.text.slice(-10, -8)).toBe('02');
  });
});
