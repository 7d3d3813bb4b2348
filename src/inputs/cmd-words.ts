/**
 * Windows "Copy as cURL (cmd)" commands: cmd.exe reads `^` escapes and `^`-newline continuations
 * first, then the program splits its command line with the Microsoft C runtime rules
 * (learn.microsoft.com, "Parsing C command-line arguments"). Chrome's cmd output quotes as `^"…^"`.
 */
import { ImportError } from './errors';
import type { Word } from './shell-words';

interface Unit {
  ch: string;
  a: number;
  b: number;
}

/**
 * true when the paste is for cmd.exe: Chrome's `curl ^"…` quoting, or a first line ending in ` ^`
 * outside single quotes (in a POSIX shell that line could not continue, so it cannot be bash).
 */
export function looksLikeCmd(input: string): boolean {
  const first = input.trimStart().split('\n', 1)[0]!.replace(/\r$/, '');
  if (/^\S*curl(?:\.exe)?\s+\^"/i.test(first)) return true;
  return /\s\^$/.test(first) && endsOutsidePosixQuotes(first);
}

/** true when a POSIX shell reading `line` is outside any quote at its end. */
function endsOutsidePosixQuotes(line: string): boolean {
  let q = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q === "'") {
      if (c === "'") q = '';
    } else if (c === '\\') i++;
    else if (q === '"') {
      if (c === '"') q = '';
    } else if (c === "'" || c === '"') q = c;
  }
  return q === '';
}

/** cmd.exe's pass: `^X` → X (outside its quotes), `^`-newline joins lines, the next character taken as is. */
function cmdPass(input: string, from: number): Unit[] {
  const out: Unit[] = [];
  let quoted = false;
  let i = from;
  while (i < input.length) {
    const c = input[i]!;
    if (c === '"') quoted = !quoted;
    if (!quoted && c === '^') {
      let j = i + 1;
      if (input[j] === '\r' && input[j + 1] === '\n') j += 2;
      else if (input[j] === '\n') j += 1;
      else if (j < input.length) {
        out.push({ ch: input[j]!, a: i, b: j + 1 });
        i = j + 1;
        continue;
      }
      if (j < input.length && j > i + 1) out.push({ ch: input[j]!, a: j, b: j + 1 });
      i = j + 1;
      continue;
    }
    if (c === '\n' || (c === '\r' && input[i + 1] === '\n')) {
      if (!/^\s*$/.test(input.slice(i))) throw new ImportError('curl', input, i, 'line-continuation', '\n');
      break;
    }
    if (!quoted && (c === '|' || c === '>' || c === '<' || (c === '&' && (input[i + 1] === '&' || /^\s*$/.test(input.slice(i + 1)))))) break;
    if (!quoted && c === '&') throw new ImportError('curl', input, i, 'quoted-operator', c);
    out.push({ ch: c, a: i, b: i + 1 });
    i++;
  }
  // An odd number of quotes is no error for cmd.exe (`"{\"a\":1}"` leaves it "inside"); the C
  // runtime's rules below decide what is quoted.
  return out;
}

/** Words of a cmd.exe curl command, each character mapped to the input it came from. */
export function cmdWords(input: string, from = 0): Word[] {
  const units = cmdPass(input, from);
  const words: Word[] = [];
  let cur: { text: string; starts: number[]; ends: number[]; start: number; end: number } | null = null;
  let quoted = false;
  const open = (at: number): NonNullable<typeof cur> => (cur ??= { text: '', starts: [], ends: [], start: at, end: at });
  const emit = (ch: string, a: number, b: number): void => {
    const w = open(a);
    w.text += ch;
    w.starts.push(a);
    w.ends.push(b);
    w.end = b;
  };
  for (let i = 0; i < units.length; ) {
    const u = units[i]!;
    if (!quoted && (u.ch === ' ' || u.ch === '\t')) {
      if (cur) words.push(cur);
      cur = null;
      i++;
      continue;
    }
    if (u.ch === '\\') {
      let j = i;
      while (j < units.length && units[j]!.ch === '\\') j++;
      const n = j - i;
      const quote = units[j]?.ch === '"';
      // 2n backslashes + " → n backslashes and a quote toggle; 2n+1 → n backslashes and a literal ".
      const kept = quote ? n >> 1 : n;
      for (let k = 0; k < kept; k++) {
        const span = quote ? [units[i + 2 * k]!.a, units[i + 2 * k + 1]!.b] : [units[i + k]!.a, units[i + k]!.b];
        emit('\\', span[0]!, span[1]!);
      }
      if (quote && n % 2 === 1) {
        emit('"', units[j - 1]!.a, units[j]!.b);
        i = j + 1;
      } else i = j;
      continue;
    }
    if (u.ch === '"') {
      open(u.a).end = u.b;
      if (quoted && units[i + 1]?.ch === '"') {
        emit('"', u.a, units[i + 1]!.b);
        i += 2;
        continue;
      }
      quoted = !quoted;
      i++;
      continue;
    }
    emit(u.ch, u.a, u.b);
    i++;
  }
  if (quoted) throw new ImportError('curl', input, units.findLast((u) => u.ch === '"')?.a ?? from, 'closing-quote', '"');
  if (cur) words.push(cur);
  return words;
}
