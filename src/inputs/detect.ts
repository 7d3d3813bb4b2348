/** Tells what was pasted into the lab's one textarea, by its first word. */
import type { InputKind } from './types';

const CURL = /^(?:\$\s+)?(?:\S*[/\\])?curl(?:\.exe)?(?:\s|$)/i;
const URL_WITH_SCHEME = /^https?:\/\/\S+$/i;
// A scheme-less URL as curl accepts it: a dotted host name, an optional port, then / ? or # or nothing.
const URL_WITHOUT_SCHEME = /^(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*(?::\d+)?(?:[/?#]\S*)?$/;

/** 'empty' for blank text, 'curl' for a curl command, 'url' for a single URL, else 'http' (raw request text). */
export function detectInputKind(text: string): InputKind {
  const t = text.trim();
  if (t === '') return 'empty';
  if (CURL.test(t)) return 'curl';
  if (URL_WITH_SCHEME.test(t) || URL_WITHOUT_SCHEME.test(t)) return 'url';
  return 'http';
}
