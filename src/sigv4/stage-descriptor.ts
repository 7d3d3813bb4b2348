/** The shape of a stage's descriptor in the registry (stage-ids.ts): what the app knows of a stage besides how to compute it. */
import type { Algorithm, SigningMode } from './options';
import type { StageId } from './stage-ids';
import type { PayloadSource } from './trace';

/**
 * What the lab draws for a stage, and so which kind of trace value it is: `part`, `canonical` and
 * `text` are sourced text, `digest` a SHA-256 or HMAC output, `key` and `secret` keys of the chain.
 */
export type StageView =
  /** A part of the canonical request, drawn inside that stage's card. */
  | 'part'
  /** The canonical request: its text, and its parts one by one. */
  | 'canonical'
  /** Sourced text. */
  | 'text'
  /** The Authorization header: its text, and its four parts (algorithm, Credential, SignedHeaders, Signature) labelled. */
  | 'authorization'
  /** 32 bytes and their hex, with the text they digest. */
  | 'digest'
  /** kSecret: `AWS4` and the secret access key, masked unless revealed. */
  | 'secret'
  /** A key of the chain: its HMAC message and its 32 bytes. */
  | 'key'
  /** A value derived from the secret that signs for every day and region (SigV4a's k0): 32 bytes, masked unless revealed. */
  | 'private'
  /** SigV4a's private key d: masked unless revealed, with the counters tried to derive it. */
  | 'ecdsa-key';

/** What a stage is computed from besides other stages: the pasted request, the secret key, or the signing context (time, region, service). */
export type ExternalInput = 'request' | 'secret' | 'context';

/** What feeds a stage: the edges a diagram draws into it. */
export type StageInput = StageId | ExternalInput;

/**
 * A fact of a signature an explanation can quote: its X-Amz-Date, its Credential (access key ID /
 * scope), the body's size in bytes, SigV4a's accepted derivation counter and its DER signature's length in bytes.
 */
export type Fact = 'signingTime' | 'credential' | 'bodySize' | 'counter' | 'signatureBytes';

/** Where the value of one slot of an explanation comes from. */
export type SlotSource =
  /** A stage's text; a key's is its HMAC message. */
  | { readonly text: StageId }
  /** The UTF-8 length of a stage's text, in bytes. */
  | { readonly utf8Length: StageId }
  /** The length of a stage's text, in characters. */
  | { readonly length: StageId }
  /** A fact of the signature. */
  | { readonly fact: Fact };

/** A catalogue key, and the source of each of its `{slot}`s. */
export interface StageMessage {
  readonly key: string;
  readonly slots: Readonly<Record<string, SlotSource>>;
}

/** A stage's explanation: one message, one for each place the payload hash can come from, or one per algorithm. */
export type Explanation =
  | StageMessage
  | { readonly byPayloadSource: Readonly<Record<PayloadSource, StageMessage>> }
  | { readonly byAlgorithm: Readonly<Record<Algorithm, StageMessage>> };

/**
 * A stage's place in the lab's walkthrough: a step of its own (the catalogue key of its name),
 * revealed with the step of the first stage that uses it (kSecret: kDate's in SigV4, k0's in SigV4a), or none.
 */
export type WalkPlace = { readonly step: string } | 'with-first-use' | null;

/** Everything the app knows about a stage besides how to compute it. */
export interface StageDescriptor<K extends StageId = StageId> {
  readonly id: K;
  /** The data-testid of the element that shows it. */
  readonly testId: string;
  /** The catalogue key of its title. */
  readonly title: string;
  readonly explain: Explanation | null;
  readonly view: StageView;
  /** true: the lab gives it a card of its own (a part is drawn inside the canonical request's). */
  readonly card: boolean;
  /** The one signing mode it exists in; null for both. */
  readonly only: SigningMode | null;
  /** The one algorithm it exists in (the HMAC chain SigV4's, the key derivation SigV4a's); null for both. */
  readonly algorithm: Algorithm | null;
  /** What it is computed from, in the order a reader meets them. */
  readonly inputs: readonly StageInput[];
  readonly walk: WalkPlace;
}
