/**
 * `@smithy/signature-v4` (the AWS SDK for JavaScript v3 signer) as a real client: it is given what
 * the SDK gives it (a query object of decoded values, the wire path, one value per header name)
 * and the URL it sends is built with the SDK's own serializer (buildQueryString). Its canonical
 * request and string to sign are read from the signer itself, not recomputed.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { buildQueryString } from '@smithy/querystring-builder';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HeaderBag, HttpRequest, QueryParameterBag } from '@smithy/types';
import { ACCESS_KEY_ID, bodyBytes, DEFAULT_EXPIRES, SECRET_ACCESS_KEY, SESSION_TOKEN, timeOf, type Case } from './cases';
import type { ClientResult } from './harness';
import { formDecode, wirePath, type Sent } from './wire';

/** Records what the SDK's signer actually signed. */
class Recording extends SignatureV4 {
  canonicalRequest = '';
  stringToSign = '';

  protected override createCanonicalRequest(request: HttpRequest, headers: HeaderBag, payloadHash: string): string {
    return (this.canonicalRequest = super.createCanonicalRequest(request, headers, payloadHash));
  }

  protected override async createStringToSign(date: string, scope: string, canonical: string, algorithm: string): Promise<string> {
    return (this.stringToSign = await super.createStringToSign(date, scope, canonical, algorithm));
  }
}

/** Decoded pairs → the SDK's query bag: one key, one value or the list of its values in order. */
export function queryBag(pairs: readonly (readonly [string, string])[]): QueryParameterBag {
  const grouped = new Map<string, string[]>();
  for (const [k, v] of pairs) grouped.set(k, [...(grouped.get(k) ?? []), v]);
  return Object.fromEntries([...grouped].map(([k, v]) => [k, v.length === 1 ? v[0]! : v]));
}

/** HeaderBag holds one value per name: repeats are joined with `,` in order, as HTTP allows. */
export function headerBag(headers: readonly (readonly [string, string])[]): HeaderBag {
  const bag: HeaderBag = {};
  const seen = new Map<string, string>();
  for (const [name, value] of headers) {
    const key = seen.get(name.toLowerCase());
    if (key === undefined) {
      seen.set(name.toLowerCase(), name);
      bag[name] = value;
    } else {
      bag[key] = `${bag[key]!.trim()},${value.trim()}`;
    }
  }
  return bag;
}

export interface SmithyCall {
  readonly method: string;
  readonly hostname: string;
  readonly port?: number;
  readonly path: string;
  readonly query: QueryParameterBag;
  readonly headers: HeaderBag;
  readonly body: Uint8Array;
  readonly service: string;
  readonly region: string;
  readonly time: string;
  readonly mode: 'header' | 'query';
  readonly token?: 'signed' | 'appended';
  readonly expires: number;
  /** Headers to sign although the SDK never signs them by default (curl signs its -H User-Agent). */
  readonly signable?: ReadonlySet<string>;
}

/** Signs one request with smithy and returns what it would send. */
export async function smithySign(call: SmithyCall): Promise<ClientResult> {
  const s3 = call.service === 's3';
  const signer = new Recording({
    service: call.service,
    region: call.region,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY, ...(call.token ? { sessionToken: SESSION_TOKEN } : {}) },
    sha256: Sha256,
    uriEscapePath: !s3,
    // The S3 client signs x-amz-content-sha256; other services do not send it.
    applyChecksum: s3 && call.mode === 'header',
  });
  const host = call.port === undefined ? call.hostname : `${call.hostname}:${call.port}`;
  const headers: HeaderBag = { host, ...call.headers };
  const unsignable = new Set<string>();
  // A token "appended" is sent but left out of the signature (the signer's unsignableHeaders).
  if (call.token === 'appended') unsignable.add('x-amz-security-token');
  if (s3 && call.mode === 'query') {
    // As the S3 presigner does: the payload is UNSIGNED-PAYLOAD, neither signed nor put in the URL.
    headers['x-amz-content-sha256'] = 'UNSIGNED-PAYLOAD';
    unsignable.add('x-amz-content-sha256');
  }
  const request = {
    method: call.method, protocol: 'https:', hostname: call.hostname, ...(call.port !== undefined ? { port: call.port } : {}),
    path: call.path, query: call.query, headers, ...(call.body.length > 0 ? { body: call.body } : {}),
  } as HttpRequest;
  const signingDate = new Date(call.time);
  const options = { signingDate, unsignableHeaders: unsignable, ...(call.signable ? { signableHeaders: new Set(call.signable) } : {}) };
  const signed =
    call.mode === 'header'
      ? await signer.sign(request, options)
      : await signer.presign(request, { ...options, expiresIn: call.expires, unhoistableHeaders: new Set(['x-amz-content-sha256']) });
  const qs = buildQueryString(signed.query ?? {});
  const sentHeaders = Object.entries(signed.headers).filter(([n]) => !(call.mode === 'query' && n === 'x-amz-content-sha256'));
  const sent: Sent = { method: call.method, url: `https://${host}${call.path}${qs === '' ? '' : `?${qs}`}`, headers: sentHeaders, body: call.body };
  const signature = call.mode === 'header'
    ? (/Signature=([0-9a-f]+)/.exec(signed.headers.authorization ?? '')?.[1] ?? '')
    : String(signed.query?.['X-Amz-Signature'] ?? '');
  return { sent, signature, canonicalRequest: signer.canonicalRequest, stringToSign: signer.stringToSign };
}

/** A case as the SDK would hand it to its signer. */
export function smithyCallOf(c: Case): SmithyCall {
  return {
    method: c.method, hostname: c.host, ...(c.port !== undefined ? { port: c.port } : {}), path: wirePath(c),
    query: queryBag(formDecode(c.query)), headers: headerBag(c.headers ?? []), body: bodyBytes(c),
    service: c.service, region: c.region, time: timeOf(c), mode: c.mode, expires: c.expires ?? DEFAULT_EXPIRES,
    ...(c.token ? { token: c.token } : {}),
  };
}
