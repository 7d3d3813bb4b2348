/**
 * Provenance checks (architecture practice 6): every sourced text of a trace is tiled by its
 * segments: sorted, contiguous from 0 to text.length, none of zero width; request ranges in bounds.
 */
import { STAGE_LIST, type SourcedText, type Trace } from '../index';

/** Every sourced text of a trace, by a readable name: each stage of the registry the trace has, a key by its HMAC message. */
export function sourcedTexts(trace: Trace): [string, SourcedText][] {
  return STAGE_LIST.flatMap(({ id }): [string, SourcedText][] => {
    const stage = trace.stages[id];
    if (stage === null) return [];
    return stage.kind === 'key' ? [[`${id}.message`, stage.message]] : [[id, stage]];
  });
}

/** What is wrong with a sourced text's segments, or null when they tile it. */
export function tilingProblem(st: SourcedText, sourceLength: number): string | null {
  let at = 0;
  for (const [i, seg] of st.segments.entries()) {
    if (seg.start !== at) return `segment ${i} starts at ${seg.start}, expected ${at}`;
    if (seg.end <= seg.start) return `segment ${i} [${seg.start}, ${seg.end}) has no width`;
    const o = seg.origin;
    if (o.kind === 'request' && !(o.start >= 0 && o.start <= o.end && o.end <= sourceLength)) {
      return `segment ${i} points at request range [${o.start}, ${o.end}) outside 0..${sourceLength}`;
    }
    at = seg.end;
  }
  return at === st.text.length ? null : `segments end at ${at}, text length ${st.text.length}`;
}

/** Problems of every sourced text of a trace, as `name: problem` lines. */
export function traceTilingProblems(trace: Trace): string[] {
  const problems: string[] = [];
  for (const [name, st] of sourcedTexts(trace)) {
    const p = tilingProblem(st, trace.request.source.length);
    if (p !== null) problems.push(`${name}: ${p}`);
  }
  return problems;
}
