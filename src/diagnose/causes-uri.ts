/**
 * Causes found in the method and canonical URI lines (../shared/reference/sigv4-pitfalls.md, rows
 * "canonical URI"): one encoding too few for a non-S3 service (`%3D` must become `%253D`), one too
 * many for S3, and path normalisation that S3 does not do.
 */
import { visibleText } from './byte-diff';
import { cause } from './cause-table';
import type { Cause } from './types';

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

/** Causes of a differing canonical URI; `server` and `ours` are the two lines. */
export function uriCauses(server: string, ours: string): Cause[] {
  const params = { server: visibleText(server), ours: visibleText(ours) };
  const stage = 'canonicalUri';
  if (undouble(server) === ours) return [cause('path-encoded-once', stage, params)];
  if (undouble(ours) === server) return [cause('path-double-encoded', stage, params)];
  const nServer = normalisePath(server);
  if (nServer !== server && (nServer === ours || nServer === undouble(ours))) {
    // S3 keeps `//` and `.` segments; the generic rules both normalise and double-encode (chimera PR #702).
    return [cause('s3-path-normalised', stage, params)];
  }
  const nOurs = normalisePath(ours);
  if (nOurs !== ours && nOurs === server) return [cause('path-not-normalised', stage, params)];
  if (nOurs !== ours && nOurs === undouble(server)) {
    return [cause('path-not-normalised', stage, params), cause('path-encoded-once', stage, params)];
  }
  return [cause('uri-differs', stage, params)];
}

/** Cause of a differing method line. */
export function methodCauses(server: string, ours: string): Cause[] {
  return [cause('method-differs', 'canonicalRequest', { server: visibleText(server), ours: visibleText(ours) })];
}
