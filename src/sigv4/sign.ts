/** Signs a request and returns every stage of the signature with its provenance (practice 3). */
import { authorizationHeader } from './authorization';
import { sha256Bytes, toHex, utf8, hmacSha256 } from './bytes';
import { canonicalHeaders } from './canonical-headers';
import { canonicalQuery, requestQueryParams } from './canonical-query';
import { canonicalUri } from './canonical-uri';
import { credentialScope, scopeDate } from './credential-scope';
import { SigV4Error } from './errors';
import type { SigningOptions } from './options';
import { payloadHash } from './payload-hash';
import { presignParams } from './presign-params';
import { presignedQuery, presignedUrl } from './presigned-url';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import type { RequestModel } from './request';
import { signedRequest } from './signed-request';
import { planHeaders } from './signing-headers';
import { signingKeyChain } from './signing-key';
import type { StageId } from './stage-ids';
import { stringToSign } from './string-to-sign';
import type { DigestStage, TextStage, Trace } from './trace';
import { validateOptions } from './validate-options';
import { lineColumnAt } from '../text/line-column';

function text(id: StageId, s: SourcedText): TextStage {
  return { id, kind: 'text', text: s.text, segments: s.segments };
}

/** Signs `request` with `options`; throws SigV4Error for options that cannot be signed with. */
export function signRequest(request: RequestModel, options: SigningOptions): Trace {
  validateOptions(options);
  const query = options.mode === 'query';
  const payload = payloadHash(request, options.payloadHash);
  const plan = planHeaders(request, options, payload.hash);
  if (query && plan.host === null) {
    const last = request.headers[request.headers.length - 1];
    const at = last ? last.line.end : request.version.end;
    const { line, column } = lineColumnAt(request.source, at);
    throw new SigV4Error({ source: 'request', expected: 'host', found: '', line, column, offset: at });
  }
  const deviations = options.deviations ?? [];
  const headers = canonicalHeaders(plan.entries, deviations);
  const date = scopeDate(options.signingTime, deviations.includes('scope-date-previous-day'));
  const scope = credentialScope(date, options.region, options.service);
  const added = query ? presignParams(options, scope, headers.signed) : [];
  const cQuery = canonicalQuery([...requestQueryParams(request.query, query), ...added], deviations);
  const cUri = canonicalUri(request.path, options.doubleUriEncode, options.normalizePath);

  const creq = new TextBuilder()
    .push(request.method.text, { kind: 'request', start: request.method.start, end: request.method.end })
    .push('\n', SPEC).append(cUri, 'canonicalUri')
    .push('\n', SPEC).append(cQuery, 'canonicalQuery')
    .push('\n', SPEC).append(headers.headers, 'canonicalHeaders')
    .push('\n', SPEC).append(headers.signed, 'signedHeaders')
    .push('\n', SPEC).append(payload.hash, 'payloadHash')
    .build();
  const creqHashBytes = sha256Bytes(utf8(creq.text));
  const creqHashHex = toHex(creqHashBytes);
  const canonicalRequestHash: DigestStage = {
    id: 'canonicalRequestHash', kind: 'digest', bytes: creqHashBytes, input: 'canonicalRequest', key: null,
    text: creqHashHex, segments: [{ start: 0, end: creqHashHex.length, origin: { kind: 'stage', stage: 'canonicalRequest' } }],
  };
  const sts = stringToSign(options.signingTime, scope, creqHashHex);
  const keys = signingKeyChain(options.credentials.secretAccessKey, date, options.region, options.service, deviations.includes('key-chain-hex-text'));
  const sigBytes = hmacSha256(keys.kSigning.bytes, utf8(sts.text));
  const sigHex = toHex(sigBytes);
  const signature: DigestStage = {
    id: 'signature', kind: 'digest', bytes: sigBytes, input: 'stringToSign', key: 'kSigning',
    text: sigHex, segments: [{ start: 0, end: sigHex.length, origin: { kind: 'stage', stage: 'stringToSign' } }],
  };
  const auth = query ? null : authorizationHeader(options.credentials.accessKeyId, scope, headers.signed, sigHex);
  const pQuery = query ? presignedQuery(request, added, sigHex, options) : null;
  const url = pQuery && plan.host ? presignedUrl(request, plan.host, pQuery) : null;
  return {
    request,
    options,
    signedHeaderNames: headers.names,
    skippedHeaderNames: plan.skipped,
    payloadSource: payload.source,
    stages: {
      canonicalUri: text('canonicalUri', cUri),
      canonicalQuery: text('canonicalQuery', cQuery),
      canonicalHeaders: text('canonicalHeaders', headers.headers),
      signedHeaders: text('signedHeaders', headers.signed),
      payloadHash: text('payloadHash', payload.hash),
      canonicalRequest: text('canonicalRequest', creq),
      canonicalRequestHash,
      credentialScope: text('credentialScope', scope),
      stringToSign: text('stringToSign', sts),
      ...keys,
      signature,
      authorization: auth ? text('authorization', auth) : null,
      presignedUrl: url ? text('presignedUrl', url) : null,
      signedRequest: text('signedRequest', signedRequest(request, plan, auth, pQuery)),
    },
  };
}
