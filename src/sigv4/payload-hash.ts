/**
 * The hashed payload (vectors README): `payload_hash` if given; else the value of an
 * `x-amz-content-sha256` header the request already carries; else hex SHA-256 of the body.
 */
import { sha256Bytes, toHex } from './bytes';
import { HEADER } from './constants';
import { canonicalHeaderValue } from './canonical-headers';
import { TextBuilder, type SourcedText } from './provenance';
import type { RequestModel } from './request';
import { fieldValue } from './signing-headers';

/** The payload hash text and which rule produced it. */
export function payloadHash(
  request: RequestModel,
  override: string | undefined,
): { hash: SourcedText; source: 'option' | 'header' | 'body' } {
  if (override !== undefined) {
    return { hash: new TextBuilder().push(override, { kind: 'context', field: 'payloadHash' }).build(), source: 'option' };
  }
  const header = request.headers.find((h) => h.name.text.toLowerCase() === HEADER.contentSha256);
  if (header) {
    const value = fieldValue(header);
    return { hash: new TextBuilder().push(canonicalHeaderValue(value.text), value.origin).build(), source: 'header' };
  }
  const hex = toHex(request.bodySha256 ?? sha256Bytes(request.bodyBytes));
  return {
    hash: new TextBuilder().push(hex, { kind: 'request', start: request.body.start, end: request.body.end, via: 'sha256' }).build(),
    source: 'body',
  };
}
