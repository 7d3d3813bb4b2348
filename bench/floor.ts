/**
 * The pure-JS floor: the least a SigV4 signer can do for the bench requests with @noble/hashes alone.
 * The simplest correct canonicalisation for these inputs (already-split query, lower-case header
 * names, S3 paths given encoded), SHA-256 and HMAC-SHA256 from @noble/hashes, and — unless a cache
 * is passed — the whole key chain every signature. No parsing, no provenance, no validation: what is
 * left is the work any signer must do.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Workload } from './requests';

const enc = new TextEncoder();

/** RFC 3986 unreserved characters stay; everything else is %XX, upper-case. */
function encode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function canonicalUri(path: string, s3: boolean): string {
  // S3 paths are signed as sent (the bench's are already encoded); others are encoded once more.
  return s3 ? path : path.split('/').map(encode).join('/');
}

function canonicalQuery(query: Readonly<Record<string, string | string[]>>): string {
  const pairs: [string, string][] = [];
  for (const [k, v] of Object.entries(query)) for (const x of Array.isArray(v) ? v : [v]) pairs.push([encode(k), encode(x)]);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** The kSigning key for a day, region and service. */
export function signingKey(secret: string, day: string, region: string, service: string): Uint8Array {
  const kDate = hmac(sha256, enc.encode(`AWS4${secret}`), enc.encode(day));
  const kRegion = hmac(sha256, kDate, enc.encode(region));
  const kService = hmac(sha256, kRegion, enc.encode(service));
  return hmac(sha256, kService, enc.encode('aws4_request'));
}

/** The Authorization header for `w` signed at `amzDate` (YYYYMMDDTHHMMSSZ); `cache` keeps kSigning per scope. */
export function floorSign(w: Workload, amzDate: string, cache?: Map<string, Uint8Array>): string {
  const r = w.smithy;
  const { accessKeyId, secretAccessKey, sessionToken } = w.credentials;
  const headers: [string, string][] = Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')]);
  headers.push(['x-amz-date', amzDate]);
  if (sessionToken !== undefined) headers.push(['x-amz-security-token', sessionToken]);
  headers.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const signed = headers.map((h) => h[0]).join(';');
  const payload = r.headers['x-amz-content-sha256'] ?? bytesToHex(sha256(enc.encode(r.body ?? '')));
  const creq = `${r.method}\n${canonicalUri(r.path, w.profile === 's3')}\n${canonicalQuery(r.query)}\n${headers.map(([k, v]) => `${k}:${v}\n`).join('')}\n${signed}\n${payload}`;
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${w.region}/${w.service}/aws4_request`;
  const sts = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${bytesToHex(sha256(enc.encode(creq)))}`;
  let key: Uint8Array | undefined;
  if (cache) {
    const id = `${secretAccessKey}\n${scope}`;
    key = cache.get(id);
    if (!key) cache.set(id, (key = signingKey(secretAccessKey, day, w.region, w.service)));
  } else {
    key = signingKey(secretAccessKey, day, w.region, w.service);
  }
  const signature = bytesToHex(hmac(sha256, key, enc.encode(sts)));
  return `AWS4-HMAC-SHA256 Credential=${accessKeyId}/${scope}, SignedHeaders=${signed}, Signature=${signature}`;
}
