/** Finding `<Name>…</Name>` in an error document: enough XML for AWS's flat error bodies, positions kept. */
import { decodeXmlText } from './entities';
import { ImportError } from './errors';
import type { MappedText } from './offset-map';

/** The content range [from, to) of the first `<name>` element, or null when there is none. */
export function elementRange(input: string, name: string): { from: number; to: number } | null {
  const open = new RegExp(`<${name}(?:\\s[^>]*)?>`).exec(input);
  if (!open) return null;
  if (open[0].endsWith('/>')) return { from: open.index + open[0].length, to: open.index + open[0].length };
  const from = open.index + open[0].length;
  const to = input.indexOf(`</${name}>`, from);
  if (to < 0) throw new ImportError('echo', input, open.index, 'closing-tag', open[0]);
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
