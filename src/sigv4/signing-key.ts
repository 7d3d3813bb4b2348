/**
 * The signing-key chain: kSecret = "AWS4" + secret; kDate = HMAC(kSecret, date);
 * kRegion = HMAC(kDate, region); kService = HMAC(kRegion, service); kSigning = HMAC(kService, "aws4_request").
 * kDate is keyed with kSecret's UTF-8 bytes (4 + the secret's); each later HMAC with the previous key's 32 raw bytes, never its hex text.
 */
import { hmacSha256, utf8 } from './bytes';
import { SCOPE_TERMINATOR, SECRET_PREFIX } from './constants';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import type { ShortDate } from './time';
import type { KeyStage } from './trace';

/** The five keys of the chain, each with the message that made it. */
export interface KeyChain {
  readonly kSecret: KeyStage;
  readonly kDate: KeyStage;
  readonly kRegion: KeyStage;
  readonly kService: KeyStage;
  readonly kSigning: KeyStage;
}

/** One link of the chain: HMAC(keyBytes, message), recording the stage and the bytes that keyed it. */
export function hmacKey(id: KeyStage['id'], key: KeyStage, keyBytes: Uint8Array, message: SourcedText): KeyStage {
  return { id, kind: 'key', bytes: hmacSha256(keyBytes, utf8(message.text)), key: key.id, keyBytes, message };
}

/** Derives kSecret → kSigning for a date, region and service. */
export function signingKeyChain(secret: string, date: ShortDate, region: string, service: string): KeyChain {
  const secretMessage = new TextBuilder().push(SECRET_PREFIX, SPEC).push(secret, { kind: 'context', field: 'secretAccessKey' }).build();
  const kSecret: KeyStage = { id: 'kSecret', kind: 'key', bytes: utf8(secretMessage.text), key: null, keyBytes: null, message: secretMessage };
  const next = (id: KeyStage['id'], prev: KeyStage, message: SourcedText): KeyStage => hmacKey(id, prev, prev.bytes, message);
  const kDate = next('kDate', kSecret, new TextBuilder().push(date, { kind: 'context', field: 'signingTime' }).build());
  const kRegion = next('kRegion', kDate, new TextBuilder().push(region, { kind: 'context', field: 'region' }).build());
  const kService = next('kService', kRegion, new TextBuilder().push(service, { kind: 'context', field: 'service' }).build());
  const kSigning = next('kSigning', kService, new TextBuilder().push(SCOPE_TERMINATOR, SPEC).build());
  return { kSecret, kDate, kRegion, kService, kSigning };
}
