/**
 * The first stage at which a request that fails verification differs from what was signed. The
 * signature alone shows only that something differs, so without more it is the signature itself
 * (or the stage the claim already contradicts: its scope date, a missing signed header). But a
 * trace that once produced this very signature proves what its signer computed (the HMAC matched,
 * so did the string to sign, and with its hash the canonical request): against it, the first stage
 * that differs is known, in spec order. When only the secret changed, the canonical request and the
 * string to sign are equal and kSecret (`AWS4` + secret) is the first value that differs, kDate the
 * first HMAC; when a signed header changed, the canonical headers; when the body did, the payload hash.
 */
import type { StageId, Trace, VerifyMismatch } from '../sigv4';
import { whatIfImpact } from './trace-diff';

/** The first stage that differs, and what it differs from: the request's own claim, or a trace verified earlier for the same signature. */
export interface VerifyDifference {
  readonly stage: StageId;
  readonly against: 'claim' | 'verified';
}

/** Where a mismatch first differs; `verified` is a trace that produced the signature the request carries, if one is known. */
export function verifyDifference(result: VerifyMismatch, verified: Trace | null): VerifyDifference {
  if (result.reason === 'signature' && verified && verified.stages.signature.text === result.claim.signature) {
    const first = whatIfImpact(verified, result.trace).firstChanged;
    if (first) return { stage: first, against: 'verified' };
  }
  return { stage: result.firstDifference, against: 'claim' };
}
