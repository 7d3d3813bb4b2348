/** The Authorization header value: `AWS4-HMAC-SHA256 Credential=AK/scope, SignedHeaders=…, Signature=…`. */
import { ALGORITHM } from './constants';
import { SPEC, TextBuilder, type SourcedText } from './provenance';

/** Assembles the Authorization header value from the access key, scope, signed headers and signature. */
export function authorizationHeader(accessKeyId: string, scope: SourcedText, signedHeaders: SourcedText, signatureHex: string): SourcedText {
  return new TextBuilder()
    .push(ALGORITHM + ' Credential=', SPEC)
    .push(accessKeyId, { kind: 'context', field: 'accessKeyId' })
    .push('/', SPEC)
    .append(scope, 'credentialScope')
    .push(', SignedHeaders=', SPEC)
    .append(signedHeaders, 'signedHeaders')
    .push(', Signature=', SPEC)
    .push(signatureHex, { kind: 'stage', stage: 'signature' })
    .build();
}
