/**
 * The parameters a presigned URL adds to the canonical query (vectors README, "Query mode"):
 * X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders and, when the
 * token is signed, X-Amz-Security-Token; for SigV4a, X-Amz-Region-Set.
 */
import type { QueryParam } from './canonical-query';
import { ALGORITHM_NAME, QUERY } from './constants';
import { algorithmOf, type SigningOptions } from './options';
import { SPEC, TextBuilder, type Origin, type SourcedText } from './provenance';
import { uriEncode } from './uri-encode';

/** Encodes sourced text segment by segment (encoding is per character, so the runs stay aligned). */
export function encodeSourced(s: SourcedText): SourcedText {
  const b = new TextBuilder();
  for (const seg of s.segments) b.push(uriEncode(s.text.slice(seg.start, seg.end)), seg.origin, seg.via);
  return b.build();
}

function param(key: string, value: SourcedText): QueryParam {
  return { key, rawKey: key, value: value.text, keySource: new TextBuilder().push(key, SPEC).build(), valueSource: value };
}

function plain(text: string, origin: Origin): SourcedText {
  return new TextBuilder().push(uriEncode(text), origin).build();
}

/** The presign parameters, values encoded, keys in AWS's spelling. */
export function presignParams(options: SigningOptions, scope: SourcedText, signedHeaders: SourcedText): QueryParam[] {
  const credential = new TextBuilder()
    .push(uriEncode(options.credentials.accessKeyId), { kind: 'context', field: 'accessKeyId' })
    .push('%2F', SPEC)
    .append(encodeSourced(scope), 'credentialScope')
    .build();
  const params = [
    param(QUERY.algorithm, plain(ALGORITHM_NAME[algorithmOf(options)], SPEC)),
    param(QUERY.credential, credential),
    param(QUERY.date, plain(options.signingTime, { kind: 'context', field: 'signingTime' })),
    param(QUERY.expires, plain(String(options.expiresIn), { kind: 'context', field: 'expires' })),
    param(QUERY.signedHeaders, new TextBuilder().append(encodeSourced(signedHeaders), 'signedHeaders').build()),
  ];
  // SigV4a's region set is signed in the query, as X-Amz-Region-Set (sigv4a.md).
  if (algorithmOf(options) === 'sigv4a') params.push(param(QUERY.regionSet, plain(options.region, { kind: 'context', field: 'region' })));
  const token = options.credentials.sessionToken;
  if (token && !options.omitSessionToken) {
    params.push(param(QUERY.token, plain(token, { kind: 'context', field: 'sessionToken' })));
  }
  return params;
}
