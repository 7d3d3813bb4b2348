/**
 * Client-side debug logs. botocore (`aws --debug`) logs
 *   2024-05-01 10:00:00,123 - MainThread - botocore.auth - DEBUG - CanonicalRequest:
 *   POST
 *   …
 * and likewise `StringToSign:` and `Signature:`; a block runs to the line before the next log record
 * (botocore/auth.py: logger.debug('CanonicalRequest:\n%s', …)). awscurl -v prints
 * `CANONICAL REQUEST = …` and `STRING_TO_SIGN = …`, whose blocks are cut by their known shape.
 */
import { EchoError } from './errors';
import type { EchoFields } from './echo-message';

const LOG_RECORD = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} - /;
const BLOCK_HEAD = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} - .* - (CanonicalRequest|StringToSign|Signature):[ \t]*$/;
const AWSCURL = /^[ \t]*(CANONICAL[ _]REQUEST|STRING[ _]TO[ _]SIGN)[ \t]*=[ \t]?/;

/** true when the text looks like a botocore or awscurl debug log. */
export function looksLikeDebugLog(text: string): boolean {
  return text.split('\n').some((l) => BLOCK_HEAD.test(l.replace(/\r$/, '')) || AWSCURL.test(l));
}

interface Line {
  text: string;
  start: number;
  end: number;
}

function lines(input: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of input.split('\n')) {
    const text = raw.replace(/\r$/, '');
    out.push({ text, start, end: start + text.length });
    start += raw.length + 1;
  }
  return out;
}

/** The end of the canonical-request shape from line k: method, path, query, headers, blank, signed headers, hash. */
function canonicalShapeEnd(ls: readonly Line[], k: number): number {
  let j = k + 3;
  while (j < ls.length && ls[j]!.text !== '') j++;
  return Math.min(j + 3, ls.length);
}

function lastMatch(input: string, re: RegExp): string | undefined {
  let found: string | undefined;
  for (const m of input.matchAll(re)) found = m[1];
  return found;
}

/** The last CanonicalRequest, StringToSign and Signature a debug log shows, plus the key id and error code it mentions. */
export function parseDebugLog(input: string): EchoFields {
  const ls = lines(input);
  // Each block is read when it is the last of its kind: a log of thousands of awscurl lines must
  // not copy the rest of the log once per line (that was quadratic).
  const blocks: Record<string, () => string> = {};
  for (let k = 0; k < ls.length; k++) {
    const head = BLOCK_HEAD.exec(ls[k]!.text);
    const curl = head ? null : AWSCURL.exec(ls[k]!.text);
    if (head) {
      let j = k + 1;
      while (j < ls.length && !LOG_RECORD.test(ls[j]!.text)) j++;
      // At the end of the paste, trailing blank lines are the terminal's, not the block's.
      let end = j;
      if (j === ls.length) while (end > k + 1 && ls[end - 1]!.text === '') end--;
      if (end === k + 1) throw new EchoError(input, ls[k]!.end, 'log-block', '');
      const text = ls.slice(k + 1, end).map((l) => l.text).join('\n');
      blocks[head[1]!] = () => text;
    } else if (curl) {
      const canonical = curl[1]!.startsWith('CANONICAL');
      const at = k;
      const skip = curl[0].length;
      blocks[canonical ? 'CanonicalRequest' : 'StringToSign'] = () => {
        // The block starts after the marker on its own line and runs for its known shape.
        const end = canonical ? canonicalShapeEnd(ls, at) : Math.min(at + 4, ls.length);
        return [ls[at]!.text.slice(skip), ...ls.slice(at + 1, end).map((l) => l.text)].join('\n');
      };
    }
  }
  return {
    canonicalRequest: blocks.CanonicalRequest?.(),
    stringToSign: blocks.StringToSign?.(),
    signatureProvided: blocks.Signature?.().trim() ?? lastMatch(input, /Signature=([0-9a-f]{64})/g),
    accessKeyId: lastMatch(input, /Credential=([A-Z0-9]{4,128})\//g),
    code: lastMatch(input, /<Code>([^<]+)<\/Code>/g) ?? lastMatch(input, /An error occurred \(([A-Za-z0-9.]+)\)/g),
  };
}
