/** Export: the signed request as a curl command, and the presigned URL (query mode). Shown masked; copied exact. */
import { memo } from 'react';
import { t, type Lang } from '../../content/i18n';
import { curlCommand } from '../../export';
import { presignedOf, useStore, type LabResult } from '../../store';
import { CopyButton } from '../common/CopyButton';
import { useAfterFrame } from '../common/useAfterFrame';
import { maskSecretsIn } from './mask';

/** The command is drawn up to here; a 64 KB body would otherwise be 64 KB of text laid out again on every keystroke. Copy takes it whole. */
const SHOWN = 4096;

export function ExportPanel() {
  const lang = useStore((s) => s.prefs.lang);
  // The export follows a frame after the diagram: a keystroke draws what it signs first, and presigns for the export after.
  const result = useAfterFrame(useStore((s) => s.lab.result));
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const bigFile = useStore((s) => s.lab.body.file !== null);
  if (!result.trace || bigFile) return null;
  return <Exports result={result} reveal={reveal} lang={lang} />;
}

/** The two exports of one result (memo: the keystroke's own render, which still holds the last result, does no work here). */
const Exports = memo(function Exports({ result, reveal, lang }: { result: LabResult; reveal: boolean; lang: Lang }) {
  const trace = result.trace!;
  const curl = curlCommand(trace);
  const token = trace.options.credentials.sessionToken;
  const shown = maskSecretsIn(curl, [token], reveal);
  const url = presignedOf(result)?.stages.presignedUrl?.text ?? null;
  const shownUrl = url === null ? null : maskSecretsIn(url, [token], reveal);
  const copy = (what: string) => ({ label: t(lang, 'copy.label'), doneLabel: t(lang, 'copy.done'), ariaLabel: t(lang, 'copy.aria', { stage: what }) });
  return (
    <section className="panel" aria-labelledby="export-title">
      <h3 id="export-title">{t(lang, 'export.title')}</h3>
      <div className="export-item" data-testid="export-curl" data-value={shown}>
        <div className="stage-head">
          <h4>{t(lang, 'export.curl')}</h4>
          <CopyButton value={curl} {...copy(t(lang, 'export.curl'))} />
        </div>
        <pre className="code">{shown.slice(0, SHOWN)}</pre>
        {shown.length > SHOWN && <p className="hint">{t(lang, 'value.truncated', { more: shown.length - SHOWN })}</p>}
        <p className="hint">{t(lang, 'export.curl.secretNote')}</p>
      </div>
      <div className="export-item" data-testid="export-url" {...(shownUrl ? { 'data-value': shownUrl } : {})}>
        <div className="stage-head">
          <h4>{t(lang, 'export.url')}</h4>
          {url && <CopyButton value={url} {...copy(t(lang, 'export.url'))} />}
        </div>
        {shownUrl ? <pre className="code">{shownUrl}</pre> : <p className="hint">{t(lang, 'export.url.none')}</p>}
      </div>
    </section>
  );
});
