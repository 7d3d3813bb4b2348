/**
 * The oracle: `@smithy/signature-v4` (the AWS SDK for JavaScript v3 signer), wrapped so a test can
 * read the canonical request and string to sign it actually signed, not a re-computation of them.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import type { HeaderBag, HttpRequest, QueryParameterBag } from '@smithy/types';
import { NodeSha256 } from './node-sha256';
import type { RequestSpec } from './request-spec';

/** The request shape smithy signs. */
export interface SmithyRequest {
  method: string;
  protocol: string;
  hostname: string;
  path: string;
  query: QueryParameterBag;
  headers: HeaderBag;
  body?: string;
}

/** A SHA-256 constructor smithy accepts (node:crypto-backed or `@aws-crypto/sha256-js`). */
export type Sha256Constructor = typeof NodeSha256;

/** Everything smithy needs for one signature. */
export interface SmithyInput {
  readonly request: SmithyRequest;
  readonly credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  readonly region: string;
  readonly service: string;
  readonly signingDate: Date;
  readonly mode: 'header' | 'query';
  readonly expiresIn: number;
  /** true for every service but S3. */
  readonly uriEscapePath: boolean;
  /** true: add `x-amz-content-sha256` in header mode (our `signBody`). */
  readonly applyChecksum: boolean;
  readonly unsignableHeaders?: Set<string>;
  /** Query mode: `x-amz-*` headers to keep as headers instead of hoisting them into the query. */
  readonly unhoistableHeaders?: Set<string>;
  readonly sha256?: Sha256Constructor;
}

/** What smithy signed and produced. */
export interface SmithyResult {
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  readonly signature: string;
  readonly signedHeaders: string;
  /** Header mode: the Authorization header; query mode: null. */
  readonly authorization: string | null;
  readonly headers: HeaderBag;
  readonly query: QueryParameterBag;
}

/** A SignatureV4 that records the canonical request and string to sign of its last signature. */
export class RecordingSigner extends SignatureV4 {
  lastCanonicalRequest = '';
  lastStringToSign = '';

  protected override createCanonicalRequest(request: HttpRequest, canonicalHeaders: HeaderBag, payloadHash: string): string {
    this.lastCanonicalRequest = super.createCanonicalRequest(request, canonicalHeaders, payloadHash);
    return this.lastCanonicalRequest;
  }

  protected override async createStringToSign(
    longDate: string,
    credentialScope: string,
    canonicalRequest: string,
    algorithmIdentifier: string,
  ): Promise<string> {
    this.lastStringToSign = await super.createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier);
    return this.lastStringToSign;
  }
}

/** Signs with smithy in header or query mode and reports every stage it exposes. */
export async function smithySign(input: SmithyInput): Promise<SmithyResult> {
  const signer = new RecordingSigner({
    service: input.service,
    region: input.region,
    credentials: input.credentials,
    sha256: input.sha256 ?? NodeSha256,
    uriEscapePath: input.uriEscapePath,
    applyChecksum: input.applyChecksum,
  });
  const request = input.request as HttpRequest;
  if (input.mode === 'header') {
    const signed = await signer.sign(request, { signingDate: input.signingDate, unsignableHeaders: input.unsignableHeaders });
    const authorization = signed.headers.authorization ?? '';
    return {
      canonicalRequest: signer.lastCanonicalRequest,
      stringToSign: signer.lastStringToSign,
      signature: /Signature=([0-9a-f]+)$/.exec(authorization)?.[1] ?? '',
      signedHeaders: /SignedHeaders=([^,]*),/.exec(authorization)?.[1] ?? '',
      authorization,
      headers: signed.headers,
      query: signed.query ?? {},
    };
  }
  const signed = await signer.presign(request, {
    signingDate: input.signingDate,
    expiresIn: input.expiresIn,
    unsignableHeaders: input.unsignableHeaders,
    unhoistableHeaders: input.unhoistableHeaders,
  });
  const query = signed.query ?? {};
  const text = (v: string | string[] | null | undefined): string => (typeof v === 'string' ? v : '');
  return {
    canonicalRequest: signer.lastCanonicalRequest,
    stringToSign: signer.lastStringToSign,
    signature: text(query['X-Amz-Signature']),
    signedHeaders: text(query['X-Amz-SignedHeaders']),
    authorization: null,
    headers: signed.headers,
    query,
  };
}

/** Smithy's own header-value canonicalisation (getCanonicalHeaders), for pre-joining duplicates. */
export function smithyTrim(value: string): string {
  return value.replace(/[\r\n]/g, ' ').replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');
}

/**
 * The smithy view of a request spec: the query decoded into key → value(s), headers under their
 * lower-case names with repeated headers trimmed and joined with `,` in order (smithy takes one
 * value per name), and `host` from an absolute-form target when no Host header is given.
 */
export function smithyRequestOf(spec: RequestSpec): SmithyRequest {
  const headers: HeaderBag = {};
  const groups = new Map<string, string[]>();
  for (const h of spec.headers) {
    const lower = h.name.toLowerCase();
    const values = groups.get(lower) ?? [];
    values.push(h.lines.join('\n'));
    groups.set(lower, values);
  }
  for (const [name, values] of groups) {
    headers[name] = values.length === 1 ? values[0]! : values.map(smithyTrim).join(',');
  }
  if (spec.target.form === 'absolute' && !groups.has('host')) headers.host = spec.target.authority;
  // A Map, not an object literal: keys like `constructor` must not find inherited members.
  const params = new Map<string, string[]>();
  for (const p of spec.query ?? []) {
    if (p.raw === '') continue;
    params.set(p.key, [...(params.get(p.key) ?? []), p.value ?? '']);
  }
  const query: QueryParameterBag = Object.fromEntries([...params].map(([k, v]) => [k, v.length === 1 ? v[0]! : v]));
  const hostname = spec.target.form === 'absolute' ? spec.target.authority : (headers.host ?? 'localhost');
  const request: SmithyRequest = { method: spec.method, protocol: 'https:', hostname, path: spec.path, query, headers };
  if (spec.body !== '') request.body = spec.body;
  return request;
}
