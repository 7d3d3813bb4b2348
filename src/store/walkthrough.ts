/**
 * The lab's walkthrough: the order a speaker reveals a signature in, and what each step consumes.
 * Built from the stage registry, so the UI, the tests and the tour read the same list.
 */
import { STAGE_LIST, type StageId, type StageInput } from '../sigv4';

/** A walkthrough step: the method, the canonical request part by part, then its hash, the string to sign, the key chain, the signature. */
export interface WalkStep {
  readonly id: 'method' | StageId;
  /** The stage card this step reveals. */
  readonly stage: StageId;
  /** For canonical-request parts: which line(s) of the canonical request it fills. */
  readonly part?: 'method' | StageId;
  /** What this step consumes: stages, or the request itself. */
  readonly consumes: readonly StageInput[];
  /** The catalogue key of the step's name. */
  readonly name: string;
}

// The method is the canonical request's first line, copied from the request: a step, but no stage.
const METHOD: WalkStep = { id: 'method', stage: 'canonicalRequest', part: 'method', consumes: ['request'], name: 'walk.method' };

/** Every step, in order: each stage with a step of its own in the registry, a part revealing the canonical request's card. */
export const WALK_STEPS: readonly WalkStep[] = [
  METHOD,
  ...STAGE_LIST.flatMap(({ id, view, inputs, walk }): WalkStep[] =>
    walk !== null && 'step' in walk ? [{ id, stage: view === 'part' ? 'canonicalRequest' : id, ...(view === 'part' ? { part: id } : {}), consumes: inputs, name: walk.step }] : [],
  ),
];

/** The stages a step has revealed by step n (1-based; 0 reveals nothing, null means no walkthrough), with those revealed alongside them. */
export function revealedStages(step: number | null): ReadonlySet<StageId> | null {
  if (step === null) return null;
  const stepped = new Set<StageId>(WALK_STEPS.slice(0, step).map((s) => s.stage));
  for (const d of STAGE_LIST) if (d.walk !== null && 'with' in d.walk && stepped.has(d.walk.with)) stepped.add(d.id);
  return stepped;
}
