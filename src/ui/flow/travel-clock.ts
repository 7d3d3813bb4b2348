/**
 * Who delivers a travelling message. While an envelope carries it across the graph, the envelope
 * does: when its travel has finished and it has rested at the arrowhead for a moment (so the last
 * frame a viewer sees has it there, even on a busy main thread). A message no envelope carries (the
 * graph not drawn yet, another view) arrives by the controls' timer after the same time.
 */
const carried = new Set<number>();

/** How long an envelope rests at the arrowhead before its message opens: a quarter of its travel. */
export const restMs = (travel: number): number => Math.round(travel / 4);

/** Marks message `sent` as carried by an envelope (until the returned function is called). */
export function carry(sent: number): () => void {
  carried.add(sent);
  return () => void carried.delete(sent);
}

/** True while an envelope carries message `sent`. */
export function isCarried(sent: number): boolean {
  return carried.has(sent);
}
