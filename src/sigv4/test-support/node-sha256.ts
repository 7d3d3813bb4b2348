/**
 * A node:crypto-backed SHA-256 with the interface smithy's signer expects (`new Sha256(secret?)`,
 * `update`, `digest`): the same results as `@aws-crypto/sha256-js`, several times faster, so the
 * differential test spends its time on the signers rather than on a pure-JS hash.
 */
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';

/** Smithy's `SourceData`: the secret and the data it hands to a hash. */
export type SourceData = string | ArrayBuffer | ArrayBufferView;

function bytesOf(data: SourceData): Uint8Array | string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** SHA-256, or HMAC-SHA256 when constructed with a secret (smithy's Checksum contract). */
export class NodeSha256 {
  private hash: Hash | Hmac;
  private readonly secret: SourceData | undefined;

  constructor(secret?: SourceData) {
    this.secret = secret;
    this.hash = NodeSha256.create(secret);
  }

  private static create(secret: SourceData | undefined): Hash | Hmac {
    return secret === undefined ? createHash('sha256') : createHmac('sha256', bytesOf(secret));
  }

  update(data: Uint8Array): void {
    this.hash.update(data);
  }

  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }

  reset(): void {
    this.hash = NodeSha256.create(this.secret);
  }
}
