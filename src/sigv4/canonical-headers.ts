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

/** A header value and where it came from. */
export interface HeaderValue {
  readonly text: string;
  readonly origin: Origin;
}

/** One line of the canonical headers block: a name and its values in order of appearance. */
export interface HeaderGroup {
  readonly name: string;
  readonly nameOrigin: Origin;
  readonly values: readonly HeaderValue[];
}

/** Each header's value trimmed, with inner runs of spaces and tabs collapsed. */
export function canonicalEntries(headers: readonly HeaderEntry[]): HeaderEntry[] {
  return headers.map((h) => {
    const value = canonicalHeaderValue(h.value);
    return value === h.value ? h : { ...h, value };
  });
}

/** Groups headers by name, values in order of appearance (a repeated header becomes one line), sorted by name. */
export function headerGroups(headers: readonly HeaderEntry[]): HeaderGroup[] {
  const byName = new Map<string, { name: string; nameOrigin: Origin; values: HeaderValue[] }>();
  for (const h of headers) {
    const v = { text: h.value, origin: h.valueOrigin };
    const g = byName.get(h.name);
    if (g) g.values.push(v);
    else byName.set(h.name, { name: h.name, nameOrigin: h.nameOrigin, values: [v] });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The canonical headers block: `name:value,value` per group, every line ending with `\n`. */
export function headerBlock(groups: readonly HeaderGroup[]): SourcedText {
  const block = new TextBuilder();
  for (const g of groups) {
    block.push(g.name, g.nameOrigin).push(':', SPEC);
    g.values.forEach((v, j) => {
      if (j > 0) block.push(',', SPEC);
      block.push(v.text, v.origin);
    });
    block.push('\n', SPEC);
  }
  return block.build();
}

/** The signed headers: each group's name once, `;`-separated, and the names as a list. */
export function signedHeaderList(groups: readonly HeaderGroup[]): { readonly signed: SourcedText; readonly names: readonly string[] } {
  const signed = new TextBuilder();
  const names: string[] = [];
  // A set beside the list: when a name has several lines, a list scan per line was quadratic
  // (25,000 headers took seconds).
  const listed = new Set<string>();
  for (const g of groups) {
    if (listed.has(g.name)) continue;
    if (names.length > 0) signed.push(';', SPEC);
    signed.push(g.name, g.nameOrigin);
    names.push(g.name);
    listed.add(g.name);
  }
  return { signed: signed.build(), names };
}
