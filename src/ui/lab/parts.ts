/**
 * The parts of a signature that keep one colour wherever they appear (the input, the diagram, the
 * detail, the Authorization header): the six parts of the canonical request and the four of the
 * Authorization header, whose SignedHeaders is the canonical request's. An element shows a part
 * with `data-part={name}`; lab-scene.css gives each name its colour (--part-<name>, light and dark),
 * and every use has a label beside the colour.
 */
import type { MessageKey } from '../../content/i18n';
import { STAGE_LIST, type SourcedText } from '../../sigv4';
import type { PartStage } from '../../store';

/** The parts of the canonical request, in the order they are joined: the method, then the registry's parts. */
export const CANONICAL_PARTS: readonly ('method' | PartStage)[] = ['method', ...STAGE_LIST.filter((d) => d.view === 'part').map((d) => d.id as PartStage)];

/** The parts of the Authorization header, in the order they are written. */
export const AUTH_PARTS = ['algorithm', 'credential', 'signedHeaders', 'signature'] as const;
/** One part of the Authorization header. */
export type AuthPart = (typeof AUTH_PARTS)[number];

/** Every name with a colour of its own. */
export type PartName = 'method' | PartStage | AuthPart;

/** A short label for each part of the canonical request, for the diagram and the input's legend. */
export const PART_LABEL = {
  method: 'diagram.part.method',
  canonicalUri: 'diagram.part.canonicalUri',
  canonicalQuery: 'diagram.part.canonicalQuery',
  canonicalHeaders: 'diagram.part.canonicalHeaders',
  signedHeaders: 'diagram.part.signedHeaders',
  payloadHash: 'diagram.part.payloadHash',
} as const satisfies Record<'method' | PartStage, MessageKey>;

/** The label of each part of the Authorization header. */
export const AUTH_PART_LABEL = {
  algorithm: 'auth.part.algorithm',
  credential: 'auth.part.credential',
  signedHeaders: 'auth.part.signedHeaders',
  signature: 'auth.part.signature',
} as const satisfies Record<AuthPart, MessageKey>;

/** Splits `ALG Credential=…, SignedHeaders=…, Signature=…` into its parts, each with where it starts; null when it has another shape. */
export function splitAuthorization(text: string): { part: AuthPart; text: string; start: number }[] | null {
  const m = /^(\S+) (Credential=[^,]*), (SignedHeaders=[^,]*), (Signature=\S*)$/.exec(text);
  if (!m) return null;
  // The parts follow one another: the algorithm and a space, then each part and ", ".
  let start = 0;
  return AUTH_PARTS.map((part, i) => {
    const value = m[i + 1]!;
    const at = start;
    start += value.length + (i === 0 ? 1 : 2);
    return { part, text: value, start: at };
  });
}

/** The method: the canonical request's first run, copied from the request line. */
export function methodOf(canonical: SourcedText): SourcedText {
  const first = canonical.segments[0];
  return first ? { text: canonical.text.slice(first.start, first.end), segments: [first] } : { text: '', segments: [] };
}

/** The lines of a sourced text, each with the segments (or the parts of them) that fall in it. */
export function sourcedLines(s: SourcedText): SourcedText[] {
  const out: SourcedText[] = [];
  let start = 0;
  for (;;) {
    const nl = s.text.indexOf('\n', start);
    const end = nl === -1 ? s.text.length : nl;
    out.push(sliceSourced(s, start, end));
    if (nl === -1) return out;
    start = nl + 1;
  }
}

/** The characters [start, end) of a sourced text, with their segments cut to fit. */
export function sliceSourced(s: SourcedText, start: number, end: number): SourcedText {
  const segments = s.segments
    .filter((g) => g.end > start && g.start < end)
    .map((g) => ({ ...g, start: Math.max(g.start, start) - start, end: Math.min(g.end, end) - start }));
  return { text: s.text.slice(start, end), segments };
}
