/**
 * The signature as a picture, derived from the stage registry (practice 13): its nodes (the lab's
 * cards in a signing mode), the edges the registry's inputs draw between them, the stages a
 * difference runs down to, and the state each node shows. Pure.
 */
import { cardStages, STAGE_LIST, STAGES, stageExists, type Algorithm, type SigningMode, type StageId, type StageInput } from '../sigv4';
import type { StageCard } from './stage-cards';

/** A part of the canonical request: a stage the registry draws inside it. */
export type PartStage = { [K in StageId]: (typeof STAGES)[K]['view'] extends 'part' ? K : never }[StageId];

/** What the diagram draws besides the stages: the pasted request and the secret access key, where the two chains start. */
export type DiagramSource = 'request' | 'secret';

/** An end of an edge: a stage's node or a source. */
export type DiagramEnd = StageId | DiagramSource;

/** An arrow of the diagram: `to` is computed from `from`. */
export interface DiagramEdge {
  readonly from: DiagramEnd;
  readonly to: StageId;
}

/** The state a node shows: computed, changed by a what-if or the server's echo, not computable (bad input), or not computed or walked yet. */
export type NodeState = 'ok' | 'changed' | 'error' | 'pending';

/** The stages the diagram draws in a mode and algorithm, in spec order: one node per card of the lab. */
export function diagramNodes(mode: SigningMode, algorithm: Algorithm = 'sigv4'): readonly StageId[] {
  return cardStages(mode, algorithm).map((d) => d.id);
}

/**
 * The node an input is drawn from in a mode: a part of the canonical request is drawn inside it;
 * the credential scope and the signing context are drawn inside the nodes that use them (the
 * string to sign's scope line, each key's message), so they are no edge; null for those.
 */
export function drawnFrom(input: StageInput, mode: SigningMode, algorithm: Algorithm = 'sigv4'): DiagramEnd | null {
  if (input === 'request' || input === 'secret') return input;
  if (input === 'context') return null;
  const d = STAGES[input];
  if (d.view === 'part') return 'canonicalRequest';
  return d.card && stageExists(d, mode, algorithm) ? d.id : null;
}

/** Every edge of the diagram in a mode and algorithm, each once, in the order of the stages they lead to. */
export function diagramEdges(mode: SigningMode, algorithm: Algorithm = 'sigv4'): readonly DiagramEdge[] {
  const out: DiagramEdge[] = [];
  for (const to of diagramNodes(mode, algorithm)) {
    for (const input of STAGES[to].inputs) {
      const from = drawnFrom(input, mode, algorithm);
      if (from !== null && from !== to && !out.some((e) => e.from === from && e.to === to)) out.push({ from, to });
    }
  }
  return out;
}

/** The stages that read each stage, from the registry's inputs. */
const CONSUMERS = new Map<StageId, readonly StageId[]>(STAGE_LIST.map((d) => [d.id, STAGE_LIST.filter((c) => c.inputs.includes(d.id)).map((c) => c.id)]));

/**
 * Every stage computed, however indirectly, from one of `roots`, the roots included, in spec
 * order. `follows(from, to)` may leave an edge out (where a comparison already knows better).
 */
export function downstreamOf(roots: Iterable<StageId>, follows: (from: StageId, to: StageId) => boolean = () => true): StageId[] {
  const seen = new Set<StageId>();
  const visit = (id: StageId): void => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const c of CONSUMERS.get(id) ?? []) if (follows(id, c)) visit(c);
  };
  for (const r of roots) visit(r);
  return STAGE_LIST.map((d) => d.id).filter((id) => seen.has(id));
}

/**
 * Whether `to` reads all of `from`: each key of the chain reads one component of the credential
 * scope (kDate its date, kRegion its region, …) and the signed headers only the headers' names, so
 * a difference in the rest of the input does not reach them. A comparison of the parts decides there.
 */
export function readsWhole(from: StageId, to: StageId): boolean {
  if (from === 'credentialScope') return STAGES[to].view !== 'key';
  return !(from === 'canonicalHeaders' && to === 'signedHeaders');
}

/** Every stage that `stage` is computed from, however indirectly (itself excluded). */
export function upstreamOf(stage: StageId): StageId[] {
  return STAGE_LIST.map((d) => d.id).filter((id) => id !== stage && downstreamOf([id]).includes(stage));
}

/**
 * A node's state: pending while its card is not built yet, a large body is hashed or a walkthrough
 * has not reached it; error when its input cannot be used; changed when a painted difference
 * reaches it; ok otherwise.
 */
export function nodeState(card: StageCard | null | undefined, revealed: boolean, changed: boolean): NodeState {
  if (!card || card.pending || card.unavailable === 'hashing' || card.unavailable === 'curve') return 'pending';
  if (card.unavailable !== null) return 'error';
  if (!revealed) return 'pending';
  return changed ? 'changed' : 'ok';
}
