/** The errors the importers and the echo parser throw: where the pasted text is wrong and what was expected there. */
import { describeExpectation, type Expectation } from '../sigv4';
import { lineColumnAt } from '../text/line-column';
import type { RequestKind } from './importers';

/** What an importer expected; the core's request expectations pass through when its parser fails. */
export type ImportExpectation =
  | Expectation
  | 'closing-quote'
  | 'opening-quote'
  | 'line-continuation'
  | 'quoted-operator'
  | 'curl-command'
  | 'url'
  | 'url-scheme'
  | 'url-port'
  | 'one-url'
  | 'flag-value'
  | 'aws-sigv4-format'
  | 'user-format'
  | 'data-file'
  | 'form-data'
  | 'one-method'
  | 'single-line-header'
  | 'echo'
  | 'message'
  | 'closing-tag'
  | 'xml-entity'
  | 'hex-byte'
  | 'log-block';

const TEXT: Record<Exclude<ImportExpectation, Expectation>, string> = {
  'closing-quote': 'a closing quote for the quote opened here',
  'opening-quote': 'a quote opening the echoed text after "should have been"',
  'line-continuation': 'a backslash at the end of the line (the shell ends the command at a bare line break)',
  'quoted-operator': 'quotes around this character (the shell reads it as an operator, not as part of a word)',
  'curl-command': 'a command starting with curl',
  url: 'a URL like https://host/path?query',
  'url-scheme': 'an http:// or https:// URL',
  'url-port': 'a port number after the colon',
  'one-url': 'a single URL (curl sends one request per URL; a value without its flag is read as a URL)',
  'flag-value': 'a value after this option',
  'aws-sigv4-format': 'an --aws-sigv4 value like aws:amz:us-east-1:s3 (provider1[:provider2[:region[:service]]])',
  'user-format': 'a -u value like ACCESS_KEY_ID:SECRET_ACCESS_KEY',
  'data-file': 'inline data: a browser cannot read @file or @- (stdin); paste the contents instead',
  'form-data': 'data without -F/--form: a multipart body has a random boundary and cannot be reproduced',
  'one-method': 'one request method: -I (HEAD) with data needs -G',
  'single-line-header': 'a header without line breaks',
  echo: 'an S3 error XML, a service error message (text, JSON or XML), or an aws --debug log',
  message: 'a message field in the JSON error',
  'closing-tag': 'the closing tag of this element',
  'xml-entity': 'an XML entity like &lt; &gt; &amp; &quot; &apos; &#38; or &#x26;',
  'hex-byte': 'a byte as two hex digits, like 4f',
  'log-block': 'the logged text on the lines after this one',
};

/** English description of an import expectation (the UI renders its own from the message catalogue). */
export function describeImportExpectation(expected: ImportExpectation): string {
  return expected in TEXT ? TEXT[expected as keyof typeof TEXT] : describeExpectation(expected as Expectation);
}

/** A bad paste: one-based line and column, zero-based offset into the pasted text, what was expected. */
export class InputError extends Error {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
  readonly expected: ImportExpectation;
  readonly found: string;

  constructor(input: string, offset: number, expected: ImportExpectation, found: string, cause?: unknown) {
    const at = Math.max(0, Math.min(offset, input.length));
    const { line, column } = lineColumnAt(input, at);
    const shown = found === '' ? 'nothing' : JSON.stringify(found.length > 40 ? found.slice(0, 40) + '…' : found);
    super(`${line}:${column}: expected ${describeImportExpectation(expected)}, found ${shown}`, cause === undefined ? undefined : { cause });
    this.line = line;
    this.column = column;
    this.offset = at;
    this.expected = expected;
    this.found = found;
  }
}

/** A request paste (raw HTTP, curl command, URL) its importer cannot read; `kind` names the importer. */
export class ImportError extends InputError {
  readonly kind: RequestKind;

  constructor(kind: RequestKind, input: string, offset: number, expected: ImportExpectation, found: string, cause?: unknown) {
    super(input, offset, expected, found, cause);
    this.name = 'ImportError';
    this.kind = kind;
  }
}

/** A server echo or debug log that cannot be read: about the echo, never about the request. */
export class EchoError extends InputError {
  readonly kind = 'echo';

  constructor(input: string, offset: number, expected: ImportExpectation, found: string, cause?: unknown) {
    super(input, offset, expected, found, cause);
    this.name = 'EchoError';
  }
}
