/**
 * How a what-if runs down the stages: which stage first changes and every stage that changes, in
 * spec order, so the lab can show a mistake propagating to the signature. For mistakes made after
 * signing, the comparison is between what the client signed and what the server recomputes from the
 * request it received.
 */
import { parseRequest, signRequest, type Trace } from '../sigv4';
import type { DiagnoseMessageKey } from './message-keys';
import { whatIfImpact, type WhatIfImpact } from './trace-diff';
import type { WhatIf, WhatIfInput, WhatIfResult } from './whatif';
import { applyWhatIfs } from './whatif-compose';

/** How the server sees a mistake made after signing: sign(sentRequestText) with the same options; null for the others. */
export function serverTraceOf(result: WhatIfResult): Trace | null {
  if (result.sentRequestText === undefined) return null;
  return signRequest(parseRequest(result.sentRequestText), result.options, result.mistakes);
}

/** One what-if run on one input: the traces before and after, the server's, and the impact. */
export interface WhatIfRun {
  readonly result: WhatIfResult;
  /** The correct signature of the input. */
  readonly before: Trace;
  /** What the client signs with the mistake made. */
  readonly after: Trace;
  /** What the server recomputes from the request it received, for mistakes made after signing. */
  readonly server: Trace | null;
  /** before → after; for mistakes made after signing, after → server (what was signed against what is checked). */
  readonly impact: WhatIfImpact;
  /** True when the signature the server checks differs from the one it computes (or from the correct one). */
  readonly signatureChanged: boolean;
  /** Why nothing changed, when nothing did. */
  readonly noopKey?: DiagnoseMessageKey;
}

/** Applies one what-if (or several, in order) and signs every side; throws the core's SigV4Error when the input cannot be signed. */
export function runWhatIf(whatIf: WhatIf | readonly WhatIf[], input: WhatIfInput): WhatIfRun {
  const result = applyWhatIfs('apply' in whatIf ? [whatIf] : whatIf, input);
  const before = signRequest(parseRequest(input.requestText), input.options, input.mistakes);
  const after = signRequest(parseRequest(result.requestText), result.options, result.mistakes);
  const server = serverTraceOf(result);
  const [from, to] = server ? [after, server] : [before, after];
  const impact = whatIfImpact(from, to);
  const noopKey = result.noopKey ?? (impact.changed.length === 0 ? 'whatif.noop.unaffected' : undefined);
  return {
    result, before, after, server, impact,
    signatureChanged: from.stages.signature.text !== to.stages.signature.text,
    ...(noopKey ? { noopKey } : {}),
  };
}
