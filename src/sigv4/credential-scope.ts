/** Credential scope `YYYYMMDD/region/service/aws4_request` (AWS General Reference, "Credential scope"). */
import { SCOPE_TERMINATOR } from './constants';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import { shortDateOf, type AmzDate, type ShortDate } from './time';

/** The scope date: the UTC date of the signing time. */
export function scopeDate(signingTime: AmzDate): ShortDate {
  return shortDateOf(signingTime);
}

/** The credential scope, each part traced to the context field it came from. */
export function credentialScope(date: ShortDate, region: string, service: string): SourcedText {
  return new TextBuilder()
    .push(date, { kind: 'context', field: 'signingTime' })
    .push('/', SPEC)
    .push(region, { kind: 'context', field: 'region' })
    .push('/', SPEC)
    .push(service, { kind: 'context', field: 'service' })
    .push('/' + SCOPE_TERMINATOR, SPEC)
    .build();
}
