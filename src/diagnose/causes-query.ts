/**
 * Causes found in the canonical query (../shared/reference/sigv4-pitfalls.md, rows "canonical URI"
 * for re-encoding and "canonical query"). Each known mistake is a transformation of one side's
 * parameters; a mistake is named when applying it makes the two sides the same set of parameters.
 * In a presigned URL the X-Amz-* parameters carry the scope, date, signed headers and token.
 */
import type { Trace } from '../sigv4';
import { visibleText } from './byte-diff';
import { cause } from './cause-table';
import { signedHeadersCause } from './causes-headers';
import { clockSkewCauses, scopeCauses } from './causes-signing';
import { undouble } from './causes-uri';
import type { Cause, CauseId } from './types';

const STAGE = 'canonicalQuery';
const keyOf = (piece: string): string => piece.split('=', 1)[0]!;
const pieces = (q: string): string[] => (q === '' ? [] : q.split('&'));
const bag = (list: readonly string[]): string => [...list].sort().join('\n');
const decode = (s: string): string => s.replace(/%2F/gi, '/').replace(/%3B/gi, ';');

/** The transformations a buggy encoder applies, each named by the cause it stands for. */
const TRANSFORMS: readonly [CauseId, (piece: string) => string][] = [
  ['query-reencoded', undouble],
  ['query-space-as-plus', (p) => p.replaceAll('+', '%20')],
  // The client sent a raw + (a space to AWS) but signed it as a plus.
  ['query-plus-as-plus', (p) => p.replaceAll('%2B', '%20')],
  ['query-lowercase-hex', (p) => p.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase())],
  ['query-star-tilde', (p) => p.replaceAll('*', '%2A').replace(/%7E/gi, '~')],
  ['query-empty-value', (p) => (p.includes('=') ? p : p + '=')],
];

/** Pieces of `a` not matched by an equal piece of `b` (multiset difference). */
function onlyIn(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const p of b) left.set(p, (left.get(p) ?? 0) + 1);
  return a.filter((p) => {
    const n = left.get(p) ?? 0;
    if (n > 0) left.set(p, n - 1);
    return n === 0;
  });
}

function firstDifference(s: readonly string[], o: readonly string[]): Record<string, string> {
  const server = onlyIn(s, o)[0];
  const ours = onlyIn(o, s)[0];
  return { param: keyOf(server ?? ours ?? ''), server: visibleText(server ?? '—'), ours: visibleText(ours ?? '—') };
}

/** Causes among the request's own parameters (presign parameters removed). */
function parameterCauses(s: readonly string[], o: readonly string[]): Cause[] {
  const params = firstDifference(s, o);
  for (const [id, t] of TRANSFORMS) {
    const [ts, to] = [s.map(t), o.map(t)];
    const fixesOurs = to.join('&') !== o.join('&') && bag(to) === bag(s);
    if (fixesOurs || (ts.join('&') !== s.join('&') && bag(ts) === bag(o))) return [cause(id, STAGE, params)];
  }
  // Several mistakes at once: every transformation together makes the sides equal.
  const all = (p: string) => TRANSFORMS.reduce((x, [, t]) => t(x), p);
  if (bag(s.map(all)) === bag(o.map(all))) {
    const changes = TRANSFORMS.filter(([, t]) => s.some((p) => t(p) !== p) || o.some((p) => t(p) !== p));
    if (changes.length > 0) return changes.map(([id]) => cause(id, STAGE, params));
  }
  if (bag(s) === bag(o)) {
    const sameKeys = s.map(keyOf).join('&') === o.map(keyOf).join('&');
    if (sameKeys) {
      const at = s.findIndex((p, i) => p !== o[i]);
      const param = keyOf(s[at] ?? '');
      const of = (list: readonly string[]) => visibleText(list.filter((p) => keyOf(p) === param).join('&'));
      return [cause('query-repeated-key-order', STAGE, { param, server: of(s), ours: of(o) })];
    }
    return [cause('query-sorted-before-encoding', STAGE, { server: visibleText(s.join('&')), ours: visibleText(o.join('&')) })];
  }
  return [cause('query-differs', STAGE, params)];
}

/** The value of a presign parameter, matched case-insensitively; undefined when absent. */
function presign(list: readonly string[], name: string): string | undefined {
  const p = list.find((x) => keyOf(x).toLowerCase() === name);
  return p === undefined ? undefined : p.slice(keyOf(p).length + 1);
}

const PRESIGN_KEYS = ['x-amz-algorithm', 'x-amz-credential', 'x-amz-date', 'x-amz-expires', 'x-amz-signedheaders', 'x-amz-security-token', 'x-amz-region-set'];

/** Causes among the X-Amz-* parameters of a presigned URL. */
function presignCauses(s: readonly string[], o: readonly string[], trace: Trace): Cause[] {
  const out: Cause[] = [];
  const pair = (name: string) => [presign(s, name), presign(o, name)] as const;
  const [st, ot] = pair('x-amz-security-token');
  if ((st === undefined) !== (ot === undefined)) {
    const missing = st !== undefined && !trace.options.credentials.sessionToken;
    out.push(missing ? cause('token-missing', STAGE, { accessKeyId: trace.options.credentials.accessKeyId }) : cause('token-signed-vs-appended', STAGE));
  } else if (st !== ot) out.push(cause('token-differs', STAGE));
  const [sd, od] = pair('x-amz-date');
  if (sd !== undefined && od !== undefined && sd !== od) out.push(...clockSkewCauses(sd, od, trace, STAGE));
  const [sc, oc] = pair('x-amz-credential');
  if (sc !== undefined && oc !== undefined && sc !== oc) {
    // SigV4a's scope has no region: three parts after the access key id, not four.
    const n = trace.stages.kDate === null ? 3 : 4;
    const scope = (c: string) => decode(c).split('/').slice(-n).join('/');
    out.push(...scopeCauses({ scope: scope(sc), amzDate: sd }, { scope: scope(oc), amzDate: od }, STAGE));
    const key = (c: string) => decode(c).split('/').slice(0, -n).join('/');
    if (key(sc) !== key(oc)) out.push(cause('query-differs', STAGE, { param: 'X-Amz-Credential', server: key(sc), ours: key(oc) }));
  }
  const [sh, oh] = pair('x-amz-signedheaders');
  if (sh !== undefined && oh !== undefined && sh !== oh) out.push(signedHeadersCause(decode(sh), decode(oh), STAGE));
  const [sa, oa] = pair('x-amz-algorithm');
  if (sa !== undefined && oa !== undefined && sa !== oa) out.push(cause('algorithm-differs', STAGE, { server: sa, ours: oa }));
  const [sr, or] = pair('x-amz-region-set');
  if (sr !== or) out.push(cause('region-set-differs', STAGE, { server: decode(sr ?? '—'), ours: decode(or ?? '—') }));
  const [se, oe] = pair('x-amz-expires');
  if (se !== oe) out.push(cause('query-differs', STAGE, { param: 'X-Amz-Expires', server: se ?? '—', ours: oe ?? '—' }));
  return out;
}

/** Causes of a differing canonical query; `server` and `ours` are the two lines. */
export function queryCauses(server: string, ours: string, trace: Trace): Cause[] {
  const isPresign = (p: string) => PRESIGN_KEYS.includes(keyOf(p).toLowerCase());
  const [sAll, oAll] = [pieces(server), pieces(ours)];
  const out = presignCauses(sAll, oAll, trace);
  const [s, o] = [sAll.filter((p) => !isPresign(p)), oAll.filter((p) => !isPresign(p))];
  if (s.join('&') !== o.join('&')) out.push(...parameterCauses(s, o));
  return out;
}
