/**
 * The one error the signing core throws: where the input is wrong and what was expected there, as
 * fields. The core holds no prose: whoever shows the error (the lab, the CLI) words `expected` from
 * the catalogue (content/<lang>/expected.ts).
 */

/** What the parser or the context reader expected where the input went wrong. */
export type Expectation =
  | 'method-token'
  | 'space-after-method'
  | 'request-target'
  | 'http-version'
  | 'header-name'
  | 'header-colon'
  | 'no-space-before-colon'
  | 'line-feed-after-cr'
  | 'continuation-after-header'
  | 'host'
  | 'json'
  | 'json-depth'
  | 'object'
  | 'string'
  | 'non-empty-string'
  | 'boolean'
  | 'expires-seconds'
  | 'timestamp'
  | 'credentials'
  | 'mode'
  | 'algorithm'
  | 'ecdsa-curve'
  | 'signed-request'
  | 'authorization-header'
  | 'amz-date'
  | 'single-line'
  | 'no-control-chars'
  | 'access-key-chars'
  | 'scope-part-chars'
  | 'header-value-char'
  | 'known-field'
  | 'unique-field'
  | 'utf8-head';

/** Which input the position refers to. */
export type ErrorSource = 'request' | 'context' | 'options';

/** Details of a bad input: one-based line and column where known, and a zero-based offset. */
export interface SigV4ErrorDetails {
  source: ErrorSource;
  expected: Expectation;
  /** The offending text as found (may be empty at the end of the input). */
  found: string;
  line?: number;
  column?: number;
  offset?: number;
  /** The context field or option at fault, e.g. `credentials.access_key_id`. */
  field?: string;
}

/** The single typed error of the signing core. */
export class SigV4Error extends Error {
  readonly source: ErrorSource;
  readonly expected: Expectation;
  readonly found: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly offset: number | undefined;
  readonly field: string | undefined;

  constructor(details: SigV4ErrorDetails) {
    super(formatMessage(details));
    this.name = 'SigV4Error';
    this.source = details.source;
    this.expected = details.expected;
    this.found = details.found;
    this.line = details.line;
    this.column = details.column;
    this.offset = details.offset;
    this.field = details.field;
  }
}

/** For logs and stack traces only: the place and the expectation's id, never the input itself (it may be a secret). */
function formatMessage(d: SigV4ErrorDetails): string {
  const where = d.line !== undefined ? `${d.line}:${d.column ?? 1}: ` : '';
  const field = d.field !== undefined ? `${d.field}: ` : '';
  return `${where}${field}expected ${d.expected}`;
}
