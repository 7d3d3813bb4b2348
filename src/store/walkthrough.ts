/**
 * The lab's walkthrough: the order a speaker reveals a signature in, and what each step consumes.
 * Built from the stage registry for each algorithm, so the UI, the tests and the tour read the same list.
 */
import { STAGE_LIST, STAGES, type Algorithm, type StageId, type StageInput } from '../sigv4';

/** A walkthrough step: the method, the canonical request part by part, then its hash, the string to sign, the keys, the signature. */
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

const inAlgorithm = (id: StageId, algorithm: Algorithm): boolean => STAGES[id].algorithm === null || STAGES[id].algorithm === algorithm;

function stepsOf(algorithm: Algorithm): readonly WalkStep[] {
  return [
    METHOD,
    ...STAGE_LIST.flatMap(({ id, view, inputs, walk }): WalkStep[] =>
      walk !== null && walk !== 'with-first-use' && inAlgorithm(id, algorithm)
        ? [{ id, stage: view === 'part' ? 'canonicalRequest' : id, ...(view === 'part' ? { part: id } : {}), consumes: inputs.filter((i) => !(i in STAGES) || inAlgorithm(i as StageId, algorithm)), name: walk.step }]
        : [],
    ),
  ];
}

const STEPS: Readonly<Record<Algorithm, readonly WalkStep[]>> = { sigv4: stepsOf('sigv4'), sigv4a: stepsOf('sigv4a') };

/** Every step of an algorithm's signature, in order: each stage with a step of its own in the registry, a part revealing the canonical request's card. */
export function walkSteps(algorithm: Algorithm): readonly WalkStep[] {
  return STEPS[algorithm];
}

/** The stages a step has revealed by step n (1-based; 0 reveals nothing, null means no walkthrough), with those revealed alongside their first use. */
export function revealedStages(step: number | null, algorithm: Algorithm = 'sigv4'): ReadonlySet<StageId> | null {
  if (step === null) return null;
  const stepped = new Set<StageId>(STEPS[algorithm].slice(0, step).map((s) => s.stage));
  for (const d of STAGE_LIST) {
    if (d.walk !== 'with-first-use') continue;
    const firstUse = STEPS[algorithm].find((s) => s.consumes.includes(d.id));
    if (firstUse && stepped.has(firstUse.stage)) stepped.add(d.id);
  }
  return stepped;
}
