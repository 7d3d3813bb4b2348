/**
 * What the lab points out about an imported request, derived from the computation: raw `+` signs in
 * the query (AWS reads each as a space), and for a curl command the headers curl sends unsigned and
 * the -H headers curl signs that an SDK-style signer would leave out. Pure.
 */
import { isNeverSigned, splitQuery, STAGE_LIST, type Origin, type SourcedText } from '../sigv4';
import type { PartStage } from './diagram';
import type { LabResult } from './lab-compute';

/** A query parameter written with a raw `+`: as written, and as the canonical query signs it. */
export interface PlusParam {
  readonly written: string;
  readonly canonical: string;
  /** Where the parameter stands in the request, to light it up. */
  readonly origin: Origin;
  /** Character ranges of the canonical query that came from it. */
  readonly ranges: readonly [number, number][];
}

/** Every parameter of the request's own query that holds a raw `+`, with its canonical form. */
export function queryPlusParams(r: LabResult): PlusParam[] {
  const request = r.imported?.request;
  const cq = r.canonical?.stages.canonicalQuery;
  if (!request || !cq) return [];
  const out: PlusParam[] = [];
  // The canonical segments by the request range they came from, built once: a long query stays linear.
  const byOrigin = new Map<string, (typeof cq.segments)[number]>();
  for (const s of cq.segments) if (s.origin.kind === 'request') byOrigin.set(`${s.origin.start}:${s.origin.end}`, s);
  for (const p of splitQuery(request.query)) {
    if (!p.piece.text.includes('+')) continue;
    // The canonical segments that came from this parameter's key and value.
    const from = (span: { start: number; end: number } | null) => (span === null ? undefined : byOrigin.get(`${span.start}:${span.end}`));
    const key = from(p.key);
    const value = from(p.value);
    if (!key && !value) continue;
    const text = (s: typeof key) => (s ? cq.text.slice(s.start, s.end) : '');
    const canonical = `${text(key)}=${text(value)}`;
    const ranges = [key, value].filter((s) => s !== undefined).map((s): [number, number] => [s.start, s.end]);
    out.push({ written: p.piece.text, canonical, origin: { kind: 'request', start: p.piece.start, end: p.piece.end }, ranges });
  }
  return out;
}

/** For a curl import: the headers curl adds without signing, and the -H headers it signs that SDKs skip. */
export interface CurlHeaderNotes {
  readonly unsigned: readonly string[];
  readonly signedNeverSigned: readonly string[];
}

/** The curl notes, or null for other inputs. */
export function curlHeaderNotes(r: LabResult): CurlHeaderNotes | null {
  const imp = r.imported;
  if (!imp || imp.kind !== 'curl') return null;
  const signed = r.canonical?.signedHeaderNames ?? [];
  return { unsigned: imp.unsigned, signedNeverSigned: signed.filter(isNeverSigned) };
}

/** A range of the request the canonical request took one of its parts from (request-model offsets). */
export interface PartRange {
  readonly part: 'method' | PartStage;
  readonly start: number;
  readonly end: number;
}

/** Two runs of a part this close together (`: ` between a header's name and value, `=` in a query) read as one. */
const JOIN = 2;
/** Past this many ranges the input is drawn without them: 25,000 headers would be 50,000 marks. */
const MAX_RANGES = 500;

/**
 * Where each part of the canonical request came from in the request: the method, the path, the
 * query, the headers, the signed headers' names and the body (the payload hash's input), for
 * colouring the input. A later part is drawn over an earlier one where they overlap (the signed
 * headers' names inside the header lines); an input whose parts need too many ranges gets none.
 */
export function requestPartRanges(r: LabResult): PartRange[] {
  const stages = r.canonical?.stages;
  if (!stages) return [];
  const out: PartRange[] = [];
  const add = (part: PartRange['part'], s: SourcedText) => {
    const runs = s.segments.flatMap((g) => (g.origin.kind === 'request' && g.origin.end > g.origin.start ? [[g.origin.start, g.origin.end] as const] : [])).sort((a, b) => a[0] - b[0]);
    let last: { part: PartRange['part']; start: number; end: number } | undefined;
    for (const [start, end] of runs) {
      if (last && start <= last.end + JOIN) last.end = Math.max(last.end, end);
      else out.push((last = { part, start, end }));
    }
  };
  const method = stages.canonicalRequest.segments[0];
  if (method) add('method', { text: '', segments: [method] });
  for (const d of STAGE_LIST) if (d.view === 'part') add(d.id as PartStage, stages[d.id as PartStage]);
  return out.length > MAX_RANGES ? [] : out;
}

/**
 * `derive` of a result, computed once per result and kept the very same object while what it holds
 * is equal: a component that selects it renders again only when the note itself changed, not on
 * every keystroke that makes a new result.
 */
function stablePerResult<T>(derive: (r: LabResult) => T): (r: LabResult) => T {
  const seen = new WeakMap<LabResult, T>();
  let last: { readonly json: string; readonly value: T } | null = null;
  return (r) => {
    if (seen.has(r)) return seen.get(r)!;
    const value = derive(r);
    const json = JSON.stringify(value);
    const kept = last !== null && last.json === json ? last.value : value;
    last = { json, value: kept };
    seen.set(r, kept);
    return kept;
  };
}

/** The query's `+` parameters of a result, the same array while they are the same. */
export const plusParamsOf = stablePerResult(queryPlusParams);
/** A curl import's header notes of a result, the same object while they are the same. */
export const curlNotesOf = stablePerResult(curlHeaderNotes);
