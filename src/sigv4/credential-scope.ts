/** Credential scope `YYYYMMDD/region/service/aws4_request` (AWS General Reference, "Credential scope"). */
import { SCOPE_TERMINATOR } from './constants';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import { shortDateOf, type AmzDate } from './time';

/** The credential scope, each part traced to the context field it came from. */
export function credentialScope(signingTime: AmzDate, region: string, service: string): SourcedText {
  return new TextBuilder()
    .push(shortDateOf(signingTime), { kind: 'context', field: 'signingTime' })
    .push('/', SPEC)
    .push(region, { kind: 'context', field: 'region' })
    .push('/', SPEC)
    .push(service, { kind: 'context', field: 'service' })
    .push('/' + SCOPE_TERMINATOR, SPEC)
    .build();
}
