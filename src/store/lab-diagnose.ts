/**
 * The lab's debugging computations, pure: a pasted server echo against our trace, the what-if
 * toggles, and (for the verify panel) where a mismatch first differs from a trace verified earlier.
 */
import { diffEcho, likelyCauses, runWhatIf, WHATIFS, type Cause, type EchoDiff, type WhatIfId, type WhatIfRun } from '../diagnose';
export { verifyDifference } from '../diagnose';
import { EchoError, parseEcho, type Echo, type ImportExpectation } from '../inputs';
import { SigV4Error } from '../sigv4';
import { BIG_BODY, type LabResult } from './lab-compute';

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
