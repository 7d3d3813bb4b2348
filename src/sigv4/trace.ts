/** The typed trace a signature returns: every stage, its value and its provenance. */
import type { SigningOptions } from './options';
import type { Segment, SourcedText } from './provenance';
import type { RequestModel } from './request';
import type { StageView } from './stage-descriptor';
import type { StageId, STAGES } from './stage-ids';

/** A stage whose value is text (the canonical request, the string to sign, …). */
export interface TextStage extends SourcedText {
  readonly id: StageId;
  readonly kind: 'text';
  readonly segments: readonly Segment[];
}

/** A SHA-256 or HMAC-SHA256 output: its 32 bytes and their hex text (the display form). */
export interface DigestStage extends SourcedText {
  readonly id: StageId;
  readonly kind: 'digest';
  readonly bytes: Uint8Array;
  /** The stage whose text was hashed or MACed. */
  readonly input: StageId;
  /** The HMAC key's stage; null for a plain SHA-256. */
  readonly key: StageId | null;
}

/** A key of the signing-key chain: raw bytes, and the message that produced them. */
export interface KeyStage {
  readonly id: StageId;
  readonly kind: 'key';
  /** kSecret: the UTF-8 bytes of `AWS4` + secret; the others: 32 bytes of HMAC-SHA256. */
  readonly bytes: Uint8Array;
  /** The stage whose bytes keyed the HMAC; null for kSecret. */
  readonly key: StageId | null;
  /** The bytes that keyed the HMAC: by the spec, the `key` stage's raw bytes; null for kSecret. */
  readonly keyBytes: Uint8Array | null;
  /** The HMAC message (the date, region, service or `aws4_request`), or `AWS4` + secret for kSecret. */
  readonly message: SourcedText;
}

/** One counter of SigV4a's key derivation: its candidate k0, and whether k0 ≤ n − 2 accepted it. */
export interface DerivationAttempt {
  readonly counter: number;
  readonly k0: Uint8Array;
  readonly accepted: boolean;
}

/** SigV4a's private key d = k0 + 1 (32 bytes), and every counter tried to reach it. */
export interface PrivateKeyStage extends DigestStage {
  readonly attempts: readonly DerivationAttempt[];
}

/** The trace value of each view: sourced text, a digest, or a key of the chain. */
type ValueOf<V extends StageView> = V extends 'digest' | 'private' ? DigestStage : V extends 'ecdsa-key' ? PrivateKeyStage : V extends 'key' | 'secret' ? KeyStage : TextStage;

/**
 * A stage's value: null in the mode it does not exist in (the Authorization header in query mode,
 * the presigned URL in header mode), and in the algorithm it does not exist in (kDate…kSigning in
 * SigV4a, its derivation in SigV4).
 */
type StageValue<K extends StageId> =
  | ValueOf<(typeof STAGES)[K]['view']>
  | ((typeof STAGES)[K]['only'] extends null ? ((typeof STAGES)[K]['algorithm'] extends null ? never : null) : null);

/** Every stage of one signature, in spec order: one member per entry of the registry. */
export type Stages = { readonly [K in StageId]: StageValue<K> };

/** Where the hashed payload came from: the signing options, the request's x-amz-content-sha256 header, or its body. */
export type PayloadSource = 'option' | 'header' | 'body';

/** The result of signing: the stages, and the facts a reader needs to explain them. */
export interface Trace {
  readonly request: RequestModel;
  readonly options: SigningOptions;
  readonly stages: Stages;
  /** Lower-case names of the signed headers, sorted. */
  readonly signedHeaderNames: readonly string[];
  /** Lower-case names of headers left unsigned because signers never sign them. */
  readonly skippedHeaderNames: readonly string[];
  readonly payloadSource: PayloadSource;
}
