/** String to sign (SigV4 and SigV4a alike): algorithm, X-Amz-Date, credential scope and the canonical request's hash, one per line. */
import { ALGORITHM_NAME } from './constants';
import type { Algorithm } from './options';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import type { AmzDate } from './time';

/** Joins the four lines of the string to sign (no trailing newline). */
export function stringToSign(signingTime: AmzDate, scope: SourcedText, canonicalRequestHashHex: string, algorithm: Algorithm = 'sigv4'): SourcedText {
  return new TextBuilder()
    .push(ALGORITHM_NAME[algorithm] + '\n', SPEC)
    .push(signingTime, { kind: 'context', field: 'signingTime' })
    .push('\n', SPEC)
    .append(scope, 'credentialScope')
    .push('\n', SPEC)
    .push(canonicalRequestHashHex, { kind: 'stage', stage: 'canonicalRequestHash' })
    .build();
}
