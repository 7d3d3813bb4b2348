/**
 * The shapes the diagnosis hands to the lab: the server's view of a signature, a line-by-line and
 * byte-by-byte diff of it against our trace, and the causes that diff points to. Keys, not prose:
 * every sentence comes from content/<lang>/diagnose.ts (architecture practice 7).
 */
import type { StageId } from '../sigv4';
import type { DiagnoseMessageKey } from './message-keys';

/**
 * What the server said it computed: parsed elsewhere (src/inputs) from S3's SignatureDoesNotMatch
 * XML, another service's "The Canonical String for this request should have been …", or `aws --debug`.
 */
export interface ServerEcho {
  readonly canonicalRequest?: string | undefined;
  readonly stringToSign?: string | undefined;
  /** The signature the client sent (S3's `SignatureProvided`), lower- or upper-case hex. */
  readonly signatureProvided?: string | undefined;
}

/** What a line of the canonical request or the string to sign holds (the AWS General Reference layout). */
export type LinePart =
  | 'method'
  | 'uri'
  | 'query'
  | 'header'
  | 'blank'
  | 'signed-headers'
  | 'payload-hash'
  | 'algorithm'
  | 'date'
  | 'scope'
  | 'hash'
  /** A line past the expected layout (a malformed echo, a stray line break). */
  | 'extra';

/**
 * A run of a byte-level diff, offsets in UTF-8 bytes of each line. `inserted`: bytes only in our line;
 * `deleted`: bytes only in the server's line; `changed`: both sides have bytes there, and they differ.
 * Runs are widened to whole UTF-8 characters, so `é` against `è` is one changed character.
 */
export interface ByteDiff {
  readonly kind: 'equal' | 'inserted' | 'deleted' | 'changed';
  readonly serverStart: number;
  readonly serverEnd: number;
  readonly oursStart: number;
  readonly oursEnd: number;
  /** The server's bytes of this run (empty for `inserted`). */
  readonly server: Uint8Array;
  /** Our bytes of this run (empty for `deleted`). */
  readonly ours: Uint8Array;
}

/** One aligned pair of lines; a side is null when the line exists only on the other side. */
export interface LineDiff {
  readonly part: LinePart;
  /** The lower-case header name, for `header` lines. */
  readonly header?: string | undefined;
  readonly server: string | null;
  readonly ours: string | null;
  /** Zero-based line numbers in each text, null on the side that lacks the line. */
  readonly serverLine: number | null;
  readonly oursLine: number | null;
  readonly equal: boolean;
  /** The byte-level diff of an unequal pair present on both sides; null otherwise. */
  readonly bytes: readonly ByteDiff[] | null;
}

/** The diff of one text (the canonical request or the string to sign). */
export interface TextDiff {
  readonly equal: boolean;
  readonly lines: readonly LineDiff[];
}

/** The whole comparison of a server echo with our trace. */
export interface EchoDiff {
  /** Null when the server did not echo its canonical request. */
  readonly canonicalRequest: TextDiff | null;
  /** Null when the server did not echo its string to sign. */
  readonly stringToSign: TextDiff | null;
  /** The earliest stage, in spec order, whose text differs; null when every echoed text is equal. */
  readonly firstDifference: StageId | null;
  /**
   * Every stage whose echoed text differs, in spec order, and the key of the chain whose message is
   * the first component of the scope that differs (the server's kRegion differs when its region does).
   */
  readonly differing: readonly StageId[];
  /** The signature the client sent against ours; null when the echo did not carry it. */
  readonly signature: { readonly provided: string; readonly ours: string; readonly equal: boolean } | null;
}

/** Every cause the diagnosis can name (kebab-case, stable: tests and the UI use them). */
export type CauseId =
  | 'method-differs'
  | 'path-encoded-once'
  | 'path-double-encoded'
  | 'path-sent-double-encoded'
  | 'path-sent-unencoded'
  | 's3-path-normalised'
  | 's3-path-sent-normalised'
  | 'path-not-normalised'
  | 'path-kept-as-written'
  | 'uri-differs'
  | 'query-reencoded'
  | 'query-sorted-before-encoding'
  | 'query-repeated-key-order'
  | 'query-space-as-plus'
  | 'query-plus-as-plus'
  | 'query-lowercase-hex'
  | 'query-star-tilde'
  | 'query-empty-value'
  | 'query-differs'
  | 'header-whitespace'
  | 'headers-unjoined'
  | 'headers-join-order'
  | 'host-port'
  | 'charset-added-after-signing'
  | 'header-value-changed'
  | 'header-only-ours'
  | 'header-only-server'
  | 'never-signed-header'
  | 'signed-headers-differ'
  | 'signed-headers-incomplete'
  | 'payload-hash-base64'
  | 'payload-hash-hex-case'
  | 'unsigned-payload-outside-s3'
  | 'payload-header-mismatch'
  | 'body-changed'
  | 'payload-hash-differs'
  | 'algorithm-differs'
  | 'clock-skew'
  | 'scope-date'
  | 'wrong-region'
  | 'wrong-service'
  | 'scope-terminator'
  | 'canonical-request-differs'
  | 'token-signed-vs-appended'
  | 'token-missing'
  | 'token-differs'
  | 'region-set-differs'
  | 'secret-key'
  | 'key-chain-hex-text';

/** A likely cause: where it lives, the message that explains it, and the public report it was seen in. */
export interface Cause {
  readonly id: CauseId;
  /** The stage where the difference shows first. */
  readonly stage: StageId;
  readonly key: DiagnoseMessageKey;
  /** Values for the message's `{name}` slots. */
  readonly params: Readonly<Record<string, string | number>>;
  /** The citation from ../shared/reference/sigv4-pitfalls.md (or the AWS General Reference). */
  readonly source: string;
}
