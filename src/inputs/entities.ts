/**
 * Decoders that keep positions: XML text with entity references (XML 1.0 §4.1, §4.6) and JSON
 * string literals (RFC 8259 §7). Each decoded unit maps to the reference or escape it came from,
 * so an error found in the decoded text can name its line and column in the paste.
 */
import { EchoError } from './errors';
import type { MappedText } from './offset-map';

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class Out {
  text = '';
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  push(s: string, a: number, b: number): void {
    for (let k = 0; k < s.length; k++) {
      this.text += s[k]!;
      this.starts.push(a);
      this.ends.push(b);
    }
  }
  done(): MappedText {
    return { text: this.text, starts: this.starts, ends: this.ends };
  }
}

/** XML character data input[from, to) with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#NN;` `&#xNN;` decoded. */
export function decodeXmlText(input: string, from: number, to: number): MappedText {
  const out = new Out();
  let i = from;
  while (i < to) {
    const c = input[i]!;
    if (c !== '&') {
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    const semi = input.indexOf(';', i);
    const ref = semi < 0 || semi >= to ? '' : input.slice(i + 1, semi);
    const num = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(ref);
    const cp = num ? parseInt(num[1] ?? num[2]!, num[1] ? 16 : 10) : -1;
    if (PREDEFINED[ref] !== undefined) out.push(PREDEFINED[ref], i, semi + 1);
    else if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) out.push(String.fromCodePoint(cp), i, semi + 1);
    else throw new EchoError(input, i, 'xml-entity', input.slice(i, semi < 0 || semi >= to ? Math.min(to, i + 8) : semi + 1));
    i = semi + 1;
  }
  return out.done();
}

const JSON_SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The JSON string literal at input[from, to) (quotes included, already validated by parseJson), decoded. */
export function decodeJsonString(input: string, from: number, to: number): MappedText {
  const out = new Out();
  let i = from + 1;
  const end = to - 1;
  while (i < end) {
    const c = input[i]!;
    if (c !== '\\') {
      out.push(c, i, i + 1);
      i++;
    } else if (input[i + 1] === 'u') {
      out.push(String.fromCharCode(parseInt(input.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 6;
    } else {
      out.push(JSON_SIMPLE[input[i + 1]!] ?? input[i + 1]!, i, i + 2);
      i += 2;
    }
  }
  return out.done();
}
