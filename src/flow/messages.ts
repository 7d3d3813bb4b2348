/** The text of the message panel. */
import type { Step } from './types';

/**
 * The exact text the panel shows for a step: one exchange's text when `exchange` is given (clamped
 * to the step's exchanges), else every exchange's text in order, each separated from the next by
 * exactly one blank line (texts that already end in one get none added). Each text stays intact.
 */
export function messageText(step: Step, exchange?: number): string {
  const all = step.exchanges;
  if (exchange !== undefined) {
    if (all.length === 0) return '';
    return all[Math.min(Math.max(0, exchange), all.length - 1)]!.text;
  }
  let out = '';
  all.forEach((e, i) => {
    out += e.text;
    if (i === all.length - 1) return;
    out += e.text.endsWith('\n\n') ? '' : e.text.endsWith('\n') ? '\n' : '\n\n';
  });
  return out;
}

