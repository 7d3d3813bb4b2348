/** Control characters in values that travel in a header line (RFC 9110 §5.5: field values are VCHAR, SP, HTAB, obs-text). */

/** Index of the first C0 control character (other than a tab when `allowTab`) or DEL in `text`, or -1. */
export function controlCharAt(text: string, allowTab = false): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && !(allowTab && c === 9)) || c === 0x7f) return i;
  }
  return -1;
}

/** The character at `at` named by its code point (`U+000A`), so a secret around it is never shown. */
export function codePointName(text: string, at: number): string {
  return 'U+' + text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
}
