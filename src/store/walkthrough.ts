/**
 * The lab's walkthrough: the order a speaker reveals a signature in, and what each step consumes.
 * Pure data, so the UI, the tests and the tour read the same list.
 */
import type { StageId } from '../sigv4';

/** A walkthrough step: the canonical request part by part, then its hash, the string to sign, the key chain, the signature. */
export interface WalkStep {
  readonly id: string;
  /** The stage card this step reveals. */
  readonly stage: StageId;
  /** For canonical-request parts: which line(s) of the canonical request it fills. */
  readonly part?: 'method' | 'canonicalUri' | 'canonicalQuery' | 'canonicalHeaders' | 'signedHeaders' | 'payloadHash';
  /** The stages (or the request itself, 'request') this step consumes. */
  readonly consumes: readonly (StageId | 'request' | 'secret' | 'scope')[];
}

/** Every step, in order. */
export const WALK_STEPS: readonly WalkStep[] = [
  { id: 'method', stage: 'canonicalRequest', part: 'method', consumes: ['request'] },
  { id: 'canonicalUri', stage: 'canonicalRequest', part: 'canonicalUri', consumes: ['request'] },
  { id: 'canonicalQuery', stage: 'canonicalRequest', part: 'canonicalQuery', consumes: ['request'] },
  { id: 'canonicalHeaders', stage: 'canonicalRequest', part: 'canonicalHeaders', consumes: ['request'] },
  { id: 'signedHeaders', stage: 'canonicalRequest', part: 'signedHeaders', consumes: ['canonicalHeaders'] },
  { id: 'payloadHash', stage: 'canonicalRequest', part: 'payloadHash', consumes: ['request'] },
  { id: 'canonicalRequestHash', stage: 'canonicalRequestHash', consumes: ['canonicalRequest'] },
  { id: 'stringToSign', stage: 'stringToSign', consumes: ['canonicalRequestHash', 'scope'] },
  { id: 'kDate', stage: 'kDate', consumes: ['kSecret', 'scope'] },
  { id: 'kRegion', stage: 'kRegion', consumes: ['kDate', 'scope'] },
  { id: 'kService', stage: 'kService', consumes: ['kRegion', 'scope'] },
  { id: 'kSigning', stage: 'kSigning', consumes: ['kService'] },
  { id: 'signature', stage: 'signature', consumes: ['kSigning', 'stringToSign'] },
];

/** The stages a step has revealed by step n (1-based; 0 reveals nothing, null means no walkthrough). */
export function revealedStages(step: number | null): ReadonlySet<StageId> | null {
  if (step === null) return null;
  return new Set(WALK_STEPS.slice(0, step).map((s) => s.stage));
}
