/**
 * Which stages owe nothing to one input of the signing context, read from their provenance
 * (practice 6): a stage depends on a field when a run of its text (a key's: its HMAC message) came
 * from that field, or from a stage that depends on it, or when it was hashed or keyed from one.
 */
import type { ContextField, Origin } from './provenance';
import { STAGE_ORDER, type StageId } from './stage-ids';
import type { Stages } from './trace';

/** The stages of `stages` whose value is the same whatever `field` holds; a stage computed from one that is absent counts as depending on it. */
export function stagesIndependentOf(stages: Partial<Stages>, field: ContextField): Partial<Stages> {
  const memo = new Map<StageId, boolean>();
  const depends = (id: StageId): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const s = stages[id];
    let d = true;
    if (s) {
      const runs = s.kind === 'key' ? s.message.segments : s.segments;
      d =
        runs.some((seg) => from(seg.origin)) ||
        (s.kind !== 'text' && s.key !== null && depends(s.key)) ||
        (s.kind === 'digest' && depends(s.input));
    }
    memo.set(id, d);
    return d;
  };
  const from = (o: Origin): boolean => (o.kind === 'context' && o.field === field) || (o.kind === 'stage' && depends(o.stage));
  return Object.fromEntries(STAGE_ORDER.filter((id) => stages[id] && !depends(id)).map((id) => [id, stages[id]]));
}
