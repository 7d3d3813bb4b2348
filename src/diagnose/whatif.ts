/**
 * The what-if catalogue: each signer mistake of ../shared/reference/sigv4-pitfalls.md as a pure
 * transformation of the lab's inputs: a stage override of ./mistakes.ts where the core has the stage,
 * otherwise a change of options or request text. Mistakes made after signing also say what the server
 * actually receives (`sentRequestText`).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { amzDateOf, dateOf, UNSIGNED_PAYLOAD, type SigningOptions, type StageId } from '../sigv4';
import { skewLimitMinutes } from './causes-signing';
import type { DiagnoseMessageKey } from './message-keys';
import { mistake, type Mistake, type MistakeId } from './mistakes';
import { addHeader, findHeader, hasRepeatedHeader, headerValue, removeHeaders, removeQueryParam, replaceHeaderValue, tryParse } from './request-edit';

/** The lab's inputs a what-if transforms. */
export interface WhatIfInput {
  readonly requestText: string;
  readonly options: SigningOptions;
  /** Mistakes injected as stage overrides; absent or empty for a correct signature. */
  readonly mistakes?: readonly Mistake[];
}

/** The inputs with the mistake made; `noopKey` explains why nothing could change for this input. */
export interface WhatIfResult {
  readonly requestText: string;
  readonly options: SigningOptions;
  readonly mistakes?: readonly Mistake[];
  /** For mistakes made after signing: the request the server actually receives. */
  readonly sentRequestText?: string;
  readonly noopKey?: DiagnoseMessageKey;
}

/** Every what-if id; the UI renders a toggle `whatif-<id>` for each. */
export type WhatIfId =
  | 'path-encoded-once' | 's3-path-normalised' | 'query-sorted-before-encoding' | 'query-space-as-plus'
  | 'query-plus-as-plus' | 'query-lowercase-hex' | 'headers-untrimmed' | 'headers-unjoined' | 'charset-added-after-signing'
  | 'host-with-port' | 'signed-headers-incomplete' | 'payload-hash-base64' | 'unsigned-payload-outside-s3'
  | 'wrong-region' | 'scope-date-previous-day' | 'clock-skew' | 'token-signed-vs-appended' | 'token-missing'
  | 'key-chain-hex-text';

/** One injectable mistake. */
export interface WhatIf {
  readonly id: WhatIfId;
  /** The stage that first changes for a header-mode request (in query mode, scope, date and token show first in the query). */
  readonly stage: StageId;
  /** The citation from sigv4-pitfalls.md. */
  readonly source: string;
  readonly titleKey: DiagnoseMessageKey;
  readonly explanationKey: DiagnoseMessageKey;
  /** Values for the `{name}` slots of the title and explanation. */
  readonly params?: Readonly<Record<string, string | number>>;
  readonly apply: (input: WhatIfInput) => WhatIfResult;
}

/** How far off the skewed clock is, in minutes (beyond both limits: 5, S3 15). */
export const CLOCK_SKEW_MINUTES = 20;

const inject = (id: MistakeId) => (input: WhatIfInput): WhatIfResult => ({
  ...input,
  mistakes: [...(input.mistakes ?? []).filter((m) => m.id !== id), mistake(id)],
});
const noop = (input: WhatIfInput, noopKey: DiagnoseMessageKey): WhatIfResult => ({ ...input, noopKey });
const withOptions = (input: WhatIfInput, o: Partial<SigningOptions>): WhatIfResult => ({ ...input, options: { ...input.options, ...o } });

function charsetAdded(input: WhatIfInput): WhatIfResult {
  const req = tryParse(input.requestText);
  const ct = req && findHeader(req, 'content-type');
  const skip = noop(input, 'whatif.charset-added-after-signing.noop');
  if (!req) return skip;
  if (!ct) return req.body.text === '' ? skip : { ...input, sentRequestText: addHeader(req, 'Content-Type', 'text/plain;charset=UTF-8') };
  const v = headerValue(ct);
  if (/;\s*charset=UTF-8\s*$/.test(v)) return skip;
  // XHR with a text body: a charset is rewritten to UTF-8, and browsers have appended one to a bare type
  // (mhart/aws4#155, #111); with no Content-Type at all, XHR sends text/plain;charset=UTF-8 (XHR standard, send()).
  const sent = /;\s*charset=/i.test(v) ? v.replace(/(;\s*charset=)[^;]*/i, '$1UTF-8') : `${v.trim()}; charset=UTF-8`;
  return { ...input, sentRequestText: replaceHeaderValue(req, ct, sent) };
}

function hostWithPort(input: WhatIfInput): WhatIfResult {
  const req = tryParse(input.requestText);
  if (!req) return noop(input, 'whatif.host-with-port.noop');
  const port = req.scheme === 'http' ? ':80' : ':443';
  const h = findHeader(req, 'host');
  const host = h ? headerValue(h).trim() : req.authority?.text;
  if (!host) return noop(input, 'whatif.host-with-port.noop');
  // With a port, sign without it (the reverse mistake); without one, sign host:443 (aws-cli#2883, curl#9550).
  const signedHost = /:\d+$/.test(host) ? host.replace(/:\d+$/, '') : host + port;
  const requestText = h ? replaceHeaderValue(req, h, signedHost) : addHeader(req, 'Host', signedHost);
  return { ...input, requestText, sentRequestText: input.requestText };
}

function payloadBase64(input: WhatIfInput): WhatIfResult {
  const req = tryParse(input.requestText);
  if (!req) return noop(input, 'whatif.payload-hash-base64.noop');
  return withOptions(input, { payloadHash: btoa(String.fromCharCode(...sha256(req.bodyBytes))) });
}

function pathEncodedOnce(input: WhatIfInput): WhatIfResult {
  if (input.options.service === 's3' || !input.options.doubleUriEncode) return noop(input, 'whatif.path-encoded-once.noopS3');
  const req = tryParse(input.requestText);
  if (!req || !/%[0-9A-Fa-f]{2}/.test(req.path.text)) return noop(input, 'whatif.path-encoded-once.noop');
  return withOptions(input, { doubleUriEncode: false });
}

function clockSkew(input: WhatIfInput): WhatIfResult {
  const t = amzDateOf(new Date(dateOf(input.options.signingTime).getTime() - CLOCK_SKEW_MINUTES * 60_000));
  return t === null ? input : withOptions(input, { signingTime: t });
}

function tokenMissing(input: WhatIfInput): WhatIfResult {
  const { sessionToken: _token, ...credentials } = input.options.credentials;
  if (!input.options.credentials.sessionToken) return noop(input, 'whatif.token-missing.noop');
  const requestText = removeQueryParam(removeHeaders(input.requestText, 'x-amz-security-token'), 'x-amz-security-token');
  return { ...input, requestText, options: { ...input.options, credentials } };
}

const entry = (id: WhatIfId, stage: StageId, source: string, apply: WhatIf['apply'], params?: WhatIf['params']): WhatIf => ({
  id, stage, source, titleKey: `whatif.${id}.title`, explanationKey: `whatif.${id}.explanation`, apply, ...(params ? { params } : {}),
});

/** The catalogue, in the order of the stages the mistakes corrupt. */
export const WHATIFS: readonly WhatIf[] = [
  entry('path-encoded-once', 'canonicalUri', 'amazonka#529, aws-sdk-js#853', pathEncodedOnce),
  entry('s3-path-normalised', 'canonicalUri', 'chimera PR #702, play-s3#19', (i) =>
    i.options.doubleUriEncode && i.options.normalizePath ? noop(i, 'whatif.s3-path-normalised.noop') : withOptions(i, { doubleUriEncode: true, normalizePath: true })),
  entry('query-sorted-before-encoding', 'canonicalQuery', 'smithy-typescript PR #849', inject('query-sorted-before-encoding')),
  entry('query-space-as-plus', 'canonicalQuery', 'curl#7559', inject('query-space-as-plus')),
  entry('query-plus-as-plus', 'canonicalQuery', 'aws4#126, curl#20543, envoy#40523', (i) => {
    const req = tryParse(i.requestText);
    return req?.query?.text.includes('+') ? inject('query-plus-as-plus')(i) : noop(i, 'whatif.query-plus-as-plus.noop');
  }),
  entry('query-lowercase-hex', 'canonicalQuery', 'curl#8107', inject('query-lowercase-hex')),
  entry('headers-untrimmed', 'canonicalHeaders', 'botocore PR #1182, aws-sdk-go PR #4141', inject('headers-untrimmed')),
  entry('headers-unjoined', 'canonicalHeaders', 'aws-sdk-java-v2 PR #2502', (i) => {
    const req = tryParse(i.requestText);
    return req && hasRepeatedHeader(req) ? inject('headers-unjoined')(i) : noop(i, 'whatif.headers-unjoined.noop');
  }),
  entry('charset-added-after-signing', 'canonicalHeaders', 'mhart/aws4#155, #111', charsetAdded),
  entry('host-with-port', 'canonicalHeaders', 'aws-cli#2883, curl#9550', hostWithPort),
  entry('signed-headers-incomplete', 'signedHeaders', 'AWS IAM guide example', inject('signed-headers-incomplete')),
  entry('payload-hash-base64', 'payloadHash', 'electron-builder PR #9863, aws-sdk-java-v2#3807', payloadBase64),
  entry('unsigned-payload-outside-s3', 'payloadHash', 'electron-builder PR #9863, aws-sdk-java-v2#3807', (i) =>
    i.options.service === 's3' ? noop(i, 'whatif.unsigned-payload-outside-s3.noop') : withOptions(i, { payloadHash: UNSIGNED_PAYLOAD })),
  entry('wrong-region', 'credentialScope', 'aws-sdk-js#986', (i) => withOptions(i, { region: i.options.region === 'us-east-1' ? 'us-west-2' : 'us-east-1' })),
  entry('scope-date-previous-day', 'credentialScope', 'minio PR #3688', inject('scope-date-previous-day')),
  entry('clock-skew', 'canonicalHeaders', 'aws4fetch#73, aws-sdk-php#612', clockSkew, {
    minutes: CLOCK_SKEW_MINUTES, limit: skewLimitMinutes('iam'), s3Limit: skewLimitMinutes('s3'),
  }),
  entry('token-signed-vs-appended', 'canonicalHeaders', 'goamz PR #238, soto-core PR #99', (i) =>
    i.options.credentials.sessionToken ? withOptions(i, { omitSessionToken: !i.options.omitSessionToken }) : noop(i, 'whatif.token-signed-vs-appended.noop')),
  entry('token-missing', 'canonicalHeaders', 'goamz PR #238, soto-core PR #99', tokenMissing),
  entry('key-chain-hex-text', 'kRegion', 'openbullet#663, scality PR #357', inject('key-chain-hex-text')),
];
