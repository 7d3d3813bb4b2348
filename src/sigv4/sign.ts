/** Signs a request and returns every stage of the signature with its provenance (practice 3). */
import { authorizationHeader } from './authorization';
import { hmacSha256Text, toHex, utf8 } from './bytes';
import { canonicalPart, textStage, type CanonicalPart } from './canonicalize';
import type { EcdsaKeys } from './ecdsa-key';
import { algorithmOf, type EcdsaCurve, type SigningOptions } from './options';
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

/** SigV4a's curve, which validateOptions made sure signing options carry. */
const curveOf = (options: SigningOptions): EcdsaCurve => options.curve!;

/** The keys a signature is made with: SigV4's HMAC chain, or SigV4a's derived key pair. */
export type SigningKeys = KeyChain | EcdsaKeys;

/** No SigV4a derivation in a SigV4 trace, no HMAC chain in a SigV4a one. */
const NO_ECDSA_KEYS = { derivationInput: null, k0: null, privateKey: null, publicKey: null } as const;
const NO_HMAC_CHAIN = { kDate: null, kRegion: null, kService: null, kSigning: null } as const;

/**
 * The keys for the options: SigV4's chain for the secret, scope date, region and service, with
 * `overrides` applied; SigV4a's key pair for the access key id and secret (no date or region in it).
 */
export function signingKeys(options: SigningOptions, overrides: readonly StageOverride[] = []): SigningKeys {
  if (algorithmOf(options) === 'sigv4a') return curveOf(options).deriveKeys(options.credentials.accessKeyId, options.credentials.secretAccessKey);
  const stage = stageFunctions(overrides);
  return stage.keyChain(options.credentials.secretAccessKey, stage.scopeDate(options.signingTime), options.region, options.service);
}

/** Finishes a signature from its secret-free half and keys derived earlier (signingKeys) for the same options. */
export function signWithKeys(request: RequestModel, options: SigningOptions, c: CanonicalPart, keys: SigningKeys): Trace {
  validateOptions(options, true);
  return finishWith(request, options, c, keys);
}

function finish(request: RequestModel, options: SigningOptions, c: CanonicalPart): Trace {
  const keys = algorithmOf(options) === 'sigv4a'
    ? curveOf(options).deriveKeys(options.credentials.accessKeyId, options.credentials.secretAccessKey)
    : stageFunctions(c.overrides).keyChain(options.credentials.secretAccessKey, c.scopeDate, options.region, options.service);
  return finishWith(request, options, c, keys);
}

/** The signature's bytes: HMAC-SHA256 with kSigning (SigV4), or ECDSA P-256 with the private key, DER-encoded (SigV4a). */
function signatureOf(keys: SigningKeys, stringToSign: string, options: SigningOptions): DigestStage {
  const ecdsa = 'privateKey' in keys;
  const bytes = ecdsa ? curveOf(options).sign(keys.privateKey.bytes, utf8(stringToSign), options.nonceEntropy) : hmacSha256Text(keys.kSigning.bytes, stringToSign);
  const text = toHex(bytes);
  return {
    id: 'signature', kind: 'digest', bytes, input: 'stringToSign', key: ecdsa ? 'privateKey' : 'kSigning',
    text, segments: [{ start: 0, end: text.length, origin: { kind: 'stage', stage: 'stringToSign' } }],
  };
}

function finishWith(request: RequestModel, options: SigningOptions, c: CanonicalPart, keys: SigningKeys): Trace {
  const signature = signatureOf(keys, c.stages.stringToSign.text, options);
  const sigHex = signature.text;
  const query = options.mode === 'query';
  const auth = query ? null : authorizationHeader(options.credentials.accessKeyId, c.stages.credentialScope, c.stages.signedHeaders, sigHex, algorithmOf(options));
  const pQuery = query ? presignedQuery(request, c.presignParams, sigHex, options) : null;
  const url = pQuery && c.plan.host ? presignedUrl(request, c.plan.host, pQuery) : null;
  return {
    request,
    options,
    signedHeaderNames: c.signedHeaderNames,
    skippedHeaderNames: c.skippedHeaderNames,
    payloadSource: c.payloadSource,
    // Object.assign, not a literal with keys after spreads: that shape is many times slower on Node 20's V8.
    stages: Object.assign({}, c.stages, Object.assign({}, 'privateKey' in keys ? NO_HMAC_CHAIN : NO_ECDSA_KEYS, keys), {
      signature,
      authorization: auth ? textStage('authorization', auth) : null,
      presignedUrl: url ? textStage('presignedUrl', url) : null,
      signedRequest: textStage('signedRequest', signedRequest(request, c.plan, auth, pQuery)),
    }),
  };
}
