/**
 * The half of signing that needs no secret: canonical request, its hash, the credential scope and the
 * string to sign. The lab shows these while the secret is still being typed.
 */
import { sha256Text, toHex } from './bytes';
import { headerBlock } from './canonical-headers';
import type { QueryParam } from './canonical-query';
import { canonicalUri } from './canonical-uri';
import { QUERY } from './constants';
import { credentialScope } from './credential-scope';
import { SigV4Error } from './errors';
import { algorithmOf, type SigningOptions } from './options';
import { payloadHash } from './payload-hash';
import { presignParams } from './presign-params';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import type { RequestModel } from './request';
import { planHeaders, type HeaderPlan } from './signing-headers';
import type { StageId } from './stage-ids';
import { stageFunctions, type StageOverride } from './stage-overrides';
import { stringToSign } from './string-to-sign';
import type { ShortDate } from './time';
import type { DigestStage, Stages, TextStage } from './trace';
import { validateOptions } from './validate-options';
import { lineColumnAt } from '../text/line-column';

/** Wraps sourced text as a text stage. */
export function textStage(id: StageId, s: SourcedText): TextStage {
  return { id, kind: 'text', text: s.text, segments: s.segments };
}

/** The secret-free stages, and what the signing half needs to finish. */
export interface CanonicalPart {
  readonly stages: Pick<Stages, 'canonicalUri' | 'canonicalQuery' | 'canonicalHeaders' | 'signedHeaders' | 'payloadHash' | 'canonicalRequest' | 'canonicalRequestHash' | 'credentialScope' | 'stringToSign'>;
  readonly signedHeaderNames: readonly string[];
  readonly skippedHeaderNames: readonly string[];
  readonly payloadSource: 'option' | 'header' | 'body';
  readonly plan: HeaderPlan;
  readonly presignParams: readonly QueryParam[];
  readonly scopeDate: ShortDate;
  /** The overrides the stages were computed with; signing the rest applies them too. */
  readonly overrides: readonly StageOverride[];
}

/** Computes every stage up to the string to sign; throws SigV4Error for options that cannot be used. */
export function canonicalize(request: RequestModel, options: SigningOptions, overrides: readonly StageOverride[] = []): CanonicalPart {
  validateOptions(options, false);
  return canonicalPart(request, options, overrides);
}

/** canonicalize for options already validated (signRequest validates once, with the secret). */
export function canonicalPart(request: RequestModel, options: SigningOptions, overrides: readonly StageOverride[]): CanonicalPart {
  const stage = stageFunctions(overrides);
  const query = options.mode === 'query';
  const payload = payloadHash(request, options.payloadHash);
  const plan = planHeaders(request, options, payload.hash);
  // Without a host there is nothing to send the request to, and nothing to sign as `host`.
  if (plan.host === null) {
    const last = request.headers[request.headers.length - 1];
    const at = last ? last.line.end : request.version.end;
    const { line, column } = lineColumnAt(request.source, at);
    throw new SigV4Error({ source: 'request', expected: 'host', found: '', line, column, offset: at });
  }
  const groups = stage.headerGroups(stage.headerValues(plan.entries));
  const headers = { headers: headerBlock(groups), ...stage.signedHeaders(groups) };
  const date = stage.scopeDate(options.signingTime);
  const algorithm = algorithmOf(options);
  const scope = credentialScope(date, algorithm === 'sigv4a' ? null : options.region, options.service);
  const added = query ? presignParams(options, scope, headers.signed) : [];
  const own = stage.queryParams(request.query, query);
  // A SigV4a presigned URL signed again: its old X-Amz-Region-Set gives way to the one added.
  const kept = query && algorithm === 'sigv4a' ? own.filter((p) => p.key.toLowerCase() !== QUERY.regionSet.toLowerCase()) : own;
  const cQuery = stage.canonicalQuery([...kept, ...added]);
  const cUri = canonicalUri(request.path, options.doubleUriEncode, options.normalizePath);
  const creq = new TextBuilder()
    .push(request.method.text, { kind: 'request', start: request.method.start, end: request.method.end })
    .push('\n', SPEC).append(cUri, 'canonicalUri')
    .push('\n', SPEC).append(cQuery, 'canonicalQuery')
    .push('\n', SPEC).append(headers.headers, 'canonicalHeaders')
    .push('\n', SPEC).append(headers.signed, 'signedHeaders')
    .push('\n', SPEC).append(payload.hash, 'payloadHash')
    .build();
  const hashBytes = sha256Text(creq.text);
  const hashHex = toHex(hashBytes);
  const canonicalRequestHash: DigestStage = {
    id: 'canonicalRequestHash', kind: 'digest', bytes: hashBytes, input: 'canonicalRequest', key: null,
    text: hashHex, segments: [{ start: 0, end: hashHex.length, origin: { kind: 'stage', stage: 'canonicalRequest' } }],
  };
  return {
    stages: {
      canonicalUri: textStage('canonicalUri', cUri),
      canonicalQuery: textStage('canonicalQuery', cQuery),
      canonicalHeaders: textStage('canonicalHeaders', headers.headers),
      signedHeaders: textStage('signedHeaders', headers.signed),
      payloadHash: textStage('payloadHash', payload.hash),
      canonicalRequest: textStage('canonicalRequest', creq),
      canonicalRequestHash,
      credentialScope: textStage('credentialScope', scope),
      stringToSign: textStage('stringToSign', stringToSign(options.signingTime, scope, hashHex, algorithm)),
    },
    signedHeaderNames: headers.names,
    skippedHeaderNames: plan.skipped,
    payloadSource: payload.source,
    plan,
    presignParams: added,
    scopeDate: date,
    overrides,
  };
}
