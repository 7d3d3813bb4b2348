/**
 * The stage registry (architecture practices 3 and 13): the stages of a SigV4 signature in spec
 * order, and one descriptor each. The trace's type, the tiling test, the lab's cards and their
 * explanations, the walkthrough and the e2e page objects all iterate it, so a new stage is one
 * entry here plus its words; a missing piece fails to compile (`satisfies`) or fails a test.
 */
import type { Algorithm, SigningMode } from './options';
import type { Explanation, StageDescriptor, StageMessage } from './stage-descriptor';
import type { PayloadSource } from './trace';

/** The stages of a SigV4 signature, in spec order. */
export const STAGE_ORDER = [
  'canonicalUri',
  'canonicalQuery',
  'canonicalHeaders',
  'signedHeaders',
  'payloadHash',
  'canonicalRequest',
  'canonicalRequestHash',
  'credentialScope',
  'stringToSign',
  'kSecret',
  'kDate',
  'kRegion',
  'kService',
  'kSigning',
  'derivationInput',
  'k0',
  'privateKey',
  'publicKey',
  'signature',
  'authorization',
  'presignedUrl',
  'signedRequest',
] as const;

/** One stage of the signature. */
export type StageId = (typeof STAGE_ORDER)[number];

/** Every stage's descriptor, by id. */
export const STAGES = {
  canonicalUri: {
    id: 'canonicalUri', testId: 'canonical-request-part-canonical-uri', title: 'part.canonicalUri', view: 'part', card: false, only: null, algorithm: null,
    inputs: ['request'], walk: { step: 'walk.canonicalUri' }, explain: { key: 'part.canonicalUri.hint', slots: {} },
  },
  canonicalQuery: {
    id: 'canonicalQuery', testId: 'canonical-request-part-canonical-query', title: 'part.canonicalQuery', view: 'part', card: false, only: null, algorithm: null,
    inputs: ['request'], walk: { step: 'walk.canonicalQuery' }, explain: { key: 'part.canonicalQuery.hint', slots: {} },
  },
  canonicalHeaders: {
    id: 'canonicalHeaders', testId: 'canonical-request-part-canonical-headers', title: 'part.canonicalHeaders', view: 'part', card: false, only: null, algorithm: null,
    inputs: ['request'], walk: { step: 'walk.canonicalHeaders' }, explain: { key: 'part.canonicalHeaders.hint', slots: {} },
  },
  signedHeaders: {
    id: 'signedHeaders', testId: 'canonical-request-part-signed-headers', title: 'part.signedHeaders', view: 'part', card: false, only: null, algorithm: null,
    inputs: ['canonicalHeaders'], walk: { step: 'walk.signedHeaders' }, explain: { key: 'part.signedHeaders.hint', slots: {} },
  },
  payloadHash: {
    id: 'payloadHash', testId: 'canonical-request-part-payload-hash', title: 'part.payloadHash', view: 'part', card: false, only: null, algorithm: null,
    inputs: ['request'], walk: { step: 'walk.payloadHash' },
    explain: {
      byPayloadSource: {
        body: { key: 'part.payloadHash.hint.body', slots: { bodyBytes: { fact: 'bodySize' } } },
        header: { key: 'part.payloadHash.hint.header', slots: {} },
        option: { key: 'part.payloadHash.hint.option', slots: {} },
      },
    },
  },
  canonicalRequest: {
    id: 'canonicalRequest', testId: 'canonical-request', title: 'stage.canonicalRequest.title', view: 'canonical', card: true, only: null, algorithm: null,
    // The method comes from the request itself; its walkthrough steps are its parts'.
    inputs: ['request', 'canonicalUri', 'canonicalQuery', 'canonicalHeaders', 'signedHeaders', 'payloadHash'], walk: null, explain: { key: 'stage.canonicalRequest.explain', slots: {} },
  },
  canonicalRequestHash: {
    id: 'canonicalRequestHash', testId: 'canonical-request-hash', title: 'stage.canonicalRequestHash.title', view: 'digest', card: true, only: null, algorithm: null,
    inputs: ['canonicalRequest'], walk: { step: 'walk.canonicalRequestHash' }, explain: { key: 'stage.canonicalRequestHash.explain', slots: { bytes: { utf8Length: 'canonicalRequest' } } },
  },
  // Shown inside the string to sign and the Authorization header, not on a card of its own.
  credentialScope: {
    id: 'credentialScope', testId: 'credential-scope', title: 'stage.credentialScope.title', view: 'text', card: false, only: null, algorithm: null,
    inputs: ['context'], walk: null, explain: null,
  },
  stringToSign: {
    id: 'stringToSign', testId: 'string-to-sign', title: 'stage.stringToSign.title', view: 'text', card: true, only: null, algorithm: null,
    inputs: ['canonicalRequestHash', 'credentialScope'], walk: { step: 'walk.stringToSign' },
    explain: { key: 'stage.stringToSign.explain', slots: { amzDate: { fact: 'signingTime' }, scope: { text: 'credentialScope' } } },
  },
  // kSecret shows with kDate's step (SigV4a: k0's): the first HMAC is where the secret comes in.
  kSecret: {
    id: 'kSecret', testId: 'k-secret', title: 'stage.kSecret.title', view: 'secret', card: true, only: null, algorithm: null,
    inputs: ['secret'], walk: 'with-first-use',
    explain: { byAlgorithm: { sigv4: { key: 'stage.kSecret.explain', slots: {} }, sigv4a: { key: 'stage.kSecret.explain.sigv4a', slots: {} } } },
  },
  // Each key is keyed with the one before, its message a part of the scope (date, region, service).
  kDate: {
    id: 'kDate', testId: 'k-date', title: 'stage.kDate.title', view: 'key', card: true, only: null, algorithm: 'sigv4',
    inputs: ['kSecret', 'credentialScope'], walk: { step: 'walk.kDate' }, explain: { key: 'stage.kDate.explain', slots: { date: { text: 'kDate' } } },
  },
  kRegion: {
    id: 'kRegion', testId: 'k-region', title: 'stage.kRegion.title', view: 'key', card: true, only: null, algorithm: 'sigv4',
    inputs: ['kDate', 'credentialScope'], walk: { step: 'walk.kRegion' }, explain: { key: 'stage.kRegion.explain', slots: { region: { text: 'kRegion' } } },
  },
  kService: {
    id: 'kService', testId: 'k-service', title: 'stage.kService.title', view: 'key', card: true, only: null, algorithm: 'sigv4',
    inputs: ['kRegion', 'credentialScope'], walk: { step: 'walk.kService' }, explain: { key: 'stage.kService.explain', slots: { service: { text: 'kService' } } },
  },
  kSigning: {
    id: 'kSigning', testId: 'k-signing', title: 'stage.kSigning.title', view: 'key', card: true, only: null, algorithm: 'sigv4',
    inputs: ['kService'], walk: { step: 'walk.kSigning' }, explain: { key: 'stage.kSigning.explain', slots: { terminator: { text: 'kSigning' } } },
  },
  // SigV4a's key in place of the HMAC chain (sigv4a.md): the counter's fixed input, k0 = HMAC(kSecret, it), the comparison with n − 2 giving d, and d·G.
  derivationInput: {
    id: 'derivationInput', testId: 'derivation-input', title: 'stage.derivationInput.title', view: 'text', card: true, only: null, algorithm: 'sigv4a',
    inputs: ['context'], walk: { step: 'walk.derivationInput' }, explain: { key: 'stage.derivationInput.explain', slots: { counter: { fact: 'counter' } } },
  },
  k0: {
    id: 'k0', testId: 'derivation-k0', title: 'stage.k0.title', view: 'private', card: true, only: null, algorithm: 'sigv4a',
    inputs: ['kSecret', 'derivationInput'], walk: { step: 'walk.k0' }, explain: { key: 'stage.k0.explain', slots: {} },
  },
  privateKey: {
    id: 'privateKey', testId: 'private-key', title: 'stage.privateKey.title', view: 'ecdsa-key', card: true, only: null, algorithm: 'sigv4a',
    inputs: ['k0'], walk: { step: 'walk.privateKey' }, explain: { key: 'stage.privateKey.explain', slots: { counter: { fact: 'counter' } } },
  },
  publicKey: {
    id: 'publicKey', testId: 'public-key', title: 'stage.publicKey.title', view: 'text', card: true, only: null, algorithm: 'sigv4a',
    inputs: ['privateKey'], walk: { step: 'walk.publicKey' }, explain: { key: 'stage.publicKey.explain', slots: {} },
  },
  signature: {
    id: 'signature', testId: 'signature', title: 'stage.signature.title', view: 'digest', card: true, only: null, algorithm: null,
    // kSigning in SigV4, the private key in SigV4a: a diagram draws the one the trace has.
    inputs: ['kSigning', 'privateKey', 'stringToSign'], walk: { step: 'walk.signature' },
    explain: {
      byAlgorithm: {
        sigv4: { key: 'stage.signature.explain', slots: { hexLength: { length: 'signature' } } },
        sigv4a: { key: 'stage.signature.explain.sigv4a', slots: { derBytes: { fact: 'signatureBytes' } } },
      },
    },
  },
  authorization: {
    id: 'authorization', testId: 'authorization-header', title: 'stage.authorization.title', view: 'authorization', card: true, only: 'header', algorithm: null,
    inputs: ['signature', 'credentialScope', 'signedHeaders'], walk: null, explain: { key: 'stage.authorization.explain', slots: { credential: { fact: 'credential' } } },
  },
  presignedUrl: {
    id: 'presignedUrl', testId: 'presigned-url', title: 'stage.presignedUrl.title', view: 'text', card: true, only: 'query', algorithm: null,
    inputs: ['request', 'credentialScope', 'signedHeaders', 'signature'], walk: null, explain: { key: 'stage.presignedUrl.explain', slots: {} },
  },
  // Header mode adds the Authorization header, query mode the presigned query: a diagram draws the one the mode has.
  signedRequest: {
    id: 'signedRequest', testId: 'signed-request', title: 'stage.signedRequest.title', view: 'text', card: true, only: null, algorithm: null,
    inputs: ['request', 'authorization', 'presignedUrl'], walk: null, explain: { key: 'stage.signedRequest.explain', slots: {} },
  },
} as const satisfies { readonly [K in StageId]: StageDescriptor<K> };

/** Every descriptor, in spec order. */
// Marked pure so that a chunk using no descriptor leaves the registry's data out.
export const STAGE_LIST: readonly StageDescriptor[] = /* @__PURE__ */ STAGE_ORDER.map((id) => STAGES[id]);

/** A stage's kebab-case name, as data-value contracts name it (canonicalHeaders → canonical-headers, authorization). */
export function stageSlug(id: StageId): string {
  return id.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** The message a stage's explanation gives for where the payload hash came from and the algorithm; null for none. */
export function explanationMessage(id: StageId, payloadSource: PayloadSource, algorithm: Algorithm): StageMessage | null {
  const e: Explanation | null = STAGES[id].explain;
  if (e === null) return null;
  if ('byPayloadSource' in e) return e.byPayloadSource[payloadSource];
  if ('byAlgorithm' in e) return e.byAlgorithm[algorithm];
  return e;
}

/** Every message a stage's explanation can give. */
export function explanationMessages(id: StageId): readonly StageMessage[] {
  const e: Explanation | null = STAGES[id].explain;
  if (e === null) return [];
  if ('byPayloadSource' in e) return Object.values(e.byPayloadSource);
  if ('byAlgorithm' in e) return Object.values(e.byAlgorithm);
  return [e];
}

/** True when a stage exists in a signature of this mode and algorithm. */
export function stageExists(d: Pick<StageDescriptor, 'only' | 'algorithm'>, mode: SigningMode, algorithm: Algorithm): boolean {
  return (d.only === null || d.only === mode) && (d.algorithm === null || d.algorithm === algorithm);
}

/** The stages the lab gives a card in a signing mode and algorithm, in spec order. */
export function cardStages(mode: SigningMode, algorithm: Algorithm = 'sigv4'): readonly StageDescriptor[] {
  return STAGE_LIST.filter((d) => d.card && stageExists(d, mode, algorithm));
}

/**
 * The card that shows a stage in a mode and algorithm: its own; a part's is the canonical request's;
 * another mode's card, the mode's own last stage (the Authorization header for the presigned URL and
 * back); another algorithm's key, the signature it makes.
 */
export function cardFor(id: StageId, mode: SigningMode, algorithm: Algorithm = 'sigv4'): StageId {
  const d = STAGES[id];
  if (d.card && stageExists(d, mode, algorithm)) return id;
  if (d.view === 'part') return 'canonicalRequest';
  if (d.algorithm !== null && d.algorithm !== algorithm) return 'signature';
  return STAGE_LIST.find((c) => c.only === mode)?.id ?? 'signature';
}
