/**
 * Causes found in the canonical headers and the signed-headers list (../shared/reference/sigv4-pitfalls.md,
 * rows "canonical headers" and "signed headers"): whitespace not trimmed, repeated headers not joined,
 * the port of the host, a header changed or added after signing, a header signers never sign.
 */
import { HEADER, NEVER_SIGNED_HEADERS, type StageId, type Trace } from '../sigv4';
import { visibleText } from './byte-diff';
import { cause } from './cause-table';
import { clockSkewCauses, payloadCauses } from './causes-signing';
import type { Cause, LineDiff, TextDiff } from './types';

/** Name prefixes signers never sign either (sigv4-pitfalls.md, "Headers signers never sign"). */
const NEVER_SIGNED_PREFIXES = ['proxy-', 'sec-'];
const TOKEN = 'x-amz-security-token';

const isNeverSigned = (name: string): boolean => NEVER_SIGNED_HEADERS.has(name) || NEVER_SIGNED_PREFIXES.some((p) => name.startsWith(p));
/** Trim, and collapse inner runs of spaces and tabs to one space (botocore PR #1182). */
const collapse = (v: string): string => v.replace(/[ \t]+/g, ' ').trim();
const valueOf = (line: string): string => line.slice(line.indexOf(':') + 1);
const names = (list: string): string[] => list.split(';').filter((n) => n !== '');
const stripPort = (host: string): string => collapse(host).replace(/:(?:443|80)$/, '');
/**
 * The value without its first `;charset=…` parameter (case-insensitive, blanks around its `;`
 * included), searched from each `;`: a pattern starting with `[ \t]*;` is retried from every blank
 * of a run, quadratic on a long one that no `;` ends.
 */
function stripCharset(v: string): string {
  const param = /[ \t]*charset=[^;]*/iy;
  for (let semi = v.indexOf(';'); semi >= 0; semi = v.indexOf(';', semi + 1)) {
    param.lastIndex = semi + 1;
    const m = param.exec(v);
    if (!m) continue;
    let from = semi;
    while (from > 0 && (v[from - 1] === ' ' || v[from - 1] === '\t')) from--;
    return collapse(v.slice(0, from) + v.slice(semi + 1 + m[0].length));
  }
  return collapse(v);
}
const collapseList = (v: string): string => v.split(',').map(collapse).join(',');
const commaBag = (values: readonly string[]): string => values.flatMap((v) => v.split(',')).map(collapse).sort().join('\n');

/** The cause of two differing signed-headers lists: the names only one side lists. */
export function signedHeadersCause(server: string, ours: string, stage: StageId): Cause {
  const [s, o] = [names(server), names(ours)];
  const [inServer, inOurs] = [new Set(s), new Set(o)];
  const onlyServer = s.filter((n) => !inOurs.has(n)).join(';') || '—';
  const onlyOurs = o.filter((n) => !inServer.has(n)).join(';') || '—';
  return cause('signed-headers-differ', stage, { onlyServer, onlyOurs });
}

/** Causes of a header present on one side only. */
function oneSided(name: string, serverHasIt: boolean, trace: Trace): Cause {
  const stage = 'canonicalHeaders';
  if (name === TOKEN) {
    const noToken = serverHasIt && !trace.options.credentials.sessionToken;
    return noToken ? cause('token-missing', stage, { accessKeyId: trace.options.credentials.accessKeyId }) : cause('token-signed-vs-appended', stage);
  }
  if (isNeverSigned(name)) return cause('never-signed-header', stage, { header: name });
  return cause(serverHasIt ? 'header-only-server' : 'header-only-ours', stage, { header: name });
}

/** Causes of a header whose values differ on the two sides. */
function changed(name: string, sv: readonly string[], ov: readonly string[], trace: Trace): Cause[] {
  const stage = 'canonicalHeaders';
  const [sj, oj] = [sv.join(','), ov.join(',')];
  const params = { header: name, server: visibleText(sj), ours: visibleText(ov.join('\n')) };
  // aws-sdk-java-v2 PR #2502: repeated headers are one line, values joined with `,` in order.
  if (sv.length !== ov.length && commaBag(sv) === commaBag(ov)) return [cause('headers-unjoined', stage, params)];
  if (collapseList(sj) === collapseList(oj)) return [cause('header-whitespace', stage, params)];
  if (commaBag(sv) === commaBag(ov)) return [cause('headers-join-order', stage, params)];
  if (name === 'host' && stripPort(sj) === stripPort(oj)) return [cause('host-port', stage, params)];
  if (name === 'x-amz-date') return clockSkewCauses(sj, oj, trace, stage);
  if (name === TOKEN) return [cause('token-differs', stage)];
  if (name === HEADER.regionSet) return [cause('region-set-differs', stage, params)];
  if (name === 'x-amz-content-sha256') return payloadCauses(collapse(sj), collapse(oj), trace, stage);
  if (stripCharset(sj) === stripCharset(oj)) return [cause('charset-added-after-signing', stage, params)];
  return [cause('header-value-changed', stage, params)];
}

/** Causes found in the header lines and the signed-headers line of a canonical-request diff. */
export function headerCauses(diff: TextDiff, trace: Trace): Cause[] {
  const groups = new Map<string, { server: string[]; ours: string[] }>();
  for (const l of diff.lines) {
    if (l.part !== 'header' || l.header === undefined) continue;
    const g = groups.get(l.header) ?? { server: [], ours: [] };
    groups.set(l.header, g);
    if (l.server !== null) g.server.push(valueOf(l.server));
    if (l.ours !== null) g.ours.push(valueOf(l.ours));
  }
  const out: Cause[] = [];
  const signed: LineDiff | undefined = diff.lines.find((l) => l.part === 'signed-headers');
  // Our own block and list must name the same headers (the AWS IAM guide example's slip).
  const ourList = new Set(names(signed?.ours ?? ''));
  const unlisted = [...groups].filter(([n, g]) => g.ours.length > 0 && !ourList.has(n)).map(([n]) => n);
  const isUnlisted = new Set(unlisted);
  for (const [name, g] of groups) {
    if (g.server.join('\n') === g.ours.join('\n')) continue;
    if (g.server.length === 0) {
      if (!isUnlisted.has(name)) out.push(oneSided(name, false, trace));
    } else if (g.ours.length === 0) out.push(oneSided(name, true, trace));
    else out.push(...changed(name, g.server, g.ours, trace));
  }
  if (signed && signed.ours !== null && unlisted.length > 0 && !diff.equal) {
    out.push(cause('signed-headers-incomplete', 'signedHeaders', { header: unlisted.join(', ') }));
  }
  if (signed && !signed.equal && signed.server !== null && signed.ours !== null) {
    out.push(signedHeadersCause(signed.server, signed.ours, 'signedHeaders'));
  }
  return out;
}
