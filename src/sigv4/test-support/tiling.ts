/**
 * Provenance checks (architecture practice 6): every sourced text of a trace is tiled by its
 * segments: sorted, contiguous from 0 to text.length, none of zero width; request ranges in bounds.
 */
import type { SourcedText, Trace } from '../index';

/** Every sourced text of a trace, by a readable name. */
export function sourcedTexts(trace: Trace): [string, SourcedText][] {
  const s = trace.stages;
  const out: [string, SourcedText][] = [
    ['canonicalUri', s.canonicalUri],
    ['canonicalQuery', s.canonicalQuery],
    ['canonicalHeaders', s.canonicalHeaders],
    ['signedHeaders', s.signedHeaders],
    ['payloadHash', s.payloadHash],
    ['canonicalRequest', s.canonicalRequest],
    ['canonicalRequestHash', s.canonicalRequestHash],
    ['credentialScope', s.credentialScope],
    ['stringToSign', s.stringToSign],
    ['kSecret.message', s.kSecret.message],
    ['kDate.message', s.kDate.message],
    ['kRegion.message', s.kRegion.message],
    ['kService.message', s.kService.message],
    ['kSigning.message', s.kSigning.message],
    ['signature', s.signature],
    ['signedRequest', s.signedRequest],
  ];
  if (s.authorization) out.push(['authorization', s.authorization]);
  if (s.presignedUrl) out.push(['presignedUrl', s.presignedUrl]);
  return out;
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
