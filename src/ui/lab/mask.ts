/** Masking of the secret access key and session token: one bullet per character unless the user reveals them. */
import { useCallback } from 'react';
import type { Origin, SourcedText } from '../../sigv4';
import { useStore } from '../../store';

/** The character that stands for one hidden character. */
export const MASK_CHAR = '•';

/** One bullet per character (code point) of the secret. */
export function maskSecret(secret: string): string {
  return MASK_CHAR.repeat([...secret].length);
}

/** Whether a run comes from the secret access key or the session token: the two the screen masks. */
function isSecretOrigin(origin: Origin): boolean {
  return origin.kind === 'context' && (origin.field === 'secretAccessKey' || origin.field === 'sessionToken');
}

/**
 * `text` with every occurrence of the secrets (as written and percent-encoded, as in a presigned
 * URL) replaced by bullets, unless the user reveals them: what the screen shows, and so what every
 * data-value and attribute may carry.
 */
export function maskSecretsIn(text: string, secrets: readonly (string | undefined)[], reveal: boolean, shorten = Infinity): string {
  if (reveal) return text;
  let out = text;
  for (const s of secrets) {
    if (!s) continue;
    // A long token reads as a short run of bullets and an ellipsis.
    const masked = [...s].length > shorten ? maskSecret(s.slice(0, shorten)) + '…' : maskSecret(s);
    out = out.split(s).join(masked);
    const encoded = encodeURIComponent(s);
    if (encoded !== s) out = out.split(encoded).join(masked);
  }
  return out;
}

/** The mask for SourcedView: secret key and session token runs become bullets unless the user reveals secrets. */
export function useSecretMask(): (origin: Origin, text: string) => string | null {
  const reveal = useStore((s) => s.prefs.revealSecrets);
  return useCallback(
    (origin: Origin, text: string) =>
      !reveal && isSecretOrigin(origin) ? maskSecret(text) : null,
    [reveal],
  );
}

/** A sourced text with secret key and session token runs masked (unless revealed), for plain-text displays. */
export function maskedText(sourced: SourcedText, reveal: boolean): string {
  // Most values hold no secret run: their text as it is, not rebuilt run by run (a 64 KB signed request is read about a dozen times a keystroke).
  if (reveal || !sourced.segments.some((seg) => isSecretOrigin(seg.origin))) return sourced.text;
  let out = '';
  for (const seg of sourced.segments) {
    const run = sourced.text.slice(seg.start, seg.end);
    out += isSecretOrigin(seg.origin) ? maskSecret(run) : run;
  }
  return out;
}
