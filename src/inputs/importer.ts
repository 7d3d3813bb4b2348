/**
 * What an importer is: one source of pasted requests (raw HTTP, a curl command, a URL). Each lives
 * in its own file and is listed once in ./importers.ts; detection and import iterate that list.
 */
import type { ImportedRequest, InputRange } from './types';

/** The request an importer made of a paste, before the generic work (secrets in the request, presigned, unsigned). */
export interface ImportDraft extends ImportedRequest {
  /** Ranges of the pasted text holding a secret only the source knows (`-u KEY:SECRET`, a URL's userinfo). */
  readonly secrets: readonly InputRange[];
  /** Lower-case names of the headers the source's client adds on its own, beyond what was written. */
  readonly clientHeaders: readonly string[];
}

/** One source of pasted requests. */
export interface Importer<K extends string = string> {
  /** The kind the lab reports (`kind.<kind>` in the message catalogue names it). */
  readonly kind: K;
  /** True when the paste, trimmed and not blank, is of this kind; importers are asked in registry order. */
  readonly detect: (trimmed: string) => boolean;
  /** The paste → the request it stands for; throws ImportError (or the core's SigV4Error for raw HTTP). */
  readonly import: (text: string) => ImportDraft;
  /**
   * Which headers the source's own client signs, by lower-case name: the others stay in the request
   * but out of the signature (the signer's `unsignedHeaders`).
   */
  readonly signs: (draft: ImportDraft) => (lowerName: string) => boolean;
}
