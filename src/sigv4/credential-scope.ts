/** The scope date: the UTC date of the signing time, or the day before for the local-date mistake. */
export function scopeDate(signingTime: AmzDate, previousDay: boolean): ShortDate {
  if (!previousDay) return shortDateOf(signingTime);
  return shortDateOf(amzDateOf(new Date(dateOf(signingTime).getTime() - 86_400_000)) ?? signingTime);
}

/** Credential scope `YYYYMMDD/region/service/aws4_request` (AWS General Reference, "Credential scope"). */
import { SCOPE_TERMINATOR } from './constants';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import { amzDateOf, dateOf, shortDateOf, type AmzDate, type ShortDate } from './time';

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
