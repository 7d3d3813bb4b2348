/**
 * Labels the lines of a canonical request and a string to sign, and aligns two such texts line by
 * line. The layout is the AWS General Reference's ("Create a canonical request"): method, URI,
 * query, one line per header, a blank line, signed headers, payload hash; and for the string to
 * sign: algorithm, request date, credential scope, hash of the canonical request.
 */
import { byteDiff } from './byte-diff';
import { DELETE, EQUAL, shortestEdit } from './myers';
import type { LineDiff, LinePart, TextDiff } from './types';

/** A line of an echoed or computed text, with its label. */
export interface LabelledLine {
  readonly part: LinePart;
  readonly text: string;
  readonly index: number;
  /** Lower-case header name of a `header` line. */
  readonly header?: string;
  /** Alignment key: the part, and for headers the name and its occurrence (`header:x-a#1`). */
  readonly key: string;
}

const STS_PARTS: readonly LinePart[] = ['algorithm', 'date', 'scope', 'hash'];

/** The header name of a canonical header line: everything before the first colon, lower-cased. */
export function headerNameOf(line: string): string {
  const colon = line.indexOf(':');
  return (colon === -1 ? line : line.slice(0, colon)).toLowerCase();
}

/** Labels the lines of a canonical request. The blank line is the first empty line after the query. */
export function canonicalRequestLines(text: string): LabelledLine[] {
  const lines = text.split('\n');
  let blank = lines.indexOf('', 3);
  // No blank line: the last two lines are still the signed headers and the payload hash.
  if (blank === -1) blank = Math.max(3, lines.length - 2) - 1;
  const seen = new Map<string, number>();
  let extra = 0;
  return lines.map((line, index): LabelledLine => {
    let part: LinePart;
    if (index < 3) part = (['method', 'uri', 'query'] as const)[index]!;
    else if (index < blank) part = 'header';
    else if (index === blank) part = lines[blank] === '' ? 'blank' : 'header';
    else if (index === blank + 1) part = 'signed-headers';
    else if (index === blank + 2) part = 'payload-hash';
    else part = 'extra';
    if (part === 'header') {
      const name = headerNameOf(line);
      const n = seen.get(name) ?? 0;
      seen.set(name, n + 1);
      return { part, text: line, index, header: name, key: `header:${name}#${n}` };
    }
    return { part, text: line, index, key: part === 'extra' ? `extra#${extra++}` : part };
  });
}

/** Labels the lines of a string to sign: algorithm, date, scope, hash, then any extra lines. */
export function stringToSignLines(text: string): LabelledLine[] {
  return text.split('\n').map((line, index) => {
    const part = STS_PARTS[index] ?? 'extra';
    return { part, text: line, index, key: part === 'extra' ? `extra#${index}` : part };
  });
}

/**
 * Past this many unpaired lines between the common head and tail, the two texts are taken to have
 * nothing more in common there: every line of the middle is shown on its own side (the byte diff
 * gives up the same way). Keeps the alignment O((n+m)·D) in time and O(n+m) in memory, where the
 * full LCS table was n×m (two 20,000-line texts: 1.6 GB).
 */
const MAX_LINE_EDITS = 1000;

/**
 * Pairs of equal keys in order: the common head and tail, then a shortest edit script of the middle
 * (keys are unique within a text, so the pairs are a longest common subsequence).
 */
function commonPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const out: [number, number][] = [];
  for (let k = 0; k < pre; k++) out.push([k, k]);
  const ops = shortestEdit(a.length - pre - suf, b.length - pre - suf, (x, y) => a[pre + x] === b[pre + y], MAX_LINE_EDITS);
  let i = pre;
  let j = pre;
  for (const op of ops ?? []) {
    if (op === EQUAL) out.push([i++, j++]);
    else if (op === DELETE) i++;
    else j++;
  }
  for (let k = suf; k > 0; k--) out.push([a.length - k, b.length - k]);
  return out;
}

function pair(s: LabelledLine | undefined, o: LabelledLine | undefined): LineDiff {
  const server = s?.text ?? null;
  const ours = o?.text ?? null;
  const equal = server === ours;
  const header = s?.header ?? o?.header;
  return {
    part: (s ?? o)!.part,
    ...(header !== undefined ? { header } : {}),
    server,
    ours,
    serverLine: s?.index ?? null,
    oursLine: o?.index ?? null,
    equal,
    bytes: !equal && server !== null && ours !== null ? byteDiff(server, ours) : null,
  };
}

/**
 * Aligns two labelled texts by key: lines with the same part (and header name) are paired, so one
 * extra header is one inserted line, not a cascade of changed lines below it.
 */
export function alignLines(server: readonly LabelledLine[], ours: readonly LabelledLine[]): TextDiff {
  const lines: LineDiff[] = [];
  let i = 0;
  let j = 0;
  // Unpaired lines between two pairs: headers interleave by name (both blocks are sorted by name).
  const gap = (si: number, oi: number): void => {
    while (i < si || j < oi) {
      const s = i < si ? server[i] : undefined;
      const o = j < oi ? ours[j] : undefined;
      const serverFirst = s !== undefined && (o === undefined || s.header === undefined || o.header === undefined || s.header <= o.header);
      lines.push(serverFirst ? pair(server[i++], undefined) : pair(undefined, ours[j++]));
    }
  };
  for (const [si, oi] of commonPairs(server.map((l) => l.key), ours.map((l) => l.key))) {
    gap(si, oi);
    lines.push(pair(server[i++], ours[j++]));
  }
  gap(server.length, ours.length);
  return { equal: lines.every((l) => l.equal), lines };
}
