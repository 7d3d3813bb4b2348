/**
 * Causes found in the payload hash, the request date, the credential scope and the string to sign
 * (../shared/reference/sigv4-pitfalls.md, rows "payload hash", "string to sign").
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { dateOf, parseSigningTime, toHex, UNSIGNED_PAYLOAD, type StageId, type Trace } from '../sigv4';
import { visibleText } from './byte-diff';
import { cause } from './cause-table';
import type { Cause, TextDiff } from './types';

/** Minutes AWS tolerates between the signing time and its clock: 5 minutes, S3 15 (aws4fetch#73, aws-sdk-php#612). */
export function skewLimitMinutes(service: string): number {
  return service === 's3' ? 15 : 5;
}

const HEX64 = /^[0-9a-fA-F]{64}$/;
const BASE64_DIGEST = /^[A-Za-z0-9+/]{43}=$/;

/** The hex of a base64 SHA-256 digest, or null when the text is not one. */
function base64DigestHex(text: string): string | null {
  if (!BASE64_DIGEST.test(text)) return null;
  const bin = atob(text);
  return toHex(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** Causes of a differing payload hash (the canonical request's last line, or x-amz-content-sha256). */
export function payloadCauses(server: string, ours: string, trace: Trace, stage: StageId): Cause[] {
  const body = toHex(sha256(trace.request.bodyBytes));
  const decoded = base64DigestHex(server) ?? base64DigestHex(ours);
  if (decoded !== null) {
    const b64 = BASE64_DIGEST.test(server) ? server : ours;
    const other = b64 === server ? ours : server;
    // The same digest written in base64, or the base64 of the body's digest (electron-builder PR #9863).
    if (other.toLowerCase() === decoded || decoded === body) return [cause('payload-hash-base64', stage, { base64: b64, hex: decoded })];
  }
  if (server.toLowerCase() === ours.toLowerCase()) return [cause('payload-hash-hex-case', stage, { server, ours })];
  if (ours === UNSIGNED_PAYLOAD && trace.options.service !== 's3') {
    return [cause('unsigned-payload-outside-s3', stage, { service: trace.options.service })];
  }
  if (HEX64.test(server) && HEX64.test(ours)) {
    if (trace.payloadSource === 'header' && ours !== body) return [cause('payload-header-mismatch', stage, { ours, body })];
    if (ours === body) return [cause('body-changed', stage, { server, ours })];
  }
  return [cause('payload-hash-differs', stage, { server: visibleText(server), ours: visibleText(ours) })];
}

/** Clock skew between two X-Amz-Date values; nothing when either cannot be read. */
export function clockSkewCauses(server: string, ours: string, trace: Trace, stage: StageId): Cause[] {
  const [s, o] = [parseSigningTime(server.trim()), parseSigningTime(ours.trim())];
  if (s === null || o === null || s === o) return [];
  const minutes = Math.round(Math.abs(dateOf(s).getTime() - dateOf(o).getTime()) / 60_000);
  return [cause('clock-skew', stage, { minutes, server: s, ours: o, limit: skewLimitMinutes(trace.options.service) })];
}

/** A credential scope `date/region/service/terminator`, with the X-Amz-Date it goes with, if known. */
export interface ScopeView {
  readonly scope: string;
  readonly amzDate?: string | undefined;
}

/** Causes of two differing credential scopes: the date, region, service or terminator. */
export function scopeCauses(server: ScopeView, ours: ScopeView, stage: StageId): Cause[] {
  // SigV4a's scope has no region (date/service/terminator): its region set is a signed header.
  const parts = (scope: string): (string | undefined)[] => {
    const p = scope.split('/');
    return p.length === 3 ? [p[0], '', p[1], p[2]] : p;
  };
  const [sd, sr, ss, st] = parts(server.scope);
  const [od, or, os, ot] = parts(ours.scope);
  const out: Cause[] = [];
  if (sd !== od) {
    // The side whose scope date is not the date of its own X-Amz-Date made the mistake (minio PR #3688).
    const bad = [ours, server].find((v) => v.amzDate !== undefined && v.scope.split('/')[0] !== v.amzDate.slice(0, 8));
    if (bad) out.push(cause('scope-date', stage, { scopeDate: bad.scope.split('/')[0] ?? '', amzDate: bad.amzDate ?? '' }));
  }
  // Only two scopes that both name a region disagree on it (a SigV4 and a SigV4a scope differ in their algorithm first).
  if (sr !== or && sr && or) out.push(cause('wrong-region', stage, { serverRegion: sr, ours: or }));
  if (ss !== os) out.push(cause('wrong-service', stage, { serverService: ss ?? '', ours: os ?? '' }));
  if (st !== ot) out.push(cause('scope-terminator', stage, { ours: ot ?? '' }));
  return out;
}

/** Causes found in the string to sign, line by line. */
export function stringToSignCauses(diff: TextDiff, trace: Trace, canonicalKnown: boolean): Cause[] {
  const line = (part: string, side: 'server' | 'ours') => diff.lines.find((l) => l.part === part)?.[side] ?? undefined;
  const out: Cause[] = [];
  for (const l of diff.lines) {
    if (l.equal || l.server === null || l.ours === null) continue;
    if (l.part === 'algorithm') out.push(cause('algorithm-differs', 'stringToSign', { server: l.server, ours: l.ours }));
    else if (l.part === 'date') out.push(...clockSkewCauses(l.server, l.ours, trace, 'stringToSign'));
    else if (l.part === 'scope') {
      const server = { scope: l.server, amzDate: line('date', 'server') };
      const ours = { scope: l.ours, amzDate: line('date', 'ours') };
      out.push(...scopeCauses(server, ours, 'credentialScope'));
    } else if (l.part === 'hash' && !canonicalKnown) out.push(cause('canonical-request-differs', 'canonicalRequest'));
  }
  return out;
}
