/**
 * When each message left, on the page's clock (performance.now, the document timeline's clock too):
 * the timer that marks a message arrived and the envelope that carries it across the graph both
 * count from here, so under a busy main thread the envelope catches up instead of falling behind,
 * and it is at the arrowhead when the message opens.
 */
const left = new Map<number, number>();

/** The time message `sent` left: fixed by whichever of the timer and the envelope asks first. */
export function leftAt(sent: number): number {
  let t = left.get(sent);
  if (t === undefined) {
    t = performance.now();
    left.set(sent, t);
    // Only the latest few matter; a long session should not keep them all.
    for (const old of left.keys()) if (old < sent - 8) left.delete(old);
  }
  return t;
}
