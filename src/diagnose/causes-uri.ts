/**
 * Causes found in the method and canonical URI lines (../shared/reference/sigv4-pitfalls.md, rows
 * "canonical URI"): one encoding too few for a non-S3 service (`%3D` must become `%253D`), one too
 * many for S3, and path normalisation that S3 does not do. Which side is wrong depends on the
 * service the request is signed for: the same two lines are a different mistake for S3.
 */
import { visibleText } from './byte-diff';
import { cause } from './cause-table';
import type { Cause, CauseId } from './types';

/** Undoes one level of encoding of `%` itself: `%253D` → `%3D` (other escapes stay). */
export function undouble(text: string): string {
  return text.replace(/%25([0-9A-Fa-f]{2})/g, '%$1');
}

/** The generic path clean-up of an encoded path: drop `.` and empty segments, resolve `..`, keep a trailing `/`. */
export function normalisePath(path: string): string {
  const kept: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') kept.pop();
    else kept.push(seg);
  }
  return '/' + kept.join('/') + (kept.length > 0 && path.endsWith('/') ? '/' : '');
}

/** How two canonical URIs of one path can differ: which side has one more level of encoding, or of clean-up. */
type UriPattern = 'server-encoded-more' | 'ours-encoded-more' | 'server-kept' | 'server-normalised';

/**
 * Whose mistake each pattern is, by the rule of the request's service: S3 encodes the path exactly
 * once and never cleans it up, every other service encodes it twice and removes `.`, `..` and empty
 * segments. So for S3 the side that is encoded twice (or cleaned up) shows the client's mistake, for
 * the others the side that is encoded once (or kept as written).
 */
const CAUSE_OF: Readonly<Record<UriPattern, Readonly<Record<'s3' | 'generic', CauseId>>>> = {
  'server-encoded-more': { generic: 'path-encoded-once', s3: 'path-sent-double-encoded' },
  'ours-encoded-more': { s3: 'path-double-encoded', generic: 'path-sent-unencoded' },
  'server-kept': { s3: 's3-path-normalised', generic: 'path-kept-as-written' },
  'server-normalised': { generic: 'path-not-normalised', s3: 's3-path-sent-normalised' },
};

/** The patterns two differing canonical URI lines show, most telling first; empty when none fits. */
function patterns(server: string, ours: string): UriPattern[] {
  if (undouble(server) === ours) return ['server-encoded-more'];
  if (undouble(ours) === server) return ['ours-encoded-more'];
  const nServer = normalisePath(server);
  // S3 keeps `//` and `.` segments; the generic rules both normalise and double-encode (chimera PR #702).
  if (nServer !== server && (nServer === ours || nServer === undouble(ours))) return ['server-kept'];
  const nOurs = normalisePath(ours);
  if (nOurs !== ours && nOurs === server) return ['server-normalised'];
  if (nOurs !== ours && nOurs === undouble(server)) return ['server-normalised', 'server-encoded-more'];
  return [];
}

/** Causes of a differing canonical URI; `server` and `ours` are the two lines, `service` the one the request is signed for. */
export function uriCauses(server: string, ours: string, service: string): Cause[] {
  const params = { server: visibleText(server), ours: visibleText(ours), service };
  const rule = service === 's3' ? 's3' : 'generic';
  const found = patterns(server, ours);
  if (found.length === 0) return [cause('uri-differs', 'canonicalUri', params)];
  return found.map((p) => cause(CAUSE_OF[p][rule], 'canonicalUri', params));
}

/** Cause of a differing method line. */
export function methodCauses(server: string, ours: string): Cause[] {
  return [cause('method-differs', 'canonicalRequest', { server: visibleText(server), ours: visibleText(ours) })];
}
