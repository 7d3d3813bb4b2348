/**
 * Canonical headers and signed headers (vectors README, "Headers"): lower-case names; values
 * trimmed with inner runs of spaces and tabs collapsed to one space (also inside quotes); repeated
 * headers joined with `,` in order of appearance; sorted by name; each line ends with `\n`.
 */
import type { Deviation } from './options';
import { SPEC, TextBuilder, type Origin, type SourcedText } from './provenance';

/** One header as the signer sees it: lower-case name, raw value, and where both came from. */
export interface HeaderEntry {
  readonly name: string;
  readonly nameOrigin: Origin;
  readonly value: string;
  readonly valueOrigin: Origin;
}

/** Trims spaces and tabs and collapses inner runs to one space. */
export function canonicalHeaderValue(value: string): string {
  // Most values need nothing: no tab, no doubled space, no space at either end.
  if (!/^[ \t]|[ \t]$|\t| {2}/.test(value)) return value;
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 9) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += value[i];
  }
  return out;
}

interface Group {
  name: string;
  nameOrigin: Origin;
  values: { text: string; origin: Origin }[];
}

/** Groups headers by name in order of appearance, sorted by name. */
function groups(headers: readonly HeaderEntry[], untrimmed: boolean, unjoined: boolean): Group[] {
  const byName = new Map<string, Group>();
  const lines: Group[] = [];
  for (const h of headers) {
    const v = { text: untrimmed ? h.value : canonicalHeaderValue(h.value), origin: h.valueOrigin };
    const g = byName.get(h.name);
    if (unjoined) lines.push({ name: h.name, nameOrigin: h.nameOrigin, values: [v] });
    else if (g) g.values.push(v);
    else byName.set(h.name, { name: h.name, nameOrigin: h.nameOrigin, values: [v] });
  }
  return [...(unjoined ? lines : byName.values())].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The canonical headers block (every line ends with `\n`) and the signed headers list. */
export function canonicalHeaders(
  headers: readonly HeaderEntry[],
  deviations: readonly Deviation[] = [],
): { headers: SourcedText; signed: SourcedText; names: string[] } {
  const block = new TextBuilder();
  const signed = new TextBuilder();
  const names: string[] = [];
  // A set beside the list: with unjoined lines a name repeats, and a list scan per line was
  // quadratic (25,000 headers took seconds).
  const listed = new Set<string>();
  const all = groups(headers, deviations.includes('headers-untrimmed'), deviations.includes('headers-unjoined'));
  const dropped = deviations.includes('signed-headers-incomplete') ? all.find((g) => g.name !== 'host')?.name : undefined;
  for (const g of all) {
    block.push(g.name, g.nameOrigin).push(':', SPEC);
    g.values.forEach((v, j) => {
      if (j > 0) block.push(',', SPEC);
      block.push(v.text, v.origin);
    });
    block.push('\n', SPEC);
    if (g.name === dropped || listed.has(g.name)) continue;
    if (names.length > 0) signed.push(';', SPEC);
    signed.push(g.name, g.nameOrigin);
    names.push(g.name);
    listed.add(g.name);
  }
  return { headers: block.build(), signed: signed.build(), names };
}
