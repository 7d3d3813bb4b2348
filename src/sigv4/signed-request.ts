/**
 * The whole signed request as HTTP/1.1 text: the input with the signer's edits and the Authorization
 * line. Added and replaced headers are written `Name: value`, as requests are usually written.
 */
import { HEADER_SPELLING } from './constants';
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import type { RequestModel } from './request';
import type { HeaderPlan } from './signing-headers';

/** Renders the signed request; `query` replaces the target's query in query mode. */
export function signedRequest(
  request: RequestModel,
  plan: HeaderPlan,
  authorization: SourcedText | null,
  query: SourcedText | null,
): SourcedText {
  const eol = request.lineEnding;
  const src = (start: number, end: number) => ({ kind: 'request' as const, start, end });
  const b = new TextBuilder();
  if (query === null) {
    b.push(request.source.slice(request.method.start, request.version.end), src(request.method.start, request.version.end));
  } else {
    b.push(request.source.slice(request.method.start, request.path.end), src(request.method.start, request.path.end));
    b.push('?', SPEC).append(query, 'presignedUrl');
    b.push(' ', SPEC).push(request.version.text, src(request.version.start, request.version.end));
  }
  b.push(eol, SPEC);
  request.headers.forEach((h, i) => {
    if (plan.removed.has(i)) return;
    const replacement = plan.replaced.get(i);
    if (replacement) {
      b.push(h.name.text, src(h.name.start, h.name.end)).push(': ', SPEC).push(replacement.value, replacement.origin);
    } else {
      b.push(h.line.text, src(h.line.start, h.line.end));
    }
    b.push(eol, SPEC);
  });
  for (const a of plan.added) b.push(a.name + ': ', SPEC).push(a.value, a.origin).push(eol, SPEC);
  if (authorization) b.push(HEADER_SPELLING.authorization + ': ', SPEC).append(authorization, 'authorization').push(eol, SPEC);
  b.push(eol, SPEC);
  b.push(request.body.text, src(request.body.start, request.body.end));
  return b.build();
}
