/**
 * The lab's debugging computations, pure: a pasted server echo against our trace, the what-if
 * toggles, the difference the diagram paints, and (for the verify panel) where a mismatch first
 * differs from a trace verified earlier.
 */
import { diffEcho, likelyCauses, runWhatIf, whatIfImpact, WHATIFS, type Cause, type DiagnoseMessageKey, type EchoDiff, type WhatIfId, type WhatIfRun } from '../diagnose';
/**
 * SigV4a's curve travels in this chunk: a chunk of its own would share the hashing code with the
 * first paint's and split it out of it (a kilobyte more before the first paint, measured).
 */
export { P256 } from '../sigv4/p256';
/** Verification too: the first paint verifies nothing. */
export { labVerify } from './lab-verify';
import { EchoError, parseEcho, type Echo, type ImportExpectation } from '../inputs';
import { SigV4Error, type StageId, type Trace } from '../sigv4';
import { downstreamOf, readsWhole } from './diagram';
import { BIG_BODY, type LabResult } from './lab-compute';
import type { VerifiedTrace, VerifyOutcome } from './lab-verify';

/** What a failed verification paints: the verify panel's outcome and the trace that once produced the claimed signature. */
export interface VerifyPaint {
  readonly outcome: VerifyOutcome | null;
  readonly verified: VerifiedTrace | null;
}

/** Why a pasted echo could not be read: where in the echo, and what was expected there. */
export interface EchoIssue {
  readonly where: 'echo';
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly expected: ImportExpectation;
  readonly found: string;
}

/** The echo diff, or why there is none. */
export type EchoOutcome =
  | { readonly status: 'diff'; readonly echo: Echo; readonly diff: EchoDiff; readonly causes: readonly Cause[] }
  | { readonly status: 'no-trace' }
  | { readonly status: 'error'; readonly issue: EchoIssue };

/** Parses a pasted echo and compares it with the lab's trace. */
export function computeEcho(text: string, result: LabResult): EchoOutcome | null {
  if (text.trim() === '') return null;
  let echo: Echo;
  try {
    echo = parseEcho(text);
  } catch (e) {
    if (e instanceof EchoError) {
      return { status: 'error', issue: { where: 'echo', line: e.line, column: e.column, offset: e.offset, expected: e.expected, found: e.found } };
    }
    throw e;
  }
  if (!result.trace) return { status: 'no-trace' };
  const diff = diffEcho(echo, result.trace);
  return { status: 'diff', echo, diff, causes: likelyCauses(diff, result.trace) };
}

/** The what-if run, or why there is none. */
export type WhatIfOutcome =
  | { readonly status: 'run'; readonly run: WhatIfRun }
  | { readonly status: 'unavailable'; readonly reason: 'no-trace' | 'big-body' | 'unsignable' };

/** Applies the selected what-ifs to the lab's inputs and signs every side. */
export function computeWhatIf(selected: readonly WhatIfId[], result: LabResult): WhatIfOutcome | null {
  if (selected.length === 0) return null;
  const imp = result.imported;
  if (!imp || !result.options || !result.trace) return { status: 'unavailable', reason: 'no-trace' };
  if (result.bodySize >= BIG_BODY) return { status: 'unavailable', reason: 'big-body' };
  const chosen = WHATIFS.filter((w) => selected.includes(w.id));
  try {
    return { status: 'run', run: runWhatIf(chosen, { requestText: imp.httpText, options: result.options }) };
  } catch (e) {
    if (e instanceof SigV4Error) return { status: 'unavailable', reason: 'unsignable' };
    throw e;
  }
}

/** What the diagram paints: one what-if, the server's echo, or nothing (the signature as computed). */
/** A what-if, the server's answer, or a signed request's failed verification (the doctor). */
export type PaintChoice = WhatIfId | 'echo' | 'verify' | null;

/** The name of one side of a painted difference: the correct signature, the one with the mistake, the server's, the lab's. */
export type PaintSide = 'correct' | 'mistaken' | 'server' | 'ours' | 'signed' | 'request';

/** One side's values: a whole signature, or the texts a server echoed (its canonical request, string to sign, the signature it was sent). */
export type PaintValues = { readonly trace: Trace } | { readonly texts: Partial<Readonly<Record<StageId, string>>> };

/** A difference painted on the diagram, or why there is none. */
export type PaintOutcome =
  | {
      readonly status: 'painted';
      readonly source: 'whatif' | 'echo' | 'verify';
      /** The earliest stage that differs; null when nothing does. */
      readonly first: StageId | null;
      /** Every stage that differs, in spec order: the first and, down from it, every stage computed from one that differs. */
      readonly changed: readonly StageId[];
      /** The two sides compared, the reference first (as the echo diff puts the server's first). */
      readonly sides: readonly [PaintSide, PaintSide];
      readonly values: readonly [PaintValues, PaintValues];
      /** Why nothing changed, when nothing did. */
      readonly noopKey?: DiagnoseMessageKey;
    }
  | { readonly status: 'unavailable'; readonly reason: 'no-trace' | 'big-body' | 'unsignable' | 'no-echo' | 'no-mismatch' };

/** The texts a server echoed, by the stage they are: the hash line of its string to sign is its canonical request hash. */
function echoedTexts(echo: Echo): Partial<Record<StageId, string>> {
  const hash = echo.stringToSign?.split('\n')[3];
  return {
    ...(echo.canonicalRequest !== undefined ? { canonicalRequest: echo.canonicalRequest } : {}),
    ...(hash !== undefined ? { canonicalRequestHash: hash } : {}),
    ...(echo.stringToSign !== undefined ? { stringToSign: echo.stringToSign } : {}),
    ...(echo.signatureProvided !== undefined ? { signature: echo.signatureProvided.trim().toLowerCase() } : {}),
  };
}

/**
 * The difference the diagram paints. A what-if compares two whole signatures, so what differs is
 * what differs. A server echoes two texts: every stage computed from a differing one differs too,
 * except where a stage reads only a part the comparison found equal (readsWhole).
 */
export function computePainting(choice: PaintChoice, result: LabResult, echo: EchoOutcome | null, verify: VerifyPaint | null = null): PaintOutcome | null {
  if (choice === null) return null;
  const trace = result.trace;
  const inMode = (id: StageId) => trace?.stages[id] !== null;
  if (choice === 'verify') {
    if (verify?.outcome?.status !== 'mismatch') return { status: 'unavailable', reason: 'no-mismatch' };
    const now = verify.outcome.result.trace;
    const was = verify.verified?.trace ?? null;
    const claimed = verify.outcome.result.claim.signature;
    // Against the trace that produced the signature, every stage is compared whole; against the claim alone, what it shows differs and all below it.
    const changed = was ? whatIfImpact(was, now).changed : downstreamOf([verify.outcome.firstDifference]);
    const onScreen = (id: StageId) => now.stages[id] !== null;
    return {
      status: 'painted', source: 'verify', first: verify.outcome.firstDifference, changed: changed.filter(onScreen),
      sides: ['signed', 'request'], values: [was ? { trace: was } : { texts: { signature: claimed } }, { trace: now }],
    };
  }
  if (choice === 'echo') {
    if (echo?.status !== 'diff' || !trace) return { status: 'unavailable', reason: echo?.status === 'no-trace' ? 'no-trace' : 'no-echo' };
    return {
      status: 'painted', source: 'echo', first: echo.diff.firstDifference, changed: downstreamOf(echo.diff.differing, readsWhole).filter(inMode),
      sides: ['server', 'ours'], values: [{ texts: echoedTexts(echo.echo) }, { trace }],
    };
  }
  const outcome = computeWhatIf([choice], result);
  if (outcome === null || outcome.status === 'unavailable') return { status: 'unavailable', reason: outcome?.reason ?? 'no-trace' };
  const { run } = outcome;
  const [from, to] = run.server ? [run.after, run.server] : [run.before, run.after];
  return {
    status: 'painted', source: 'whatif', first: run.impact.firstChanged, changed: run.impact.changed.filter(inMode),
    sides: run.server ? ['mistaken', 'server'] : ['correct', 'mistaken'], values: [{ trace: from }, { trace: to }],
    ...(run.noopKey ? { noopKey: run.noopKey } : {}),
  };
}
