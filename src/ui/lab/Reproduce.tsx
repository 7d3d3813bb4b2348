/** "Reproduce it yourself": the shell commands that recompute a stage, built once per result by the store (secrets read from environment variables unless revealed). */
import { t } from '../../content/i18n';
import { SECRET_ENV, TOKEN_ENV } from '../../export';
import { useStore } from '../../store';

export function Reproduce({ lines }: { readonly lines: readonly string[] }) {
  const lang = useStore((s) => s.prefs.lang);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  if (lines.length === 0) return null;
  return (
    <details className="repro" data-testid="repro">
      <summary data-testid="repro-summary">{t(lang, 'export.reproduce.title')}</summary>
      <p className="hint">
        {t(lang, 'export.reproduce.tools')} {reveal ? t(lang, 'export.reproduce.revealed') : t(lang, 'export.reproduce.masked', { secretEnv: SECRET_ENV, tokenEnv: TOKEN_ENV })}
      </p>
      <pre className="code">{lines.join('\n')}</pre>
    </details>
  );
}
