/** Which segments light up for a focused origin: the same request range, the same field, the same stage. */
import type { Origin } from '../../sigv4';

/** True when a segment's origin is the focused one (request ranges: any overlap). */
export function originMatches(origin: Origin, focus: Origin | null): boolean {
  if (focus === null) return false;
  switch (focus.kind) {
    case 'request':
      return origin.kind === 'request' && (origin.start < focus.end && focus.start < origin.end || (origin.start === focus.start && origin.end === focus.end));
    case 'context':
      return origin.kind === 'context' && origin.field === focus.field;
    case 'stage':
      return origin.kind === 'stage' && origin.stage === focus.stage;
    case 'spec':
      return false;
  }
}
