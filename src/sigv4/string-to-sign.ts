/** String to sign: algorithm, X-Amz-Date, credential scope and the canonical request's hash, one per line. */
import { ALGORITHM } from './constants';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import type { AmzDate } from './time';

/** Joins the four lines of the string to sign (no trailing newline). */
export function stringToSign(signingTime: AmzDate, scope: SourcedText, canonicalRequestHashHex: string): SourcedText {
  return new TextBuilder()
    .push(ALGORITHM + '\n', SPEC)
    .push(signingTime, { kind: 'context', field: 'signingTime' })
    .push('\n', SPEC)
    .append(scope, 'credentialScope')
    .push('\n', SPEC)
    .push(canonicalRequestHashHex, { kind: 'stage', stage: 'canonicalRequestHash' })
    .build();
}
