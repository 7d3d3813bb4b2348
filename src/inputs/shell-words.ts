/**
 * Splits a command into words the way a POSIX shell reads them (POSIX.1-2017 XCU §2.2 Quoting,
 * §2.3 Token Recognition), keeping for every character of every word the input range it came from.
 * No expansion happens: `$VAR`, `$(…)` and backquotes stay as written, since the paste's environment
 * is unknown.
 */
import { readAnsiC } from './ansi-c';
import { ImportError } from './errors';
import type { MappedText } from './offset-map';

/** One shell word: its characters after quote removal, and the input range [start, end) it spans. */
export interface Word extends MappedText {
  readonly start: number;
  readonly end: number;
}

const DOUBLE_QUOTE_ESCAPES = '$`"\\';

class WordAccumulator {
  readonly words: Word[] = [];
  private text = '';
  private starts: number[] = [];
  private ends: number[] = [];
  private start = -1;
  private lastEnd = -1;
  quoted = false;

  /** Starts a word at `at` if none is open (an empty '' still makes a word). */
  open(at: number): void {
    if (this.start < 0) this.start = at;
  }
  push(unit: string, a: number, b: number): void {
    this.open(a);
    this.text += unit;
    this.starts.push(a);
    this.ends.push(b);
  }
  get isOpen(): boolean {
    return this.start >= 0;
  }
  get current(): string {
    return this.text;
  }
  /** Marks where the open word ends so far (after a closing quote, say). */
  reach(end: number): void {
    this.lastEnd = end;
  }
  /** Closes the open word; returns it (or null when none was open). */
  close(): Word | null {
    if (this.start < 0) return null;
    const end = Math.max(this.lastEnd, this.ends[this.ends.length - 1] ?? this.start);
    const w: Word = { text: this.text, starts: this.starts, ends: this.ends, start: this.start, end };
    this.text = '';
    this.starts = [];
    this.ends = [];
    this.start = -1;
    this.lastEnd = -1;
    this.quoted = false;
    return w;
  }
}

function isBlankToEnd(input: string, from: number): boolean {
  return /^\s*$/.test(input.slice(from));
}

/** Words of the one command in input[from…]; stops at `|`, `;`, `&&`, `||` or a trailing `&`. */
export function shellWords(input: string, from = 0): Word[] {
  const acc = new WordAccumulator();
  let discard = false; // the next word is a redirection target (`> out.json`), not an argument
  const finish = (): void => {
    const w = acc.close();
    if (w && !discard) acc.words.push(w);
    else if (w) discard = false;
  };
  let i = from;
  const n = input.length;
  while (i < n) {
    const c = input[i]!;
    if (c === ' ' || c === '\t') {
      finish();
      i++;
    } else if (c === '\\') {
      // §2.2.1: backslash-newline is removed entirely, even between the characters of a word.
      if (input[i + 1] === '\n') i += 2;
      else if (input.startsWith('\r\n', i + 1)) i += 3;
      else if (i + 1 >= n) acc.push('\\', i, ++i);
      else {
        acc.quoted = true;
        acc.push(input[i + 1]!, i, i + 2);
        i += 2;
      }
    } else if (c === '\n' || (c === '\r' && input[i + 1] === '\n')) {
      finish();
      if (!isBlankToEnd(input, i)) throw new ImportError('curl', input, i, 'line-continuation', '\n');
      break;
    } else if (c === "'") {
      const close = input.indexOf("'", i + 1);
      if (close < 0) throw new ImportError('curl', input, i, 'closing-quote', "'");
      acc.open(i);
      acc.quoted = true;
      for (let k = i + 1; k < close; k++) acc.push(input[k]!, k, k + 1);
      acc.reach(close + 1);
      i = close + 1;
    } else if (c === '$' && input[i + 1] === "'") {
      acc.open(i);
      acc.quoted = true;
      i = readAnsiC(input, i, (u, a, b) => acc.push(u, a, b));
      acc.reach(i);
    } else if (c === '"' || (c === '$' && input[i + 1] === '"')) {
      // `$"…"` is locale translation in bash: without a catalogue it reads as "…".
      const open = i;
      i += c === '$' ? 2 : 1;
      acc.open(open);
      acc.quoted = true;
      for (;;) {
        if (i >= n) throw new ImportError('curl', input, open, 'closing-quote', '"');
        const d = input[i]!;
        if (d === '"') break;
        if (d === '\\' && input[i + 1] === '\n') i += 2;
        else if (d === '\\' && input.startsWith('\r\n', i + 1)) i += 3;
        else if (d === '\\' && DOUBLE_QUOTE_ESCAPES.includes(input[i + 1] ?? '\n')) {
          acc.push(input[i + 1]!, i, i + 2);
          i += 2;
        } else acc.push(d, i, ++i);
      }
      i++;
      acc.reach(i);
    } else if (c === '#' && !acc.isOpen) {
      // §2.3 rule 9: a comment runs to the end of the line.
      while (i < n && input[i] !== '\n') i++;
    } else if (c === '|' || c === ';' || (c === '&' && (input[i + 1] === '&' || isBlankToEnd(input, i + 1)))) {
      break; // the rest is another command (`| jq .`, `; echo`), or this one runs in the background
    } else if (c === '&' || c === '(' || c === ')') {
      // An unquoted & in a URL ends the command in a shell and silently drops the rest of the query.
      throw new ImportError('curl', input, i, 'quoted-operator', c);
    } else if (c === '>' || c === '<') {
      // §2.7 redirection: an all-digit word just before it is the file descriptor (`2>/dev/null`).
      if (acc.isOpen && !acc.quoted && /^\d+$/.test(acc.current)) acc.close();
      else finish();
      i++;
      while (i < n && '<>&|'.includes(input[i]!)) i++;
      discard = true;
    } else {
      acc.push(c, i, ++i);
    }
  }
  finish();
  return acc.words;
}
