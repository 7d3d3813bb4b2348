/**
 * The Authorization header's four parts, each labelled and in its own colour (the same colour marks
 * that part wherever the page shows it): the algorithm, Credential (access key ID and scope),
 * SignedHeaders and Signature. Split from the header's own text, so what is shown is what is sent.
 */
import { t } from '../../content/i18n';
import { useStore } from '../../store';

/** The parts of the Authorization header, in the order they are written. */
export const AUTH_PARTS = ['algorithm', 'credential', 'signedHeaders', 'signature'] as const;
/** One part of the Authorization header. */
export type AuthPart = (typeof AUTH_PARTS)[number];

const LABEL = { algorithm: 'auth.part.algorithm', credential: 'auth.part.credential', signedHeaders: 'auth.part.signedHeaders', signature: 'auth.part.signature' } as const;

/** Splits `ALG Credential=…, SignedHeaders=…, Signature=…` into its parts; null when it has another shape. */
export function splitAuthorization(text: string): { part: AuthPart; text: string }[] | null {
  const m = /^(\S+) (Credential=[^,]*), (SignedHeaders=[^,]*), (Signature=\S*)$/.exec(text);
  if (!m) return null;
  return AUTH_PARTS.map((part, i) => ({ part, text: m[i + 1]! }));
}

export function AuthorizationParts({ text }: { text: string }) {
  const lang = useStore((s) => s.prefs.lang);
  const parts = splitAuthorization(text);
  if (!parts) return null;
  return (
    <ol className="auth-parts" data-testid="authorization-parts" aria-label={t(lang, 'auth.parts')}>
      {parts.map(({ part, text: value }) => (
        <li key={part} className={`auth-part auth-part-${part}`} data-testid={`authorization-part-${part}`} data-value={value}>
          <span className="auth-part-label">{t(lang, LABEL[part])}</span>
          <code className="auth-part-value">{value}</code>
        </li>
      ))}
    </ol>
  );
}
