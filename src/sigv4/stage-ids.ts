/**
 * The stage registry (architecture practices 3 and 13): the stages of a SigV4 signature in spec
 * order, and one descriptor each. The trace's type, the tiling test, the lab's cards and their
 * explanations, the walkthrough and the e2e page objects all iterate it, so a new stage is one
 * entry here plus its words; a missing piece fails to compile (`satisfies`) or fails a test.
 */
import type { SigningMode } from './options';
import type { StageDescriptor } from './stage-descriptor';

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
    id: 'canonicalUri', testId: 'canonical-request-part-canonical-uri', title: 'part.canonicalUri', view: 'part', card: false, only: null,
    inputs: ['request'], walk: { step: 'walk.canonicalUri' }, explain: { key: 'part.canonicalUri.hint', slots: {} },
  },
  canonicalQuery: {
    id: 'canonicalQuery', testId: 'canonical-request-part-canonical-query', title: 'part.canonicalQuery', view: 'part', card: false, only: null,
    inputs: ['request'], walk: { step: 'walk.canonicalQuery' }, explain: { key: 'part.canonicalQuery.hint', slots: {} },
  },
  canonicalHeaders: {
    id: 'canonicalHeaders', testId: 'canonical-request-part-canonical-headers', title: 'part.canonicalHeaders', view: 'part', card: false, only: null,
    inputs: ['request'], walk: { step: 'walk.canonicalHeaders' }, explain: { key: 'part.canonicalHeaders.hint', slots: {} },
  },
  signedHeaders: {
    id: 'signedHeaders', testId: 'canonical-request-part-signed-headers', title: 'part.signedHeaders', view: 'part', card: false, only: null,
    inputs: ['canonicalHeaders'], walk: { step: 'walk.signedHeaders' }, explain: { key: 'part.signedHeaders.hint', slots: {} },
  },
  payloadHash: {
    id: 'payloadHash', testId: 'canonical-request-part-payload-hash', title: 'part.payloadHash', view: 'part', card: false, only: null,
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
    id: 'canonicalRequest', testId: 'canonical-request', title: 'stage.canonicalRequest.title', view: 'canonical', card: true, only: null,
    // The method comes from the request itself; its walkthrough steps are its parts'.
    inputs: ['request', 'canonicalUri', 'canonicalQuery', 'canonicalHeaders', 'signedHeaders', 'payloadHash'], walk: null, explain: { key: 'stage.canonicalRequest.explain', slots: {} },
  },
  canonicalRequestHash: {
    id: 'canonicalRequestHash', testId: 'canonical-request-hash', title: 'stage.canonicalRequestHash.title', view: 'digest', card: true, only: null,
    inputs: ['canonicalRequest'], walk: { step: 'walk.canonicalRequestHash' }, explain: { key: 'stage.canonicalRequestHash.explain', slots: { bytes: { utf8Length: 'canonicalRequest' } } },
  },
  // Shown inside the string to sign and the Authorization header, not on a card of its own.
  credentialScope: {
    id: 'credentialScope', testId: 'credential-scope', title: 'stage.credentialScope.title', view: 'text', card: false, only: null,
    inputs: ['context'], walk: null, explain: null,
  },
  stringToSign: {
    id: 'stringToSign', testId: 'string-to-sign', title: 'stage.stringToSign.title', view: 'text', card: true, only: null,
    inputs: ['canonicalRequestHash', 'credentialScope'], walk: { step: 'walk.stringToSign' },
    explain: { key: 'stage.stringToSign.explain', slots: { amzDate: { fact: 'signingTime' }, scope: { text: 'credentialScope' } } },
  },
  // kSecret shows with kDate's step: the first HMAC is where the secret comes in.
  kSecret: {
    id: 'kSecret', testId: 'k-secret', title: 'stage.kSecret.title', view: 'secret', card: true, only: null,
    inputs: ['secret'], walk: { with: 'kDate' }, explain: { key: 'stage.kSecret.explain', slots: {} },
  },
  // Each key is keyed with the one before, its message a part of the scope (date, region, service).
  kDate: {
    id: 'kDate', testId: 'k-date', title: 'stage.kDate.title', view: 'key', card: true, only: null,
    inputs: ['kSecret', 'credentialScope'], walk: { step: 'walk.kDate' }, explain: { key: 'stage.kDate.explain', slots: { date: { text: 'kDate' } } },
  },
  kRegion: {
    id: 'kRegion', testId: 'k-region', title: 'stage.kRegion.title', view: 'key', card: true, only: null,
    inputs: ['kDate', 'credentialScope'], walk: { step: 'walk.kRegion' }, explain: { key: 'stage.kRegion.explain', slots: { region: { text: 'kRegion' } } },
  },
  kService: {
    id: 'kService', testId: 'k-service', title: 'stage.kService.title', view: 'key', card: true, only: null,
    inputs: ['kRegion', 'credentialScope'], walk: { step: 'walk.kService' }, explain: { key: 'stage.kService.explain', slots: { service: { text: 'kService' } } },
  },
  kSigning: {
    id: 'kSigning', testId: 'k-signing', title: 'stage.kSigning.title', view: 'key', card: true, only: null,
    inputs: ['kService'], walk: { step: 'walk.kSigning' }, explain: { key: 'stage.kSigning.explain', slots: { terminator: { text: 'kSigning' } } },
  },
  signature: {
    id: 'signature', testId: 'signature', title: 'stage.signature.title', view: 'digest', card: true, only: null,
    inputs: ['kSigning', 'stringToSign'], walk: { step: 'walk.signature' }, explain: { key: 'stage.signature.explain', slots: { hexLength: { length: 'signature' } } },
  },
  authorization: {
    id: 'authorization', testId: 'authorization-header', title: 'stage.authorization.title', view: 'authorization', card: true, only: 'header',
    inputs: ['signature', 'credentialScope', 'signedHeaders'], walk: null, explain: { key: 'stage.authorization.explain', slots: { credential: { fact: 'credential' } } },
  },
  presignedUrl: {
    id: 'presignedUrl', testId: 'presigned-url', title: 'stage.presignedUrl.title', view: 'text', card: true, only: 'query',
    inputs: ['request', 'credentialScope', 'signedHeaders', 'signature'], walk: null, explain: { key: 'stage.presignedUrl.explain', slots: {} },
  },
  // Header mode adds the Authorization header, query mode the presigned query: a diagram draws the one the mode has.
  signedRequest: {
    id: 'signedRequest', testId: 'signed-request', title: 'stage.signedRequest.title', view: 'text', card: true, only: null,
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

/** The stages the lab gives a card in a signing mode, in spec order. */
export function cardStages(mode: SigningMode): readonly StageDescriptor[] {
  return STAGE_LIST.filter((d) => d.card && (d.only === null || d.only === mode));
}

/** The card that shows a stage in a mode: its own; a part's is the canonical request's; another card's, the mode's own last stage (the Authorization header for the presigned URL and back). */
export function cardFor(id: StageId, mode: SigningMode): StageId {
  const d = STAGES[id];
  if (d.card && (d.only === null || d.only === mode)) return id;
  if (d.view === 'part') return 'canonicalRequest';
  return STAGE_LIST.find((c) => c.only === mode)?.id ?? 'signature';
}
