/**
 * How a what-if runs down the stages: which stage first changes and every stage that changes, in
 * spec order, so the lab can show a mistake propagating to the signature. For mistakes made after
 * signing, the comparison is between what the client signed and what the server recomputes from the
 * request it received.
 */
import { parseRequest, signRequest, STAGE_ORDER, type StageId, type Trace } from '../sigv4';
import type { DiagnoseMessageKey } from './message-keys';
import type { WhatIf, WhatIfInput, WhatIfResult } from './whatif';
import { applyWhatIfs } from './whatif-compose';

/** The stages a change touched, in spec order. */
export interface WhatIfImpact {
  readonly firstChanged: StageId | null;
  readonly changed: readonly StageId[];
}

function same(a: Trace, b: Trace, id: StageId): boolean {
  const x = a.stages[id];
  const y = b.stages[id];
  if (x === null || y === null) return x === y;
  // Keys compare by their bytes (kSecret has no hex text); the others by their text.
  if (x.kind === 'key' && y.kind === 'key') return x.bytes.length === y.bytes.length && x.bytes.every((v, i) => v === y.bytes[i]);
  return x.kind !== 'key' && y.kind !== 'key' && x.text === y.text;
}

/** Compares every stage of two traces in spec order: text stages by text, key stages by bytes. */
export function whatIfImpact(before: Trace, after: Trace): WhatIfImpact {
  const changed = STAGE_ORDER.filter((id) => !same(before, after, id));
  return { firstChanged: changed[0] ?? null, changed };
}

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
