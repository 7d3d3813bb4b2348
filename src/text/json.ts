/**
 * A JSON parser (RFC 8259) that keeps where every value stands, so a bad field can be named by
 * line and column, not just by name. Pure; used by the signing context and the trust-policy editor.
 */

/** A parsed JSON value and the offsets [start, end) of its text. */
export type JsonNode =
  | { kind: 'object'; start: number; end: number; entries: JsonEntry[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'boolean'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number };

/** One member of an object, with the offsets of its key. */
export interface JsonEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

/**
 * How deep arrays and objects may nest. The parser recurses once per level, so without a limit a
 * paste of 10,000 `[` overflowed the stack; no policy, context or error body nests past a handful.
 */
export const MAX_JSON_DEPTH = 512;

/**
 * What the reader expected where a document went wrong, as an id: the words are the catalogue's
 * (content/<lang>/policy.ts), since this reader is pure. `depth`: nested past MAX_JSON_DEPTH.
 */
export type JsonExpectation =
  | 'string' | 'closing-quote' | 'no-control-character' | 'escape' | 'colon' | 'comma-or-brace' | 'comma-or-bracket' | 'value' | 'end' | 'depth';

/** A syntax error at an offset, with what was expected there; reason `depth`: nested past MAX_JSON_DEPTH. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly expected: JsonExpectation,
    readonly found: string,
    readonly reason: 'syntax' | 'depth' = 'syntax',
  ) {
    super(`expected ${expected} at offset ${offset}`);
    this.name = 'JsonSyntaxError';
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses JSON text; throws JsonSyntaxError with the offset of the first error. */
export function parseJson(text: string): JsonNode {
  let i = 0;
  const found = (): string => (i < text.length ? text[i]! : '');
  const fail = (expected: JsonExpectation): never => {
    throw new JsonSyntaxError(i, expected, found());
  };
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const str = (): { value: string; start: number; end: number } => {
    const start = i;
    if (text[i] !== '"') fail('string');
    i++;
    // Runs without escapes are sliced whole: a character at a time made a long string's parse
    // mostly garbage collection.
    let out = '';
    let run = i;
    for (;;) {
      if (i >= text.length) fail('closing-quote');
      const code = text.charCodeAt(i);
      if (code === 0x22) break;
      if (code < 0x20) fail('no-control-character');
      if (code !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(run, i);
      const e = text[i + 1];
      if (e !== undefined && e in SIMPLE_ESCAPES) {
        out += SIMPLE_ESCAPES[e];
        i += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        i++;
        fail('escape');
      }
      run = i;
    }
    out += text.slice(run, i);
    i++;
    return { value: out, start, end: i };
  };
  let depth = 0;
  /** Steps into an array or object at i, one level deeper; the bracket past the limit is the error. */
  const enter = (): void => {
    if (depth === MAX_JSON_DEPTH) throw new JsonSyntaxError(i, 'depth', found(), 'depth');
    depth++;
    i++;
  };
  const leave = <T extends JsonNode>(node: T): T => {
    depth--;
    return node;
  };
  const value = (): JsonNode => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      enter();
      const entries: JsonEntry[] = [];
      ws();
      if (text[i] === '}') return leave({ kind: 'object', start, end: ++i, entries });
      for (;;) {
        ws();
        const k = str();
        ws();
        if (text[i] !== ':') fail('colon');
        i++;
        entries.push({ key: k.value, keyStart: k.start, keyEnd: k.end, value: value() });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return leave({ kind: 'object', start, end: ++i, entries });
        fail('comma-or-brace');
      }
    }
    if (c === '[') {
      enter();
      const items: JsonNode[] = [];
      ws();
      if (text[i] === ']') return leave({ kind: 'array', start, end: ++i, items });
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return leave({ kind: 'array', start, end: ++i, items });
        fail('comma-or-bracket');
      }
    }
    if (c === '"') {
      const s = str();
      return { kind: 'string', ...s };
    }
    for (const [word, node] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return node === null ? { kind: 'null', start, end: i } : { kind: 'boolean', start, end: i, value: node };
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return { kind: 'number', start, end: i, value: Number(m[0]) };
    }
    return fail('value');
  };
  const root = value();
  ws();
  if (i < text.length) fail('end');
  return root;
}
