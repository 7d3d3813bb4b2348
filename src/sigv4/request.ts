/** The request model every importer produces and the signer consumes. Offsets refer to `source`. */

/** A piece of the source text: its characters and where they stand. */
export interface Spanned {
  readonly text: string;
  /** Zero-based offset of the first character in `source`. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** One header field; obs-fold continuation lines add pieces to its value. */
export interface HeaderField {
  readonly name: Spanned;
  /** The value as written: the first line's text after the colon, then each continuation line. */
  readonly value: readonly Spanned[];
  /** The whole field, from the name to the end of its last line (line end excluded). */
  readonly line: Spanned;
}

/** A parsed HTTP/1.1 request, every part traceable to the source text. */
export interface RequestModel {
  /** The text every offset refers to. */
  readonly source: string;
  readonly method: Spanned;
  /** The request target as written (origin-form or absolute-form). */
  readonly target: Spanned;
  /** Scheme of an absolute-form target, else null. */
  readonly scheme: 'http' | 'https' | null;
  /** host[:port] of an absolute-form target, else null. */
  readonly authority: Spanned | null;
  /** The path as written (may be empty for `https://host?x`), never percent-decoded. */
  readonly path: Spanned;
  /** The query after `?` as written, or null when there is no `?`. */
  readonly query: Spanned | null;
  readonly version: Spanned;
  readonly headers: readonly HeaderField[];
  /** The body text after the blank line (empty when there is none); for a body of bytes that are not UTF-8, a display form. */
  readonly body: Spanned;
  /** The body's bytes, exactly what is sent and hashed: UTF-8 of pasted text, or the bytes a file held. */
  readonly bodyBytes: Uint8Array;
  /** SHA-256 of bodyBytes when it was computed elsewhere (a large body hashed off the main thread). */
  readonly bodySha256?: Uint8Array | undefined;
  /** The line ending the request was written with, reused when the signed request is printed. */
  readonly lineEnding: '\n' | '\r\n';
}
