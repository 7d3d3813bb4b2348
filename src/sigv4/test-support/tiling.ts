/** Checks that a stage's segments tile its text: sorted, contiguous from 0 to its length, none empty. */
import type { SourcedText } from '../provenance';

/** Returns a description of the first tiling fault, or null when the segments tile the text. */
export function tilingFault(s: SourcedText): string | null {
  let at = 0;
  for (const [i, seg] of s.segments.entries()) {
    if (seg.start !== at) return `segment ${i} starts at ${seg.start}, expected ${at}`;
    if (seg.end <= seg.start) return `segment ${i} is empty or reversed (${seg.start}..${seg.end})`;
    at = seg.end;
  }
  return at === s.text.length ? null : `segments end at ${at}, text is ${s.text.length} long`;
}

/** Every sourced text of a trace's stages, named. */
export function sourcedStages(stages: Record<string, unknown>): [string, SourcedText][] {
  const out: [string, SourcedText][] = [];
  for (const [name, stage] of Object.entries(stages)) {
    if (stage === null || typeof stage !== 'object') continue;
    const st = stage as Partial<SourcedText> & { message?: SourcedText };
    if (typeof st.text === 'string' && Array.isArray(st.segments)) out.push([name, st as SourcedText]);
    if (st.message) out.push([`${name}.message`, st.message]);
  }
  return out;
}
