/**
 * `@smithy/signature-v4a` (the SigV4a signer of the AWS SDK for JavaScript v3) as a real client.
 * Pure JavaScript: its ECDSA is a bundled copy of @noble/curves (dist-es/elliptic/Ec.js). It is
 * given what the SDK gives it (the wire path, a query object of decoded values, one value per
 * header name) and everything it signed is read from the signer itself: the canonical request and
 * string to sign through the protected methods it inherits from SignatureV4Base, and the private
 * key it derived through the argument of its (TypeScript-private) getSignature.
 *
 * It has `sign` only: no `presign`, so SigV4a query mode cannot be compared with it.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import type { SignatureV4CryptoInit, SignatureV4Init } from '@smithy/signature-v4';
import { SignatureV4a } from '@smithy/signature-v4a';
import type { AwsCredentialIdentity, HeaderBag, HttpRequest, QueryParameterBag } from '@smithy/types';
import { headerBag, queryBag } from './smithy-client';
import { formDecode } from './wire';

/** What getSignature is at run time; TypeScript calls it private, so it is reached through this view. */
interface SignatureHook {
  getSignature(privateKey: Uint8Array, stringToSign: string): Promise<string>;
}

/** A SignatureV4a that records what its last signature signed, and with which key. */
class RecordingV4a extends SignatureV4a {
  canonicalRequest = '';
  stringToSign = '';
  privateKey: Uint8Array | null = null;

  constructor(init: SignatureV4Init & SignatureV4CryptoInit) {
    super(init);
    const hook = this as unknown as SignatureHook;
    const original = hook.getSignature.bind(this);
    hook.getSignature = (privateKey, stringToSign) => {
      this.privateKey = Uint8Array.from(privateKey);
      return original(privateKey, stringToSign);
    };
  }

  protected override createCanonicalRequest(request: HttpRequest, headers: HeaderBag, payloadHash: string): string {
    return (this.canonicalRequest = super.createCanonicalRequest(request, headers, payloadHash));
  }

  protected override async createStringToSign(date: string, scope: string, canonical: string, algorithm: string): Promise<string> {
    return (this.stringToSign = await super.createStringToSign(date, scope, canonical, algorithm));
  }
}

/** A request as the SDK hands it to its signer. */
export interface SmithyV4aRequest {
  readonly method: string;
  readonly hostname: string;
  /** The path as sent on the wire (already percent-encoded once where it needs to be). */
  readonly path: string;
  readonly query: QueryParameterBag;
  /** One value per name, `host` included. */
  readonly headers: HeaderBag;
  readonly body: Uint8Array;
}

export interface SmithyV4aCall {
  readonly request: SmithyV4aRequest;
  readonly credentials: AwsCredentialIdentity;
  /** The constructor's region (for SigV4a the region set). */
  readonly region: string;
  /** The per-call region set (`sign(…, { signingRegion })`), which overrides `region`. */
  readonly signingRegion?: string;
  readonly service: string;
  readonly signingDate: Date;
  /** true: normalise and double-encode the path (every service but S3); false: sign it as given. */
  readonly uriEscapePath: boolean;
  /** true: add and sign x-amz-content-sha256 (S3). */
  readonly applyChecksum: boolean;
  readonly unsignableHeaders?: ReadonlySet<string>;
}

export interface SmithyV4aResult {
  readonly canonicalRequest: string;
  readonly stringToSign: string;
  /** DER ECDSA signature, lower-case hex, as put in the Authorization header. */
  readonly signature: string;
  readonly authorization: string;
  /** The private key d smithy derived and signed with (32 bytes). */
  readonly privateKey: Uint8Array;
  /** The headers of the signed request. */
  readonly headers: HeaderBag;
}

/** true when the package's SigV4a signer can presign (3.6.2 cannot). */
export function smithyV4aCanPresign(): boolean {
  const signer = new SignatureV4a({ service: 's3', region: '*', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, sha256: Sha256 });
  return typeof (signer as unknown as { presign?: unknown }).presign === 'function';
}

/** Signs one request in header mode with smithy and reads back what it signed. */
export async function smithyV4aSign(call: SmithyV4aCall): Promise<SmithyV4aResult> {
  const signer = new RecordingV4a({
    service: call.service,
    region: call.region,
    credentials: call.credentials,
    sha256: Sha256,
    uriEscapePath: call.uriEscapePath,
    applyChecksum: call.applyChecksum,
  });
  const r = call.request;
  const request = {
    method: r.method, protocol: 'https:', hostname: r.hostname, path: r.path, query: r.query, headers: r.headers,
    ...(r.body.length > 0 ? { body: r.body } : {}),
  } as HttpRequest;
  const signed = (await signer.sign(request, {
    signingDate: call.signingDate,
    ...(call.signingRegion !== undefined ? { signingRegion: call.signingRegion } : {}),
    ...(call.unsignableHeaders ? { unsignableHeaders: new Set(call.unsignableHeaders) } : {}),
  })) as HttpRequest;
  const authorization = signed.headers.authorization ?? '';
  if (signer.privateKey === null) throw new Error('smithy signed without calling getSignature');
  return {
    canonicalRequest: signer.canonicalRequest,
    stringToSign: signer.stringToSign,
    signature: /Signature=([0-9a-f]+)$/.exec(authorization)?.[1] ?? '',
    authorization,
    privateKey: signer.privateKey,
    headers: signed.headers,
  };
}

/**
 * A request text as the vectors write it (request.txt: HTTP/1.1, LF line ends) turned into what
 * the SDK would hand its signer: the request line split on the first and the last space, the query
 * form-decoded into a bag, repeated headers joined with `,` in order. Folded header lines are
 * refused rather than guessed at.
 */
export function smithyRequestOfText(text: string): SmithyV4aRequest {
  const blank = text.indexOf('\n\n');
  const head = blank < 0 ? text.replace(/\n$/, '') : text.slice(0, blank);
  const body = blank < 0 ? '' : text.slice(blank + 2);
  const [line = '', ...headerLines] = head.split('\n');
  const first = line.indexOf(' ');
  const last = line.lastIndexOf(' ');
  if (first < 0 || last <= first) throw new Error(`not a request line: ${line}`);
  const method = line.slice(0, first);
  let target = line.slice(first + 1, last);
  let authority: string | undefined;
  const absolute = /^https?:\/\/([^/?#]*)(.*)$/i.exec(target);
  if (absolute) {
    authority = absolute[1]!;
    target = absolute[2] === '' ? '/' : absolute[2]!;
  }
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? '' : target.slice(q + 1);
  const headers: [string, string][] = [];
  for (const h of headerLines) {
    if (/^[ \t]/.test(h)) throw new Error(`folded header line not supported: ${JSON.stringify(h)}`);
    const colon = h.indexOf(':');
    if (colon < 0) throw new Error(`not a header line: ${JSON.stringify(h)}`);
    headers.push([h.slice(0, colon), h.slice(colon + 1).trim()]);
  }
  const hostHeader = headers.find(([n]) => n.toLowerCase() === 'host')?.[1];
  const hostname = hostHeader ?? authority;
  if (hostname === undefined) throw new Error('request has no host');
  const bag = headerBag(headers);
  if (hostHeader === undefined) bag.host = hostname;
  return { method, hostname, path, query: queryBag(formDecode(query)), headers: bag, body: new TextEncoder().encode(body) };
}

/**
 * Where smithy's SigV4a signer departs from the specification (../shared/reference/sigv4a.md,
 * aws-c-auth source/key_derivation.c). Both are in the key derivation of
 * dist-es/credentialDerivation.js (getSigV4aSigningKey); the canonical request and string to sign
 * agree with ours and with the vectors on every case.
 */
export const SMITHY_V4A_BUGS = {
  /**
   * `outputBufferWriter = buildFixedInputBuffer(outputBufferWriter, accessKey, trial)` appends each
   * counter's fixed input to the previous one's instead of starting afresh (aws-c-auth calls
   * aws_byte_buf_reset before each), so from counter 2 on it HMACs fixed(1) ‖ … ‖ fixed(i).
   * Reached by about one access key id in 2^32; those keys get a wrong key pair and every
   * signature they make is refused.
   */
  counterInputAccumulates: 'key derivation: from counter 2 on, HMACs the fixed inputs of every earlier counter too',
  /**
   * The HMAC key `AWS4A` + secret is written with `inputKeyBuf[i] = secret.charCodeAt(i)` into a
   * Uint8Array: each UTF-16 code unit truncated to its low byte, not the secret's UTF-8 bytes
   * (aws-c-auth uses the secret's bytes; smithy's own SigV4 keys its HMAC with toUint8Array, UTF-8).
   * AWS secrets are ASCII, so only a non-ASCII secret shows it.
   */
  secretNotUtf8: 'key derivation: keys the HMAC with the low byte of each UTF-16 code unit of the secret, not its UTF-8 bytes',
} as const;
