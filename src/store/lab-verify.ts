/**
 * Verification in the lab, pure: a signed request pasted into the verify panel, else the lab's own
 * request when it carries a signature (verified at once, as soon as there is a secret). A mismatch
 * names the first stage that differs: in one place, here, for every view that shows it, against a
 * trace verified earlier when there is one (diagnose/verify-difference.ts). It loads with the
 * diagnosis chunk (store/lab-diagnose.ts): the page's first paint verifies nothing.
 */
import { verifyDifference } from '../diagnose';
import { ALGORITHM_V4A, readSignatureClaim, SigV4Error, verifySignedRequest, type EcdsaCurve, type RequestModel, type StageId, type Trace, type VerifyMatch, type VerifyMismatch } from '../sigv4';
import { importLab, requestIssueOf, type LabIssue, type LabResult } from './lab-compute';

/** Which request was verified: one pasted into the verify panel, or the lab's own. */
export type VerifySource = 'pasted' | 'request';

/** The outcome of verifying a signed request with the lab's secret. */
export type VerifyOutcome =
  | { readonly status: 'match'; readonly source: VerifySource; readonly result: VerifyMatch }
  | {
      readonly status: 'mismatch';
      readonly source: VerifySource;
      readonly result: VerifyMismatch;
      /** The first stage that differs: against a trace verified earlier for this signature when one is known, else what the claim shows. */
      readonly firstDifference: StageId;
      readonly against: 'claim' | 'verified';
    }
  /** The lab's request is signed, and there is no secret yet to check it with. */
  | { readonly status: 'needs-secret'; readonly source: 'request'; readonly accessKeyId: string }
  | { readonly status: 'error'; readonly source: VerifySource; readonly issue: LabIssue };

/** A trace that produced a signature: proof of what its signer computed, kept to name what later differs from it. */
export interface VerifiedTrace {
  readonly signature: string;
  readonly trace: Trace;
}

type Checked =
  | { readonly status: 'match'; readonly result: VerifyMatch }
  | { readonly status: 'mismatch'; readonly result: VerifyMismatch }
  | { readonly status: 'error'; readonly issue: LabIssue }
  /** A SigV4a signature, and the curve to verify it with is still loading. */
  | { readonly status: 'waiting' };

/** Verifies a pasted signed request or presigned URL (raw HTTP, curl or URL); null for a blank paste. */
function checkPasted(text: string, secretAccessKey: string, curve: EcdsaCurve | null): Checked | null {
  const imp = importLab(text);
  if (imp.issue) return { status: 'error', issue: imp.issue };
  if (!imp.imported) return null;
  if (secretAccessKey === '') return { status: 'error', issue: { where: 'field', field: 'secretAccessKey', expected: 'non-empty-string', found: '' } };
  return check(imp.imported, text, secretAccessKey, curve);
}

/** Whether the request claims a SigV4a signature (an unreadable claim is verify's to report). */
function claimsSigV4a(request: RequestModel): boolean {
  try {
    return readSignatureClaim(request)?.claim.algorithm === ALGORITHM_V4A;
  } catch (e) {
    if (e instanceof SigV4Error) return false;
    throw e;
  }
}

function check(imp: NonNullable<LabResult['imported']>, paste: string, secretAccessKey: string, curve: EcdsaCurve | null): Checked {
  if (curve === null && claimsSigV4a(imp.request)) return { status: 'waiting' };
  try {
    const result = verifySignedRequest(imp.request, secretAccessKey, curve ?? undefined);
    return result.status === 'match' ? { status: 'match', result } : { status: 'mismatch', result };
  } catch (e) {
    return { status: 'error', issue: requestIssueOf(e, imp, paste) };
  }
}

/** What labVerify found. */
export interface LabVerify {
  readonly verify: VerifyOutcome | null;
  readonly verified: VerifiedTrace | null;
  /** A SigV4a signature waits for the curve: load it and verify again. */
  readonly needsCurve?: boolean;
}

/**
 * The verify panel's outcome, and the trace verified for the signature in force: a match keeps its
 * trace; a mismatch of the same signature is compared with it; any other signature forgets it.
 */
export function labVerify(
  pasted: string,
  lab: { readonly requestText: string; readonly result: LabResult },
  secretAccessKey: string,
  verified: VerifiedTrace | null,
  curve: EcdsaCurve | null = null,
): LabVerify {
  const { result } = lab;
  let source: VerifySource = 'pasted';
  let checked: Checked | null = null;
  if (pasted.trim() !== '') {
    checked = checkPasted(pasted, secretAccessKey, curve);
  } else if (result.signed && result.imported && !result.pendingHash) {
    source = 'request';
    if (secretAccessKey === '') return { verify: { status: 'needs-secret', source, accessKeyId: result.signed.claim.accessKeyId }, verified };
    checked = check(result.imported, lab.requestText, secretAccessKey, curve);
    // The lab has already placed the request's malformed time (at the value itself): one place for one fault.
    const time = result.issues.find((i) => i.where === 'request' && i.expected === 'amz-date');
    if (checked.status === 'error' && checked.issue.expected === 'amz-date' && time) checked = { status: 'error', issue: time };
  }
  if (checked === null) return { verify: null, verified };
  if (checked.status === 'waiting') return { verify: null, verified, needsCurve: true };
  if (checked.status === 'error') return { verify: { ...checked, source }, verified };
  const r = checked.result;
  if (r.status === 'match') return { verify: { status: 'match', source, result: r }, verified: { signature: r.claim.signature, trace: r.trace } };
  const kept = verified?.signature === r.claim.signature ? verified : null;
  const d = verifyDifference(r, kept?.trace ?? null);
  return { verify: { status: 'mismatch', source, result: r, firstDifference: d.stage, against: d.against }, verified: kept };
}
