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
      !reveal && origin.kind === 'context' && (origin.field === 'secretAccessKey' || origin.field === 'sessionToken') ? maskSecret(text) : null,
    [reveal],
  );
}

/** A sourced text with secret key and session token runs masked (unless revealed), for plain-text displays. */
export function maskedText(sourced: SourcedText, reveal: boolean): string {
  if (reveal) return sourced.text;
  let out = '';
  for (const seg of sourced.segments) {
    const run = sourced.text.slice(seg.start, seg.end);
    const secret = seg.origin.kind === 'context' && (seg.origin.field === 'secretAccessKey' || seg.origin.field === 'sessionToken');
    out += secret ? maskSecret(run) : run;
  }
  return out;
}
