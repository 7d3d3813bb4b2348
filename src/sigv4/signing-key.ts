/**
 * The signing-key chain: kSecret = "AWS4" + secret; kDate = HMAC(kSecret, date);
 * kRegion = HMAC(kDate, region); kService = HMAC(kRegion, service); kSigning = HMAC(kService, "aws4_request").
 * Each HMAC is keyed with the previous key's 32 raw bytes, never its hex text.
 */
import { hmacSha256, toHex, utf8 } from './bytes';
import { SCOPE_TERMINATOR, SECRET_PREFIX } from './constants';
import { SPEC, TextBuilder } from './provenance';
import type { ShortDate } from './time';
import type { KeyStage } from './trace';

/** The five keys of the chain, each with the message that made it. */
export interface KeyChain {
  kSecret: KeyStage;
  kDate: KeyStage;
  kRegion: KeyStage;
  kService: KeyStage;
  kSigning: KeyStage;
}

/** Derives kSecret → kSigning for a date, region and service. */
export function signingKeyChain(secret: string, date: ShortDate, region: string, service: string, hexTextKey = false): KeyChain {
  const secretMessage = new TextBuilder().push(SECRET_PREFIX, SPEC).push(secret, { kind: 'context', field: 'secretAccessKey' }).build();
  const kSecret: KeyStage = { id: 'kSecret', kind: 'key', bytes: utf8(secretMessage.text), key: null, message: secretMessage };
  const step = (id: KeyStage['id'], prev: KeyStage, message: ReturnType<TextBuilder['build']>): KeyStage => ({
    id,
    kind: 'key',
    // The hex-text mistake feeds kDate's display form to the next HMAC instead of its raw bytes.
    bytes: hmacSha256(hexTextKey && prev.id === 'kDate' ? utf8(toHex(prev.bytes)) : prev.bytes, utf8(message.text)),
    key: prev.id,
    message,
  });
  const kDate = step('kDate', kSecret, new TextBuilder().push(date, { kind: 'context', field: 'signingTime' }).build());
  const kRegion = step('kRegion', kDate, new TextBuilder().push(region, { kind: 'context', field: 'region' }).build());
  const kService = step('kService', kRegion, new TextBuilder().push(service, { kind: 'context', field: 'service' }).build());
  const kSigning = step('kSigning', kService, new TextBuilder().push(SCOPE_TERMINATOR, SPEC).build());
  return { kSecret, kDate, kRegion, kService, kSigning };
}
