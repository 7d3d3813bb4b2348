/** The server echo diff: the server's canonical request and string to sign against ours, line by line and byte by byte, with likely causes. */
import { useId } from 'react';
import { t, tx, type Lang } from '../../content/i18n';
import { visibleText, type TextDiff } from '../../diagnose';
import { useStore } from '../../store';
import { partLabel, Side } from './DiffView';
import { describeIssue } from './issues';
import { kebab } from './kebab';
import { stageTitle } from './stage-titles';

function DiffTable({ diff, caption, lang }: { diff: TextDiff; caption: string; lang: Lang }) {
  return (
    <table className="diff-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">{t(lang, 'diff.side.server')}</th>
          <th scope="col">{t(lang, 'diff.side.ours')}</th>
        </tr>
      </thead>
      <tbody>
        {diff.lines.map((l, i) => (
          <tr key={i} className={l.equal ? 'diff-eq' : 'diff-ne'}>
            <th scope="row">
              {partLabel(lang, l)} <span className="badge">{l.equal ? `✓ ${t(lang, 'echo.line.equal')}` : `✗ ${t(lang, 'echo.line.differs')}`}</span>
            </th>
            {l.equal || !l.bytes ? (
              <>
                <td><code className="diff-line">{l.server === null ? t(lang, 'echo.missing') : visibleText(l.server)}</code></td>
                <td><code className="diff-line">{l.ours === null ? t(lang, 'echo.missing') : visibleText(l.ours)}</code></td>
              </>
            ) : (
              <>
                <td><Side bytes={l.bytes} side="server" lang={lang} /></td>
                <td><Side bytes={l.bytes} side="ours" lang={lang} /></td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EchoPanel() {
  const id = useId();
  const lang = useStore((s) => s.prefs.lang);
  const text = useStore((s) => s.lab.echoText);
  const outcome = useStore((s) => s.lab.echo);
  const setText = useStore((s) => s.setEchoText);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(lang, 'echo.title')}</h3>
      <label htmlFor={id} className="field-label">
        {t(lang, 'echo.label')}
      </label>
      <textarea id={id} data-testid="echo-input" className="plain-input" rows={6} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      {outcome?.status === 'error' && (
        <p className="input-error" data-testid="echo-error" role="alert">
          ⚠ {describeIssue(lang, outcome.issue)}
        </p>
      )}
      {outcome?.status === 'no-trace' && <p className="hint">{t(lang, 'echo.noTrace')}</p>}
      {outcome?.status === 'diff' && (
        <>
          <div className="echo-diff" data-testid="echo-diff" data-value={outcome.diff.firstDifference ? kebab(outcome.diff.firstDifference) : 'none'}>
            <p className="verdict-head">
              {outcome.diff.firstDifference ? t(lang, 'diff.first', { stage: stageTitle(lang, outcome.diff.firstDifference) }) : t(lang, 'diff.equal')}
            </p>
            {outcome.diff.canonicalRequest && <DiffTable diff={outcome.diff.canonicalRequest} caption={t(lang, 'echo.canonicalRequest')} lang={lang} />}
            {outcome.diff.stringToSign && <DiffTable diff={outcome.diff.stringToSign} caption={t(lang, 'echo.stringToSign')} lang={lang} />}
          </div>
          <div data-testid="echo-cause" data-value={outcome.causes[0]?.id ?? 'none'} data-causes={outcome.causes.map((c) => c.id).join(' ')}>
            <h4>{t(lang, 'echo.causes')}</h4>
            {outcome.causes.length === 0 ? (
              <p>{t(lang, 'echo.noCause')}</p>
            ) : (
              <ol className="causes">
                {outcome.causes.map((c) => (
                  <li key={c.id} data-cause={c.id}>
                    <strong>{stageTitle(lang, c.stage)}:</strong> {tx(lang, c.key, c.params)} <span className="source">({t(lang, 'echo.source', { source: c.source })})</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </>
      )}
    </section>
  );
}
