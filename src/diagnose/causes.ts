/**
 * Likely causes of a signature mismatch, read from the bytes that differ between the server's echo
 * and our trace, ranked: the stage that differs first in spec order first (a later difference is
 * usually its consequence), specific patterns before catch-alls. The catalogue they come from is
 * ../shared/reference/sigv4-pitfalls.md.
 */
import { STAGE_ORDER, type Trace } from '../sigv4';
import { cause, isGeneric } from './cause-table';
import { headerCauses } from './causes-headers';
import { queryCauses } from './causes-query';
import { payloadCauses, stringToSignCauses } from './causes-signing';
import { methodCauses, uriCauses } from './causes-uri';
import type { Cause, EchoDiff, TextDiff } from './types';

function canonicalRequestCauses(diff: TextDiff, trace: Trace): Cause[] {
  const out: Cause[] = [];
  for (const l of diff.lines) {
    if (l.equal || l.server === null || l.ours === null) continue;
    if (l.part === 'method') out.push(...methodCauses(l.server, l.ours));
    else if (l.part === 'uri') out.push(...uriCauses(l.server, l.ours, trace.options.service));
    else if (l.part === 'query') out.push(...queryCauses(l.server, l.ours, trace));
    else if (l.part === 'payload-hash') out.push(...payloadCauses(l.server, l.ours, trace, 'payloadHash'));
  }
  return [...out, ...headerCauses(diff, trace)];
}

/** A temporary key (ASIA…) signed without its session token: refused whatever the signature (goamz PR #238). */
function tokenMissing(trace: Trace): Cause[] {
  const { accessKeyId, sessionToken } = trace.options.credentials;
  if (!accessKeyId.startsWith('ASIA') || sessionToken) return [];
  const query = trace.options.mode === 'query';
  const carried = query ? /(?:^|&)X-Amz-Security-Token=/i.test(trace.stages.canonicalQuery.text) : trace.signedHeaderNames.includes('x-amz-security-token');
  return carried ? [] : [cause('token-missing', query ? 'canonicalQuery' : 'canonicalHeaders', { accessKeyId })];
}

/** Orders causes by the stage they show in (spec order), specific before generic, and keeps the first of each id. */
function rank(causes: readonly Cause[]): Cause[] {
  const score = (c: Cause) => STAGE_ORDER.indexOf(c.stage) * 2 + (isGeneric(c.id) ? 1 : 0);
  const sorted = causes.map((c, i) => ({ c, i })).sort((a, b) => score(a.c) - score(b.c) || a.i - b.i);
  const seen = new Set<string>();
  const out: Cause[] = [];
  for (const { c } of sorted) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    out.push(c);
  }
  return out;
}

/** The likely causes of a mismatch, most likely first; empty when the echo says nothing that differs. */
export function likelyCauses(diff: EchoDiff, trace: Trace): Cause[] {
  const cr = diff.canonicalRequest;
  const sts = diff.stringToSign;
  const found: Cause[] = [
    ...(cr ? canonicalRequestCauses(cr, trace) : []),
    ...(sts ? stringToSignCauses(sts, trace, cr !== null) : []),
  ];
  const textsEqual = (cr?.equal ?? true) && (sts?.equal ?? true);
  const echoed = cr !== null || sts !== null || (diff.signature !== null && !diff.signature.equal);
  if (textsEqual && echoed) {
    // Same canonical request and string to sign, still rejected: only the key is left (the server's
    // own message: "Check your AWS Secret Access Key and signing method").
    found.push(cause('secret-key', 'kSecret'));
    // SigV4a has no HMAC chain to key wrongly: its key is derived from the secret alone.
    if (trace.stages.kRegion !== null) found.push(cause('key-chain-hex-text', 'kRegion'));
  }
  found.push(...tokenMissing(trace));
  return rank(found);
}
