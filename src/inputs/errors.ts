/**
 * The errors the importers and the echo parser throw: where the pasted text is wrong and what was
 * expected there, as fields; the words for `expected` are the catalogue's (content/<lang>/expected.ts).
 */
import type { Expectation } from '../sigv4';
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

/** Which input an error refers to: a request importer's kind, or a server echo. */
export type ImportErrorKind = RequestKind | 'echo';

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
    // For logs only: the place and the expectation's id; the reader is told in words from the catalogue.
    super(`${line}:${column}: expected ${expected}`, cause === undefined ? undefined : { cause });
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
