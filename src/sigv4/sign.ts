/** Signs a request and returns every stage of the signature with its provenance (practice 3). */
import { authorizationHeader } from './authorization';
import { hmacSha256Text, toHex } from './bytes';
import { canonicalPart, textStage, type CanonicalPart } from './canonicalize';
import type { SigningOptions } from './options';
import { presignedQuery, presignedUrl } from './presigned-url';
import type { RequestModel } from './request';
import { signedRequest } from './signed-request';
import type { KeyChain } from './signing-key';
import { stageFunctions, type StageOverride } from './stage-overrides';
import type { DigestStage, Trace } from './trace';
import { validateOptions } from './validate-options';

/** Signs `request` with `options`, stage functions replaced by `overrides`; throws SigV4Error for options that cannot be signed with. */
export function signRequest(request: RequestModel, options: SigningOptions, overrides: readonly StageOverride[] = []): Trace {
  validateOptions(options, true);
  return finish(request, options, canonicalPart(request, options, overrides));
}

/** Finishes a signature from its secret-free half, computed earlier with canonicalize (and its overrides). */
export function signCanonical(request: RequestModel, options: SigningOptions, c: CanonicalPart): Trace {
  validateOptions(options, true);
  return finish(request, options, c);
}

/** The signing-key chain for the options' secret, scope date, region and service, with `overrides` applied. */
export function signingKeys(options: SigningOptions, overrides: readonly StageOverride[] = []): KeyChain {
  const stage = stageFunctions(overrides);
  return stage.keyChain(options.credentials.secretAccessKey, stage.scopeDate(options.signingTime), options.region, options.service);
}

/** Finishes a signature from its secret-free half and a key chain derived earlier for the same secret, date, region and service. */
export function signWithKeys(request: RequestModel, options: SigningOptions, c: CanonicalPart, keys: KeyChain): Trace {
  validateOptions(options, true);
  return finishWith(request, options, c, keys);
}

function finish(request: RequestModel, options: SigningOptions, c: CanonicalPart): Trace {
  const keys = stageFunctions(c.overrides).keyChain(options.credentials.secretAccessKey, c.scopeDate, options.region, options.service);
  return finishWith(request, options, c, keys);
}

function finishWith(request: RequestModel, options: SigningOptions, c: CanonicalPart, keys: KeyChain): Trace {
  const sts = c.stages.stringToSign;
  const sigBytes = hmacSha256Text(keys.kSigning.bytes, sts.text);
  const sigHex = toHex(sigBytes);
  const signature: DigestStage = {
    id: 'signature', kind: 'digest', bytes: sigBytes, input: 'stringToSign', key: 'kSigning',
    text: sigHex, segments: [{ start: 0, end: sigHex.length, origin: { kind: 'stage', stage: 'stringToSign' } }],
  };
  const query = options.mode === 'query';
  const auth = query ? null : authorizationHeader(options.credentials.accessKeyId, c.stages.credentialScope, c.stages.signedHeaders, sigHex);
  const pQuery = query ? presignedQuery(request, c.presignParams, sigHex, options) : null;
  const url = pQuery && c.plan.host ? presignedUrl(request, c.plan.host, pQuery) : null;
  return {
    request,
    options,
    signedHeaderNames: c.signedHeaderNames,
    skippedHeaderNames: c.skippedHeaderNames,
    payloadSource: c.payloadSource,
    // Object.assign, not a literal with keys after spreads: that shape is many times slower on Node 20's V8.
    stages: Object.assign({}, c.stages, keys, {
      signature,
      authorization: auth ? textStage('authorization', auth) : null,
      presignedUrl: url ? textStage('presignedUrl', url) : null,
      signedRequest: textStage('signedRequest', signedRequest(request, c.plan, auth, pQuery)),
    }),
  };
}
