/**
 * What each stage card shows, derived from the lab's result: its value (or why it has none), its
 * provenance-carrying text, its bytes and the values its explanation is filled with.
 */
import type { LabResult } from '../../store';
import { toHex, type SourcedText, type StageId } from '../../sigv4';

/** Why a stage has no value yet. */
export type Unavailable = 'request' | 'fields' | 'secret' | 'hashing';

/** One card. */
export interface StageView {
  readonly id: StageId;
  readonly testId: string;
  /** The exact value (hex for digests and keys); null when it cannot be computed yet. */
  readonly value: string | null;
  readonly sourced: SourcedText | null;
  readonly bytes: Uint8Array | null;
  readonly unavailable: Unavailable | null;
}

/** The kebab-case data-testid of a stage. */
export const TEST_ID: Partial<Record<StageId, string>> = {
  canonicalRequest: 'canonical-request',
  canonicalRequestHash: 'canonical-request-hash',
  stringToSign: 'string-to-sign',
  kSecret: 'k-secret',
  kDate: 'k-date',
  kRegion: 'k-region',
  kService: 'k-service',
  kSigning: 'k-signing',
  signature: 'signature',
  authorization: 'authorization-header',
  presignedUrl: 'presigned-url',
  signedRequest: 'signed-request',
};

function reasonFor(r: LabResult, needsKeys: boolean, needsCanonical: boolean): Unavailable {
  if (needsCanonical && !r.canonical && r.pendingHash) return 'hashing';
  if (needsCanonical && !r.canonical) return r.issues.some((i) => i.where === 'request') || !r.imported ? 'request' : 'fields';
  if (needsKeys && !r.keys) return r.options ? 'secret' : 'fields';
  return 'fields';
}

/** The cards of a result, in spec order; the mode decides between the Authorization header and the presigned URL. */
export function stageViews(r: LabResult, mode: 'header' | 'query'): StageView[] {
  const c = r.canonical?.stages;
  const k = r.keys;
  const s = r.trace?.stages;
  const view = (id: StageId, sourced: SourcedText | null, bytes: Uint8Array | null, needsKeys: boolean, needsCanonical: boolean, value?: string | null): StageView => {
    const v = value !== undefined ? value : sourced ? sourced.text : bytes ? toHex(bytes) : null;
    return { id, testId: TEST_ID[id]!, value: v, sourced, bytes, unavailable: v === null ? reasonFor(r, needsKeys, needsCanonical) : null };
  };
  const keyView = (id: 'kSecret' | 'kDate' | 'kRegion' | 'kService' | 'kSigning') => {
    const stage = k?.[id] ?? null;
    return view(id, stage ? stage.message : null, stage ? stage.bytes : null, true, false, stage ? (id === 'kSecret' ? null : toHex(stage.bytes)) : null);
  };
  const views: StageView[] = [
    view('canonicalRequest', c?.canonicalRequest ?? null, null, false, true),
    view('canonicalRequestHash', c?.canonicalRequestHash ?? null, c?.canonicalRequestHash.bytes ?? null, false, true),
    view('stringToSign', c?.stringToSign ?? null, null, false, true),
    keyView('kSecret'),
    keyView('kDate'),
    keyView('kRegion'),
    keyView('kService'),
    keyView('kSigning'),
    view('signature', s?.signature ?? null, s?.signature.bytes ?? null, true, true),
    mode === 'query' ? view('presignedUrl', s?.presignedUrl ?? null, null, true, true) : view('authorization', s?.authorization ?? null, null, true, true),
    view('signedRequest', s?.signedRequest ?? null, null, true, true),
  ];
  // kSecret's value is its masked form (the contract): filled in by the card, which knows the reveal state.
  return views.map((v) => (v.id === 'kSecret' && k ? { ...v, unavailable: null } : v));
}
