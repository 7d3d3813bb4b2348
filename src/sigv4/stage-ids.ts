/** The stages of a SigV4 signature, in spec order (architecture practice 3). */
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
