/**
 * Credential scope `YYYYMMDD/region/service/aws4_request` (AWS General Reference, "Credential scope");
 * SigV4a's has no region, `YYYYMMDD/service/aws4_request`: its region set is signed apart (sigv4a.md).
 */
import { SCOPE_TERMINATOR } from './constants';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import { shortDateOf, type AmzDate, type ShortDate } from './time';

/** The scope date: the UTC date of the signing time. */
export function scopeDate(signingTime: AmzDate): ShortDate {
  return shortDateOf(signingTime);
}

/** The credential scope, each part traced to the context field it came from; `region` null for SigV4a's. */
export function credentialScope(date: ShortDate, region: string | null, service: string): SourcedText {
  const b = new TextBuilder().push(date, { kind: 'context', field: 'signingTime' }).push('/', SPEC);
  if (region !== null) b.push(region, { kind: 'context', field: 'region' }).push('/', SPEC);
  return b
    .push(service, { kind: 'context', field: 'service' })
    .push('/' + SCOPE_TERMINATOR, SPEC)
    .build();
}
