/** The one error the signing core throws: where the input is wrong and what was expected there. */
import { JSON_DEPTH_EXPECTED } from '../text/json';

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

const EXPECTED_TEXT: Record<Expectation, string> = {
  'method-token': 'a method made of token characters (letters, digits, !#$%&\'*+-.^_`|~)',
  'space-after-method': 'a space after the method',
  'request-target': 'a request target: /path (origin-form) or https://host/path (absolute-form)',
  'http-version': 'the HTTP version after the last space, like HTTP/1.1',
  'header-name': 'a header name made of token characters',
  'header-colon': 'a colon after the header name',
  'no-space-before-colon': 'the colon right after the header name, with no whitespace before it',
  'line-feed-after-cr': 'a line feed after the carriage return',
  'continuation-after-header': 'a header line before this continuation line',
  host: 'a Host header or an absolute-form target naming the host',
  'utf8-head': 'UTF-8 text in the request line and headers (only the body may be other bytes)',
  json: 'valid JSON',
  'json-depth': `JSON with ${JSON_DEPTH_EXPECTED}`,
  object: 'a JSON object',
  string: 'a string',
  'non-empty-string': 'a non-empty string',
  boolean: 'true or false',
  'expires-seconds': `a whole number of seconds from 1 to 604800`,
  timestamp: 'an ISO-8601 UTC time like 2015-08-30T12:36:00Z (or 20150830T123600Z)',
  credentials: 'credentials with access_key_id and secret_access_key',
  mode: 'header or query',
  'signed-request': 'a signed request: an Authorization header or an X-Amz-Signature query parameter',
  'authorization-header': 'an Authorization header like AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/iam/aws4_request, SignedHeaders=host;x-amz-date, Signature=<64 hex digits>',
  'single-line': 'a value without line breaks',
  'no-control-chars': 'a value without line breaks or other control characters (they would end or forge a header)',
  'access-key-chars': 'an access key ID without / or , (they separate the parts of the Credential field)',
  'scope-part-chars': 'a value without / (it separates the parts of the credential scope)',
  'header-value-char': 'a header value of visible characters, spaces and tabs (no NUL, ESC or other control characters)',
  'known-field': 'one of the fields of the vectors\' context.json (credentials, region, service, timestamp, expiration_in_seconds, normalize, sign_body, omit_session_token, double_uri_encode, payload_hash)',
  'unique-field': 'each field once',
  'amz-date': 'an X-Amz-Date of the form 20150830T123600Z',
};

/** English description of an expectation (the UI renders its own from the message catalogue). */
export function describeExpectation(expected: Expectation): string {
  return EXPECTED_TEXT[expected];
}

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

function formatMessage(d: SigV4ErrorDetails): string {
  const where = d.line !== undefined ? `${d.line}:${d.column ?? 1}: ` : '';
  const field = d.field !== undefined ? `${d.field}: ` : '';
  const found = d.found === '' ? 'nothing' : JSON.stringify(d.found.length > 40 ? d.found.slice(0, 40) + '…' : d.found);
  return `${where}${field}expected ${describeExpectation(d.expected)}, found ${found}`;
}
