/**
 * The Authorization header's four parts, each labelled and in its own colour (the same colour marks
 * that part wherever the page shows it): the algorithm, Credential (access key ID and scope),
 * SignedHeaders and Signature. Split from the header's own text, so what is shown is what is sent.
 */
import { t } from '../../content/i18n';
import { useStore } from '../../store';
import { AUTH_PART_LABEL, splitAuthorization } from './parts';

export function AuthorizationParts({ text }: { text: string }) {
  const lang = useStore((s) => s.prefs.lang);
  const parts = splitAuthorization(text);
  if (!parts) return null;
  return (
    <ol className="auth-parts" data-testid="authorization-parts" aria-label={t(lang, 'auth.parts')}>
      {parts.map(({ part, text: value }) => (
        <li key={part} className="auth-part" data-part={part} data-testid={`authorization-part-${part}`} data-value={value}>
          <span className="auth-part-label">{t(lang, AUTH_PART_LABEL[part])}</span>
          <code className="auth-part-value">{value}</code>
        </li>
      ))}
    </ol>
  );
}
