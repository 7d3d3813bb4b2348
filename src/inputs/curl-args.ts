/**
 * curl's argument list → the parts of the request it sends (curl(1), curl 8.x). Short options
 * cluster (`-sSL`, `-XPOST`, `-HX:y`); a value-taking letter takes the rest of its word or the next
 * word. Long options never take `=value`: curl reads `--data=x` as an unknown option.
 */
import { ImportError } from './errors';
import { LONG_WITH_VALUE, SHORT_SWITCHES, SHORT_WITH_VALUE, longName } from './curl-options';
import { subMapped, type MappedText } from './offset-map';
import type { Word } from './shell-words';

/** An option's value and where it stands in the input (for error positions). */
export interface Arg {
  readonly value: MappedText;
  /** Input offset of the value's first character (or of its word when it is empty). */
  readonly at: number;
  /** The option as written, like `-H` or `--data-raw`, and the input offset of its word. */
  readonly flag: string;
  readonly flagAt: number;
}

/** How curl treats a data option's value (curl(1), "-d", "--data-raw", "--data-urlencode", "--json"). */
export type DataKind = 'data' | 'raw' | 'urlencode' | 'json';

/** What the command asks curl to send; values still as written (no @file reading, no encoding yet). */
export interface CurlCommand {
  /** Input offset just after the last word: where a missing URL was due. */
  end: number;
  method: Arg | null;
  urls: Arg[];
  headers: Arg[];
  data: { kind: DataKind; arg: Arg }[];
  urlQuery: Arg[];
  user: Arg | null;
  awsSigv4: Arg | null;
  userAgent: Arg | null;
  referer: Arg | null;
  cookie: Arg | null;
  requestTarget: Arg | null;
  get: boolean;
  head: Arg | null;
  pathAsIs: boolean;
}

const DATA_KINDS: Readonly<Record<string, DataKind>> = {
  data: 'data', 'data-ascii': 'data', 'data-binary': 'data', 'data-raw': 'raw', 'data-urlencode': 'urlencode', json: 'json',
};

const CURL = /(?:^|[/\\])curl(?:\.exe)?$/i;

function argOf(word: Word, value: MappedText, flag: string, flagAt: number): Arg {
  return { value, at: value.starts[0] ?? word.start, flag, flagAt };
}

function apply(cmd: CurlCommand, input: string, name: string, arg: Arg): void {
  const dataKind = DATA_KINDS[name];
  if (dataKind) cmd.data.push({ kind: dataKind, arg });
  else if (name === 'request') cmd.method = arg;
  else if (name === 'header') cmd.headers.push(arg);
  else if (name === 'url') cmd.urls.push(arg);
  else if (name === 'url-query') cmd.urlQuery.push(arg);
  else if (name === 'user') cmd.user = arg;
  else if (name === 'aws-sigv4') cmd.awsSigv4 = arg;
  else if (name === 'user-agent') cmd.userAgent = arg;
  else if (name === 'referer') cmd.referer = arg;
  else if (name === 'cookie') cmd.cookie = arg;
  else if (name === 'request-target') cmd.requestTarget = arg;
  else if (name === 'form' || name === 'form-string') throw new ImportError('curl', input, arg.flagAt, 'form-data', arg.flag);
  else if (name === 'upload-file' || name === 'config') throw new ImportError('curl', input, arg.at, 'data-file', arg.value.text);
}

/** Reads curl's arguments (words[0] must be curl); throws ImportError for a missing option value. */
export function parseCurlArgs(input: string, words: readonly Word[]): CurlCommand {
  const first = words[0];
  if (!first || !CURL.test(first.text)) throw new ImportError('curl', input, first?.start ?? 0, 'curl-command', first?.text ?? '');
  const cmd: CurlCommand = {
    end: words[words.length - 1]!.end,
    method: null, urls: [], headers: [], data: [], urlQuery: [], user: null, awsSigv4: null, userAgent: null,
    referer: null, cookie: null, requestTarget: null, get: false, head: null, pathAsIs: false,
  };
  const valueAfter = (k: number): Word => {
    const next = words[k + 1];
    if (!next) throw new ImportError('curl', input, words[k]!.end, 'flag-value', '');
    return next;
  };
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    const t = w.text;
    if (t.startsWith('--') && t.length > 2) {
      const name = longName(t);
      if (LONG_WITH_VALUE.has(name)) {
        const v = valueAfter(k++);
        apply(cmd, input, name, argOf(v, v, t, w.start));
      } else if (name === 'get') cmd.get = true;
      else if (name === 'head') cmd.head = argOf(w, w, t, w.start);
      else if (name === 'path-as-is') cmd.pathAsIs = true;
      // Every other long option is a switch that does not change the request (--compressed, --http2, -k…).
    } else if (t.startsWith('-') && t.length > 1) {
      for (let j = 1; j < t.length; j++) {
        const letter = t[j]!;
        const name = SHORT_WITH_VALUE[letter];
        if (name) {
          const flag = '-' + letter;
          if (j + 1 < t.length) apply(cmd, input, name, argOf(w, subMapped(w, j + 1), flag, w.start));
          else {
            const v = valueAfter(k++);
            apply(cmd, input, name, argOf(v, v, flag, w.start));
          }
          break;
        }
        if (SHORT_SWITCHES[letter] === 'get') cmd.get = true;
        if (SHORT_SWITCHES[letter] === 'head') cmd.head = argOf(w, subMapped(w, j, j + 1), '-' + letter, w.start);
      }
    } else {
      cmd.urls.push(argOf(w, w, '', w.start));
    }
  }
  return cmd;
}
