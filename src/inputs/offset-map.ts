/**
 * Provenance of synthesized request text (architecture practice 6): which characters of the pasted
 * input each part of the HTTP text came from, so the lab can highlight a header in the curl command.
 */

/** httpText[from, to) came from input[inputFrom, inputTo); `exact` runs map character by character. */
export interface OffsetRun {
  readonly from: number;
  readonly to: number;
  readonly inputFrom: number;
  readonly inputTo: number;
  /** true: same length, character i ↔ input character i. false: the whole run came from the whole range (an escape). */
  readonly exact: boolean;
}

/** Sorted, non-overlapping runs; synthesized text (`HTTP/1.1`, `Host: `, line ends) has none. */
export interface OffsetMap {
  readonly runs: readonly OffsetRun[];
}

/** Text whose every UTF-16 unit carries the input range [starts[i], ends[i]) it was read from (-1: synthesized). */
export interface MappedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** input[from, to) as mapped text, each unit mapped to itself. */
export function mappedSlice(input: string, from: number, to: number): MappedText {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    starts.push(i);
    ends.push(i + 1);
  }
  return { text: input.slice(from, to), starts, ends };
}

/** Units [from, to) of mapped text. */
export function subMapped(m: MappedText, from: number, to: number = m.text.length): MappedText {
  return { text: m.text.slice(from, to), starts: m.starts.slice(from, to), ends: m.ends.slice(from, to) };
}

/** Synthesized text: no unit came from the input. */
export function synthMapped(text: string): MappedText {
  const none = Array.from({ length: text.length }, () => -1);
  return { text, starts: none, ends: none };
}

/** Joins mapped texts. */
export function concatMapped(parts: readonly MappedText[]): MappedText {
  return {
    text: parts.map((p) => p.text).join(''),
    starts: parts.flatMap((p) => p.starts),
    ends: parts.flatMap((p) => p.ends),
  };
}

/** Builds synthesized text and its offset map together, merging runs where the input is contiguous. */
export class MapBuilder {
  // Pieces joined once at the end: appending to one string a character at a time made a long
  // command's import mostly garbage collection.
  private readonly parts: string[] = [];
  private length = 0;
  // Mutable while building (one run grows per character); build() hands out frozen copies.
  private readonly runs: { -readonly [K in keyof OffsetRun]: OffsetRun[K] }[] = [];

  /** Appends text that came from no particular input characters. */
  synth(text: string): this {
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  /** Appends mapped text. */
  mapped(m: MappedText): this {
    this.parts.push(m.text);
    for (let i = 0; i < m.text.length; i++) this.mark(m.starts[i]!, m.ends[i]!);
    return this;
  }

  /** Appends one unit read from input[a, b) (a < 0: synthesized). */
  unit(ch: string, a: number, b: number): this {
    this.parts.push(ch);
    this.mark(a, b);
    return this;
  }

  /** Maps the next unit of the text to input[a, b) (a < 0: synthesized). */
  private mark(a: number, b: number): void {
    const pos = this.length++;
    if (a < 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last && last.to === pos) {
      if (last.exact && last.inputTo === a && b - a === 1) {
        last.to = pos + 1;
        last.inputTo = b;
        return;
      }
      // Several units from one escape (`\U0001F600` gives a surrogate pair): one inexact run.
      if (last.inputFrom === a && last.inputTo === b && (!last.exact || b - a !== 1)) {
        last.to = pos + 1;
        last.exact = false;
        return;
      }
    }
    this.runs.push({ from: pos, to: pos + 1, inputFrom: a, inputTo: b, exact: b - a === 1 });
  }

  /** The text built so far. */
  get text(): string {
    return this.parts.join('');
  }

  /** The text and its map. */
  build(): { text: string; map: OffsetMap } {
    return { text: this.text, map: { runs: this.runs.map((r) => Object.freeze({ ...r })) } };
  }
}

/** Index of the first run ending after `pos` (binary search: runs are sorted). */
function firstRunAfter(runs: readonly OffsetRun[], pos: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.to <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function inputAt(r: OffsetRun, pos: number): number {
  return r.exact ? r.inputFrom + (pos - r.from) : r.inputFrom;
}

/**
 * The input range covering httpText[start, end): the union of what its mapped parts came from, or
 * null when no part of it came from the input. An empty range maps to a caret inside a run.
 */
/** The input range of the characters of `m` after its first `sep` (the secret of `KEY:SECRET`), or null when there are none. */
export function afterSeparator(m: MappedText, sep: string): { start: number; end: number } | null {
  const at = m.text.indexOf(sep);
  if (at < 0 || at + 1 >= m.text.length) return null;
  return { start: m.starts[at + 1]!, end: m.ends[m.text.length - 1]! };
}

export function toInputRange(map: OffsetMap, start: number, end: number): { start: number; end: number } | null {
  if (!(start <= end)) return null;
  const runs = map.runs;
  let i = firstRunAfter(runs, start);
  if (start === end) {
    const r = runs[i];
    if (!r || r.from > start) return null;
    const p = inputAt(r, start);
    return { start: p, end: p };
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (; i < runs.length && runs[i]!.from < end; i++) {
    const r = runs[i]!;
    const s = inputAt(r, Math.max(start, r.from));
    const e = r.exact ? r.inputFrom + (Math.min(end, r.to) - r.from) : r.inputTo;
    lo = Math.min(lo, s);
    hi = Math.max(hi, e);
  }
  return lo === Infinity ? null : { start: lo, end: hi };
}

/** The input offset best standing for httpText offset `pos` (for error positions): inside a run, else the nearest run before it. */
export function toInputOffset(map: OffsetMap, pos: number): number {
  const runs = map.runs;
  const i = firstRunAfter(runs, pos);
  const r = runs[i];
  if (r && r.from <= pos) return inputAt(r, pos);
  const before = runs[i - 1];
  if (before) return before.inputTo;
  return r ? r.inputFrom : 0;
}
