/**
 * Bash's ANSI-C quoting `$'…'` (Bash Reference Manual §3.1.2.4): backslash escapes decoded, every
 * resulting unit mapped to the escape sequence it came from. Chrome's "Copy as cURL (bash)" uses it
 * for values with control characters or non-ASCII text (`$'caf\u00e9'`).
 */
import { decodeBytesEscaped } from '../text/byte-escape';
import { ImportError } from './errors';

/** Receives one decoded UTF-16 unit and the input range [a, b) it was read from. */
export type UnitSink = (unit: string, a: number, b: number) => void;

const SIMPLE: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};
const HEX = /[0-9a-fA-F]/;
const OCTAL = /[0-7]/;

function digits(input: string, from: number, max: number, re: RegExp): number {
  let j = from;
  while (j < input.length && j - from < max && re.test(input[j]!)) j++;
  return j;
}

/**
 * Reads `$'…'` starting at the `$`; returns the offset after the closing quote. Byte escapes
 * (`\xHH`, `\NNN`) form raw bytes, so runs of them are decoded together as UTF-8 as a terminal would;
 * a byte that is not UTF-8 stays a byte, carried as its escape unit (text/byte-escape.ts).
 * A NUL ends the word as it does in bash (C strings); the rest up to the quote is dropped.
 */
export function readAnsiC(input: string, dollar: number, sink: UnitSink): number {
  let i = dollar + 2;
  let bytes: number[] = [];
  let bytesFrom = -1;
  let bytesTo = -1;
  let cut = false;
  const flush = (): void => {
    if (bytes.length === 0) return;
    const text = decodeBytesEscaped(new Uint8Array(bytes));
    for (let k = 0; k < text.length; k++) if (!cut) sink(text[k]!, bytesFrom, bytesTo);
    bytes = [];
  };
  const emit = (text: string, a: number, b: number): void => {
    flush();
    for (let k = 0; k < text.length; k++) {
      if (text[k] === '\0') cut = true;
      if (!cut) sink(text[k]!, a, b);
    }
  };
  const byte = (value: number, a: number, b: number): void => {
    if (value === 0) {
      flush();
      cut = true;
    }
    if (bytes.length === 0) bytesFrom = a;
    bytes.push(value & 0xff);
    bytesTo = b;
  };
  for (;;) {
    if (i >= input.length) throw new ImportError('curl', input, dollar, 'closing-quote', "$'");
    const c = input[i]!;
    if (c === "'") {
      flush();
      return i + 1;
    }
    if (c !== '\\') {
      emit(c, i, i + 1);
      i++;
      continue;
    }
    const e = input[i + 1];
    if (e === undefined) throw new ImportError('curl', input, dollar, 'closing-quote', "$'");
    if (e in SIMPLE) {
      emit(SIMPLE[e]!, i, i + 2);
      i += 2;
    } else if (OCTAL.test(e)) {
      const j = digits(input, i + 1, 3, OCTAL);
      byte(parseInt(input.slice(i + 1, j), 8), i, j);
      i = j;
    } else if (e === 'x' && HEX.test(input[i + 2] ?? '')) {
      const j = digits(input, i + 2, 2, HEX);
      byte(parseInt(input.slice(i + 2, j), 16), i, j);
      i = j;
    } else if ((e === 'u' || e === 'U') && HEX.test(input[i + 2] ?? '')) {
      const j = digits(input, i + 2, e === 'u' ? 4 : 8, HEX);
      const cp = parseInt(input.slice(i + 2, j), 16);
      // Beyond Unicode bash keeps the escape as written; a lone surrogate unit is kept as a unit,
      // so Chrome's `\ud83d\ude00` pairs up again.
      emit(cp > 0x10ffff ? input.slice(i, j) : cp <= 0xffff ? String.fromCharCode(cp) : String.fromCodePoint(cp), i, j);
      i = j;
    } else if (e === 'c' && i + 2 < input.length && input[i + 2] !== "'") {
      const x = input[i + 2]!;
      emit(x === '?' ? '\x7f' : String.fromCharCode(x.toUpperCase().charCodeAt(0) & 0x1f), i, i + 3);
      i += 3;
    } else {
      // An unknown escape stays as written, backslash included (bash does the same).
      emit('\\', i, i + 1);
      i++;
    }
  }
}
