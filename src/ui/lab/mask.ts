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
