/** Finding `<Name>…</Name>` in an error document: enough XML for AWS's flat error bodies, positions kept. */
import { decodeXmlText } from './entities';
import { EchoError } from './errors';
import type { MappedText } from './offset-map';

/**
 * The first start tag `<name>` or `<name …>` (what `<name(?:\s[^>]*)?>` matches): its offset and
 * text. Found by scanning, not by that pattern, which runs to the end of the text from every
 * `<name ` that no `>` closes (quadratic on a paste of many).
 */
function startTag(input: string, name: string): { index: number; text: string } | null {
  const head = `<${name}`;
  for (let at = input.indexOf(head); at >= 0; at = input.indexOf(head, at + 1)) {
    const next = at + head.length;
    const c = input[next];
    if (c === '>') return { index: at, text: input.slice(at, next + 1) };
    if (c === undefined || !/\s/.test(c)) continue;
    const close = input.indexOf('>', next);
    // No `>` after this one: none after any later `<name` either.
    if (close < 0) return null;
    return { index: at, text: input.slice(at, close + 1) };
  }
  return null;
}

/** The content range [from, to) of the first `<name>` element, or null when there is none. */
export function elementRange(input: string, name: string): { from: number; to: number } | null {
  const open = startTag(input, name);
  if (!open) return null;
  const from = open.index + open.text.length;
  if (open.text.endsWith('/>')) return { from, to: from };
  const to = input.indexOf(`</${name}>`, from);
  if (to < 0) throw new EchoError(input, open.index, 'closing-tag', open.text);
  return { from, to };
}

/** The decoded text of the first `<name>` element (a CDATA section is taken as is), or null. */
export function elementText(input: string, name: string): MappedText | null {
  const r = elementRange(input, name);
  if (!r) return null;
  const body = input.slice(r.from, r.to);
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
  if (cdata) {
    const from = r.from + body.indexOf('<![CDATA[') + 9;
    const starts = Array.from({ length: cdata[1]!.length }, (_, k) => from + k);
    return { text: cdata[1]!, starts, ends: starts.map((s) => s + 1) };
  }
  return decodeXmlText(input, r.from, r.to);
}
