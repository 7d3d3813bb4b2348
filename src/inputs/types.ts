/** The shapes the importers hand to the lab: what was pasted, the request it stands for, and provenance. */
import type { RequestModel } from '../sigv4';
import type { RequestKind } from './importers';
import type { OffsetMap } from './offset-map';

/** What a paste looks like: one of the importers' kinds (raw HTTP/1.1 text, a curl command, a bare URL), or nothing. */
export type InputKind = RequestKind | 'empty';

/** Credentials a curl command carried in `-u KEY:SECRET` (or in the URL's userinfo). */
export interface ImportedCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** The part of the credential scope `--aws-sigv4 aws:amz:REGION:SERVICE` named. */
export interface ImportedScope {
  readonly region?: string;
  readonly service?: string;
}

/** What an importer made of a paste: the request, as text and parsed, and what else the paste said. */
export interface ImportedRequest {
  /** Raw HTTP/1.1 request text synthesized from the input (the input itself for kind 'http'). */
  readonly httpText: string;
  /** parseRequest(httpText): offsets refer to httpText. */
  readonly request: RequestModel;
  /** Ranges of httpText → ranges of the pasted text, for highlighting. */
  readonly map: OffsetMap;
  readonly credentials?: ImportedCredentials;
  readonly scope?: ImportedScope;
}

/** A request imported from raw HTTP text, a curl command or a URL. */
export interface RequestImport extends ImportedRequest {
  readonly kind: RequestKind;
  /**
   * Lower-case names of headers in the request that its own client sends without signing (curl's
   * implied Content-Type and Accept, a browser's Sec-*), as the importer's `signs` says: pass them
   * as the signer's `unsignedHeaders`.
   */
  readonly unsigned: readonly string[];
  /**
   * Ranges of the pasted text that hold a secret or a credential: the secret of `-u KEY:SECRET` or of
   * a URL's userinfo, Authorization and X-Amz-Security-Token header values, and a presigned URL's
   * X-Amz-Security-Token, X-Amz-Credential and X-Amz-Signature values. A link leaves them out.
   */
  readonly secrets: readonly InputRange[];
  /** The query already carries X-Amz-Signature: a presigned URL. */
  readonly presigned: boolean;
}

/** A blank paste: there is no request (a RequestModel cannot be made of nothing). */
export interface EmptyImport {
  readonly kind: 'empty';
  readonly httpText: '';
  readonly request: null;
  readonly map: OffsetMap;
  readonly presigned: false;
  readonly unsigned: readonly [];
  readonly secrets: readonly [];
}

/** A range of the pasted text. */
export interface InputRange {
  readonly start: number;
  readonly end: number;
}

/** The result of importRequest: check `kind` before reading `request`. */
export type ImportResult = RequestImport | EmptyImport;

/** What a server (or a client's debug log) echoed about the signature it expected. */
export interface Echo {
  readonly kind: 's3-xml' | 'service-message' | 'aws-debug';
  readonly canonicalRequest?: string;
  readonly stringToSign?: string;
  readonly signatureProvided?: string;
  readonly accessKeyId?: string;
  /** The error code, like SignatureDoesNotMatch. */
  readonly code?: string;
}
