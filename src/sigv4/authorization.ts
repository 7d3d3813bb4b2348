/** The Authorization header value: `AWS4-HMAC-SHA256 Credential=AK/scope, SignedHeaders=…, Signature=…`. */
import { ALGORITHM_NAME } from './constants';
import type { Algorithm } from './options';
import { SPEC, TextBuilder, type SourcedText } from './provenance';

/** Assembles the Authorization header value from the access key, scope, signed headers and signature. */
export function authorizationHeader(accessKeyId: string, scope: SourcedText, signedHeaders: SourcedText, signatureHex: string, algorithm: Algorithm = 'sigv4'): SourcedText {
  return new TextBuilder()
    .push(ALGORITHM_NAME[algorithm] + ' Credential=', SPEC)
    .push(accessKeyId, { kind: 'context', field: 'accessKeyId' })
    .push('/', SPEC)
    .append(scope, 'credentialScope')
    .push(', SignedHeaders=', SPEC)
    .append(signedHeaders, 'signedHeaders')
    .push(', Signature=', SPEC)
    .push(signatureHex, { kind: 'stage', stage: 'signature' })
    .build();
}
