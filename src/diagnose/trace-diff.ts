/** Two traces compared stage by stage, in spec order: which stage first differs, and every one that does. */
import { STAGE_ORDER, type StageId, type Trace } from '../sigv4';

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
