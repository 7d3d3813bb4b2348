/** "Reproduce it yourself": the shell commands that recompute a stage (secrets read from environment variables unless revealed). */
import { useMemo } from 'react';
import { t } from '../../content/i18n';
import { reproduceCommands } from '../../export';
import type { StageId } from '../../sigv4';
import { useStore } from '../../store';

export function Reproduce({ stage }: { readonly stage: StageId }) {
  const lang = useStore((s) => s.prefs.lang);
  const trace = useStore((s) => s.lab.result.trace);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const commands = useMemo(() => (trace && trace.request.bodyBytes.length < 1 << 20 ? reproduceCommands(trace, reveal) : null), [trace, reveal]);
  const lines = commands?.[stage];
  if (!lines || lines.length === 0) return null;
  return (
    <details className="repro" data-testid="repro">
      <summary>{t(lang, 'export.reproduce.title')}</summary>
      <p className="hint">
        {t(lang, 'export.reproduce.tools')} {reveal ? t(lang, 'export.reproduce.revealed') : t(lang, 'export.reproduce.masked', { secretEnv: 'AWS_SECRET_ACCESS_KEY', tokenEnv: 'AWS_SESSION_TOKEN' })}
      </p>
      <pre className="code">{lines.join('\n')}</pre>
    </details>
  );
}
