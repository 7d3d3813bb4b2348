/**
 * The signing core's only door. Pure: no React, DOM, store or UI (fenced by eslint and a test).
 * Data flows one way: request text → parseRequest → RequestModel → signRequest → Trace.
 * SigV4a's curve is a door of its own, ./p256.ts, handed in as an option: the page loads it lazily.
 */
export { ALGORITHM, ALGORITHM_NAME, ALGORITHM_V4A, SECRET_PREFIX_V4A, HEADER, QUERY, SCOPE_TERMINATOR, SECRET_PREFIX, UNSIGNED_PAYLOAD, EMPTY_SHA256, MAX_EXPIRES_SECONDS, DEFAULT_EXPIRES_SECONDS, DEFAULT_REGION, NEVER_SIGNED_HEADERS } from './constants';
export { SigV4Error } from './errors';
export type { Expectation, ErrorSource, SigV4ErrorDetails } from './errors';
export type { Algorithm, Credentials, EcdsaCurve, SigningMode, SigningOptions, Profile } from './options';
export { algorithmOf, profileRules } from './options';
export type { ContextField, Origin, Segment, SourcedText } from './provenance';
export { mapRuns } from './provenance';
export type { HeaderField, RequestModel, Spanned } from './request';
export { STAGE_ORDER, STAGES, STAGE_LIST, cardFor, cardStages, explanationMessage, explanationMessages, stageExists, stageSlug } from './stage-ids';
export type { StageId } from './stage-ids';
export type { Explanation, ExternalInput, Fact, SlotSource, StageDescriptor, StageInput, StageMessage, StageView, WalkPlace } from './stage-descriptor';
export type { AmzDate, ShortDate } from './time';
export { amzDateOf, dateOf, isAmzDate, parseSigningTime, shortDateOf } from './time';
export type { DerivationAttempt, DigestStage, KeyStage, PayloadSource, PrivateKeyStage, Stages, TextStage, Trace } from './trace';
export { bytesOfHex, toHex, utf8 } from './bytes';
export { ResumableSha256 } from './resumable-sha256';
export { parseRequest } from './parse-request';
export { signCanonical, signingKeys, signRequest, signWithKeys } from './sign';
export type { SigningKeys } from './sign';
export { ecdsaKeys, publicKeyXY } from './ecdsa-key';
export type { EcdsaKeys } from './ecdsa-key';
export { canonicalize } from './canonicalize';
export type { CanonicalPart } from './canonicalize';
export { hmacKey, signingKeyChain } from './signing-key';
export type { KeyChain } from './signing-key';
export { credentialScope, scopeDate } from './credential-scope';
export { readSigningContext, readVerifyContext, readVerifyCredentials } from './context';
export type { PathRules } from './context';
export { signs, verifySignedRequest } from './verify';
export type { VerifyMatch, VerifyMismatch, VerifyResult } from './verify';
export { carriesSignature, readSignatureClaim, requestTime } from './signature-claim';
export type { ClaimRead } from './signature-claim';
export { stagesIndependentOf } from './depends';
export { uriEncode, formEncode, percentDecode, percentDecodeText } from './uri-encode';
export type { PlusRule } from './uri-encode';
export { canonicalQuery, decodedQuery, encodedParam, findParam, requestQueryParams, signableParams, splitQuery } from './canonical-query';
export type { DecodedParam, QueryParam, RawParam } from './canonical-query';
export { canonicalEntries, headerBlock, headerGroups, signedHeaderList } from './canonical-headers';
export type { HeaderEntry, HeaderGroup, HeaderValue } from './canonical-headers';
export { STANDARD_STAGES, stageFunctions } from './stage-overrides';
export type { StageFunctions, StageName, StageOverride } from './stage-overrides';
export { fieldValue, findHeader, headerValue, isNeverSigned } from './signing-headers';
