/** What-if toggles: inject a real signing mistake and watch which stage changes first, down to the signature. */
import { useId } from 'react';
import { t, tx } from '../../content/i18n';
import { WHATIFS } from '../../diagnose';
import { toHex, type StageId, type Trace } from '../../sigv4';
import { useStore } from '../../store';
import { kebab } from './kebab';
import { maskedText } from './mask';
import { stageTitle } from './stage-titles';

/** A stage's value for display: text, or hex for keys; null when the trace has no such stage. */
function valueOf(trace: Trace | null, id: StageId, reveal: boolean): string | null {
  const s = trace?.stages[id];
  if (!s) return null;
  return 'text' in s ? maskedText(s, reveal) : id === 'kSecret' ? null : toHex(s.bytes);
}

export function WhatIfPanel() {
  const id = useId();
  const lang = useStore((s) => s.prefs.lang);
  const selected = useStore((s) => s.lab.whatIfs);
  const outcome = useStore((s) => s.lab.whatIf);
  const toggle = useStore((s) => s.toggleWhatIf);
  const run = outcome?.status === 'run' ? outcome.run : null;
  const reveal = useStore((s) => s.prefs.revealSecrets);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(lang, 'whatif.title')}</h3>
      <p className="hint">{t(lang, 'whatif.intro')}</p>
      <div className="whatif-grid">
        {WHATIFS.map((w) => (
          <label key={w.id} className="check">
            <input type="checkbox" data-testid={`whatif-${w.id}`} checked={selected.includes(w.id)} onChange={(e) => toggle(w.id, e.target.checked)} />
            {tx(lang, w.titleKey, w.params ?? {})}
          </label>
        ))}
      </div>
      {outcome?.status === 'unavailable' && <p className="hint">{t(lang, `whatif.unavailable.${outcome.reason}`)}</p>}
      {run && (
        <div className="whatif-impact" data-testid="whatif-impact" data-value={run.impact.firstChanged ? kebab(run.impact.firstChanged) : 'none'} role="status">
          {WHATIFS.filter((w) => selected.includes(w.id)).map((w) => (
            <p key={w.id}>
              <strong>{tx(lang, w.titleKey, w.params ?? {})}:</strong> {tx(lang, w.explanationKey, w.params ?? {})}{' '}
              <span className="source">({t(lang, 'whatif.source', { source: w.source })})</span>
            </p>
          ))}
          {run.noopKey && <p className="hint">{tx(lang, run.noopKey)}</p>}
          {run.server && <p className="hint">{t(lang, 'whatif.afterSigning')}</p>}
          {run.impact.firstChanged && (
            <>
              <p className="verdict-head">{t(lang, 'whatif.first', { stage: stageTitle(lang, run.impact.firstChanged) })}</p>
              <table className="diff-table" data-testid="whatif-changed" data-value={run.impact.changed.map(kebab).join(' ')}>
                <caption>{t(lang, 'whatif.changed')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(lang, 'whatif.col.stage')}</th>
                    <th scope="col">{t(lang, run.server ? 'whatif.col.mistaken' : 'whatif.col.correct')}</th>
                    <th scope="col">{t(lang, run.server ? 'whatif.col.server' : 'whatif.col.mistaken')}</th>
                  </tr>
                </thead>
                <tbody>
                  {run.impact.changed.map((stage) => {
                    const [from, to] = run.server ? [run.after, run.server] : [run.before, run.after];
                    return (
                      <tr key={stage}>
                        <th scope="row">{stageTitle(lang, stage)}</th>
                        <td><code className="diff-line">{valueOf(from, stage, reveal) ?? '—'}</code></td>
                        <td><code className="diff-line">{valueOf(to, stage, reveal) ?? '—'}</code></td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}
