/**
 * Provenance as data (architecture practice 6): every stage's text is a list of segments, each
 * saying where its characters came from. Segments tile their text with no gap and no overlap.
 */
import type { StageId } from './stage-ids';

/** A field of the signing context (credentials, scope, time, options) rather than of the request text. */
export type ContextField =
  | 'accessKeyId'
  | 'secretAccessKey'
  | 'sessionToken'
  | 'region'
  | 'service'
  | 'signingTime'
  | 'expires'
  | 'payloadHash';

/** Where a run of output characters came from. */
export type Origin =
  /** Copied, encoded or canonicalised from [start, end) of the request text; `sha256` when it is the hash of that range. */
  | { readonly kind: 'request'; readonly start: number; readonly end: number; readonly via?: 'sha256' }
  /** A signing-context value (the lab's credential and scope inputs, the CLI's context.json). */
  | { readonly kind: 'context'; readonly field: ContextField }
  /** Fixed by the SigV4 specification: separators, names, the algorithm. */
  | { readonly kind: 'spec' }
  /** Computed (hash, HMAC or hex) from an earlier stage. */
  | { readonly kind: 'stage'; readonly stage: StageId };

/** A run [start, end) of a stage's text, its origin, and the stage it was carried through, if any. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly origin: Origin;
  /** The intermediate stage this run was copied from (the canonical URI inside the canonical request, say). */
  readonly via?: StageId;
}

/** Text with its provenance. */
export interface SourcedText {
  readonly text: string;
  readonly segments: readonly Segment[];
}

/** The spec-literal origin, shared. */
export const SPEC: Origin = { kind: 'spec' };

/** Builds a SourcedText run by run; empty runs are dropped so segments never have zero width. */
export class TextBuilder {
  // One string grown with +=: V8 keeps it as a rope until read, cheaper than an array joined at the end.
  private text = '';
  private readonly segs: Segment[] = [];

  /** Appends text that came from one origin. */
  push(text: string, origin: Origin, via?: StageId): this {
    if (text.length === 0) return this;
    const start = this.text.length;
    const end = start + text.length;
    this.segs.push(via === undefined ? { start, end, origin } : { start, end, origin, via });
    this.text += text;
    return this;
  }

  /** Appends a whole sourced text, keeping its segments; `via` names the stage it is carried from. */
  append(sourced: SourcedText, via?: StageId): this {
    if (sourced.text.length === 0) return this;
    const base = this.text.length;
    for (const s of sourced.segments) {
      const through = s.via ?? via;
      const start = base + s.start;
      const end = base + s.end;
      this.segs.push(through === undefined ? { start, end, origin: s.origin } : { start, end, origin: s.origin, via: through });
    }
    this.text += sourced.text;
    return this;
  }

  /** The text so far, with its segments. */
  build(): SourcedText {
    return { text: this.text, segments: this.segs };
  }
}

/** Rewrites each run's text with `fn`, keeping its origin (for per-run transformations). */
export function mapRuns(s: SourcedText, fn: (text: string) => string): SourcedText {
  const b = new TextBuilder();
  for (const seg of s.segments) b.push(fn(s.text.slice(seg.start, seg.end)), seg.origin, seg.via);
  return b.build();
}

/** A sourced text of a single run. */
export function sourced(text: string, origin: Origin): SourcedText {
  return new TextBuilder().push(text, origin).build();
}
