/**
 * Server echo diff: the canonical request and string to sign the server says it computed, against
 * the ones of our trace, line by line and byte by byte. S3 echoes both in its SignatureDoesNotMatch
 * XML; other services quote them after "The Canonical String for this request should have been"
 * (../shared/reference/sigv4-pitfalls.md, "What servers echo back").
 */
import { signs, STAGE_ORDER, type StageId, type Trace } from '../sigv4';
import { alignLines, canonicalRequestLines, stringToSignLines } from './lines';
import type { EchoDiff, LineDiff, LinePart, ServerEcho, TextDiff } from './types';

/** The stage a canonical-request or string-to-sign line belongs to. */
export function stageOfPart(part: LinePart, inStringToSign: boolean): StageId {
  switch (part) {
    case 'uri':
      return 'canonicalUri';
    case 'query':
      return 'canonicalQuery';
    case 'header':
    case 'blank':
      return 'canonicalHeaders';
    case 'signed-headers':
      return 'signedHeaders';
    case 'payload-hash':
      return 'payloadHash';
    case 'scope':
      return 'credentialScope';
    case 'hash':
      return 'canonicalRequestHash';
    case 'algorithm':
    case 'date':
      return 'stringToSign';
    case 'method':
      return 'canonicalRequest';
    case 'extra':
      return inStringToSign ? 'stringToSign' : 'canonicalRequest';
  }
}

const rank = (s: StageId): number => STAGE_ORDER.indexOf(s);

/** The earliest of some stages in spec order, or null for none. */
export function earliestStage(stages: Iterable<StageId>): StageId | null {
  let best: StageId | null = null;
  for (const s of stages) if (best === null || rank(s) < rank(best)) best = s;
  return best;
}

function differingStages(diff: TextDiff, inStringToSign: boolean, canonicalKnown: boolean): StageId[] {
  return diff.lines
    .filter((l: LineDiff) => !l.equal)
    .map((l) => {
      // Without the server's canonical request, a different hash only says that the canonical request differs.
      if (l.part === 'hash' && !canonicalKnown) return 'canonicalRequest';
      return stageOfPart(l.part, inStringToSign);
    });
}

/** The keys of the chain, each HMAC-ing one component of the credential scope, in the scope's order (date/region/service/terminator). */
const SCOPE_KEYS: readonly StageId[] = ['kDate', 'kRegion', 'kService', 'kSigning'];

/** The key whose HMAC message is the first component of the scope line that differs; null when the components agree. */
function keyOfScope(diff: TextDiff, trace: Trace): StageId | null {
  // SigV4a's key is derived from the secret alone: no part of the scope reaches it.
  if (trace.stages.kDate === null) return null;
  const line = diff.lines.find((l) => l.part === 'scope' && !l.equal);
  if (!line) return null;
  const server = (line.server ?? '').split('/');
  const ours = (line.ours ?? '').split('/');
  const at = SCOPE_KEYS.findIndex((_, i) => server[i] !== ours[i]);
  return at === -1 ? null : SCOPE_KEYS[at]!;
}

/** Compares a server echo with our trace: each echoed text line by line, and the first stage that differs. */
export function diffEcho(server: ServerEcho, trace: Trace): EchoDiff {
  const ours = trace.stages;
  const canonicalRequest =
    server.canonicalRequest === undefined
      ? null
      : alignLines(canonicalRequestLines(server.canonicalRequest), canonicalRequestLines(ours.canonicalRequest.text));
  const stringToSign =
    server.stringToSign === undefined ? null : alignLines(stringToSignLines(server.stringToSign), stringToSignLines(ours.stringToSign.text));
  const provided = server.signatureProvided?.trim().toLowerCase();
  const signature = provided === undefined ? null : { provided, ours: ours.signature.text, equal: signs(trace, provided) };
  const stages = [
    ...(canonicalRequest ? differingStages(canonicalRequest, false, true) : []),
    ...(stringToSign ? differingStages(stringToSign, true, canonicalRequest !== null) : []),
  ];
  // Equal texts but a different signature: the texts are right, so the key is what differs.
  if (stages.length === 0 && signature && !signature.equal) stages.push('signature');
  const key = stringToSign ? keyOfScope(stringToSign, trace) : null;
  const differing = STAGE_ORDER.filter((id) => stages.includes(id) || id === key);
  return { canonicalRequest, stringToSign, firstDifference: earliestStage(stages), differing, signature };
}
