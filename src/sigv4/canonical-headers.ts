/**
 * Canonical headers and signed headers (vectors README, "Headers"): lower-case names; values
 * trimmed with inner runs of spaces and tabs collapsed to one space (also inside quotes); repeated
 * headers joined with `,` in order of appearance; sorted by name; each line ends with `\n`.
 */
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
function groups(headers: readonly HeaderEntry[]): Group[] {
  const byName = new Map<string, Group>();
  for (const h of headers) {
    const v = { text: canonicalHeaderValue(h.value), origin: h.valueOrigin };
    const g = byName.get(h.name);
    if (g) g.values.push(v);
    else byName.set(h.name, { name: h.name, nameOrigin: h.nameOrigin, values: [v] });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The canonical headers block (every line ends with `\n`) and the signed headers list. */
export function canonicalHeaders(headers: readonly HeaderEntry[]): { headers: SourcedText; signed: SourcedText; names: string[] } {
  const block = new TextBuilder();
  const signed = new TextBuilder();
  const names: string[] = [];
  groups(headers).forEach((g, i) => {
    block.push(g.name, g.nameOrigin).push(':', SPEC);
    g.values.forEach((v, j) => {
      if (j > 0) block.push(',', SPEC);
      block.push(v.text, v.origin);
    });
    block.push('\n', SPEC);
    if (i > 0) signed.push(';', SPEC);
    signed.push(g.name, g.nameOrigin);
    names.push(g.name);
  });
  return { headers: block.build(), signed: signed.build(), names };
}
