/**
 * The stage registry (architecture practices 3 and 13): the stages of a SigV4 signature in spec
 * order, and one descriptor each. The trace's type, the tiling test, the lab's cards and their
 * explanations, the walkthrough and the e2e page objects all iterate it, so a new stage is one
 * entry here plus its words; a missing piece fails to compile (`satisfies`) or fails a test.
 */
import type { SigningMode } from './options';
import type { ExternalInput, SlotSource, StageDescriptor } from './stage-descriptor';

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

const msg = <const K extends string, const S extends Readonly<Record<string, SlotSource>>>(key: K, slots: S) => ({ key, slots });
const plain = <const K extends string>(key: K) => msg(key, {});

/** Every stage's descriptor, by id. */
export const STAGES = {
  canonicalUri: {
    id: 'canonicalUri', slug: 'canonical-uri', testId: 'canonical-request-part-canonical-uri', title: 'part.canonicalUri', view: 'part', card: false, only: null,
    inputs: ['request'], walk: { step: 'walk.canonicalUri' }, explain: plain('part.canonicalUri.hint'),
  },
  canonicalQuery: {
    id: 'canonicalQuery', slug: 'canonical-query', testId: 'canonical-request-part-canonical-query', title: 'part.canonicalQuery', view: 'part', card: false, only: null,
    inputs: ['request'], walk: { step: 'walk.canonicalQuery' }, explain: plain('part.canonicalQuery.hint'),
  },
  canonicalHeaders: {
    id: 'canonicalHeaders', slug: 'canonical-headers', testId: 'canonical-request-part-canonical-headers', title: 'part.canonicalHeaders', view: 'part', card: false, only: null,
    inputs: ['request'], walk: { step: 'walk.canonicalHeaders' }, explain: plain('part.canonicalHeaders.hint'),
  },
  signedHeaders: {
    id: 'signedHeaders', slug: 'signed-headers', testId: 'canonical-request-part-signed-headers', title: 'part.signedHeaders', view: 'part', card: false, only: null,
    inputs: ['canonicalHeaders'], walk: { step: 'walk.signedHeaders' }, explain: plain('part.signedHeaders.hint'),
  },
  payloadHash: {
    id: 'payloadHash', slug: 'payload-hash', testId: 'canonical-request-part-payload-hash', title: 'part.payloadHash', view: 'part', card: false, only: null,
    inputs: ['request'], walk: { step: 'walk.payloadHash' },
    explain: {
      byPayloadSource: {
        body: msg('part.payloadHash.hint.body', { bodyBytes: { fact: 'bodySize' } }),
        header: plain('part.payloadHash.hint.header'),
        option: plain('part.payloadHash.hint.option'),
      },
    },
  },
  canonicalRequest: {
    id: 'canonicalRequest', slug: 'canonical-request', testId: 'canonical-request', title: 'stage.canonicalRequest.title', view: 'canonical', card: true, only: null,
    // The method comes from the request itself; its walkthrough steps are its parts'.
    inputs: ['request', 'canonicalUri', 'canonicalQuery', 'canonicalHeaders', 'signedHeaders', 'payloadHash'], walk: null, explain: plain('stage.canonicalRequest.explain'),
  },
  canonicalRequestHash: {
    id: 'canonicalRequestHash', slug: 'canonical-request-hash', testId: 'canonical-request-hash', title: 'stage.canonicalRequestHash.title', view: 'digest', card: true, only: null,
    inputs: ['canonicalRequest'], walk: { step: 'walk.canonicalRequestHash' }, explain: msg('stage.canonicalRequestHash.explain', { bytes: { utf8Length: 'canonicalRequest' } }),
  },
  // Shown inside the string to sign and the Authorization header, not on a card of its own.
  credentialScope: {
    id: 'credentialScope', slug: 'credential-scope', testId: 'credential-scope', title: 'stage.credentialScope.title', view: 'text', card: false, only: null,
    inputs: ['context'], walk: null, explain: null,
  },
  stringToSign: {
    id: 'stringToSign', slug: 'string-to-sign', testId: 'string-to-sign', title: 'stage.stringToSign.title', view: 'text', card: true, only: null,
    inputs: ['canonicalRequestHash', 'credentialScope'], walk: { step: 'walk.stringToSign' },
    explain: msg('stage.stringToSign.explain', { amzDate: { fact: 'signingTime' }, scope: { text: 'credentialScope' } }),
  },
  // kSecret shows with kDate's step: the first HMAC is where the secret comes in.
  kSecret: {
    id: 'kSecret', slug: 'k-secret', testId: 'k-secret', title: 'stage.kSecret.title', view: 'secret', card: true, only: null,
    inputs: ['secret'], walk: { with: 'kDate' }, explain: plain('stage.kSecret.explain'),
  },
  // Each key is keyed with the one before, its message a part of the scope (date, region, service).
  kDate: {
    id: 'kDate', slug: 'k-date', testId: 'k-date', title: 'stage.kDate.title', view: 'key', card: true, only: null,
    inputs: ['kSecret', 'credentialScope'], walk: { step: 'walk.kDate' }, explain: msg('stage.kDate.explain', { date: { text: 'kDate' } }),
  },
  kRegion: {
    id: 'kRegion', slug: 'k-region', testId: 'k-region', title: 'stage.kRegion.title', view: 'key', card: true, only: null,
    inputs: ['kDate', 'credentialScope'], walk: { step: 'walk.kRegion' }, explain: msg('stage.kRegion.explain', { region: { text: 'kRegion' } }),
  },
  kService: {
    id: 'kService', slug: 'k-service', testId: 'k-service', title: 'stage.kService.title', view: 'key', card: true, only: null,
    inputs: ['kRegion', 'credentialScope'], walk: { step: 'walk.kService' }, explain: msg('stage.kService.explain', { service: { text: 'kService' } }),
  },
  kSigning: {
    id: 'kSigning', slug: 'k-signing', testId: 'k-signing', title: 'stage.kSigning.title', view: 'key', card: true, only: null,
    inputs: ['kService'], walk: { step: 'walk.kSigning' }, explain: msg('stage.kSigning.explain', { terminator: { text: 'kSigning' } }),
  },
  signature: {
    id: 'signature', slug: 'signature', testId: 'signature', title: 'stage.signature.title', view: 'digest', card: true, only: null,
    inputs: ['kSigning', 'stringToSign'], walk: { step: 'walk.signature' }, explain: msg('stage.signature.explain', { hexLength: { length: 'signature' } }),
  },
  authorization: {
    id: 'authorization', slug: 'authorization', testId: 'authorization-header', title: 'stage.authorization.title', view: 'text', card: true, only: 'header',
    inputs: ['signature', 'credentialScope', 'signedHeaders'], walk: null, explain: msg('stage.authorization.explain', { credential: { fact: 'credential' } }),
  },
  presignedUrl: {
    id: 'presignedUrl', slug: 'presigned-url', testId: 'presigned-url', title: 'stage.presignedUrl.title', view: 'text', card: true, only: 'query',
    inputs: ['request', 'credentialScope', 'signedHeaders', 'signature'], walk: null, explain: plain('stage.presignedUrl.explain'),
  },
  // Header mode adds the Authorization header, query mode the presigned query: a diagram draws the one the mode has.
  signedRequest: {
    id: 'signedRequest', slug: 'signed-request', testId: 'signed-request', title: 'stage.signedRequest.title', view: 'text', card: true, only: null,
    inputs: ['request', 'authorization', 'presignedUrl'], walk: null, explain: plain('stage.signedRequest.explain'),
  },
} as const satisfies { readonly [K in StageId]: StageDescriptor<K> };

/** Every descriptor, in spec order. */
export const STAGE_LIST: readonly StageDescriptor[] = STAGE_ORDER.map((id) => STAGES[id]);

/** The catalogue key of the title of each input that is not a stage. */
export const EXTERNAL_INPUT_TITLES = {
  request: 'stage.request.title',
  secret: 'inputs.secretAccessKey',
  context: 'inputs.title',
} as const satisfies Record<ExternalInput, string>;

/** The stages the lab gives a card in a signing mode, in spec order. */
export function cardStages(mode: SigningMode): readonly StageDescriptor[] {
  return STAGE_LIST.filter((d) => d.card && (d.only === null || d.only === mode));
}
