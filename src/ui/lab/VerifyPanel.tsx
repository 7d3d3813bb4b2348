/** Verify: paste a signed request or presigned URL; the lab recomputes it with the secret and names the first stage that differs. */
import { useId } from 'react';
import { t } from '../../content/i18n';
import { useStore } from '../../store';
import { describeIssue } from './issues';
import { kebab } from './kebab';
import { stageTitle } from './stage-titles';

export function VerifyPanel() {
  const id = useId();
  const lang = useStore((s) => s.prefs.lang);
  const text = useStore((s) => s.lab.verifyText);
  const outcome = useStore((s) => s.lab.verify);
  const setText = useStore((s) => s.setVerifyText);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(lang, 'verify.title')}</h3>
      <label htmlFor={id} className="field-label">
        {t(lang, 'verify.label')}
      </label>
      <textarea id={id} data-testid="verify-input" className="plain-input" rows={5} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      {outcome?.status === 'error' && (
        <p className="input-error" data-testid="verify-error" role="alert">
          ⚠ {describeIssue(lang, outcome.issue)}
        </p>
      )}
      {outcome && outcome.status !== 'error' && (
        <div className={`verdict verdict-${outcome.status}`} data-testid="verify-result" data-value={outcome.status} role="status">
          <p className="verdict-head">{t(lang, outcome.status === 'match' ? 'verify.match' : 'verify.mismatch')}</p>
          {outcome.result.firstDifference && (
            <p data-testid="first-difference" data-value={kebab(outcome.result.firstDifference)}>
              {t(lang, 'verify.first', { stage: stageTitle(lang, outcome.result.firstDifference) })}
            </p>
          )}
          <p>
            {outcome.result.reason === 'algorithm'
              ? t(lang, 'verify.reason.algorithm', { algorithm: outcome.result.claim.algorithm })
              : outcome.result.reason === 'missing-signed-header'
                ? t(lang, 'verify.reason.missing-signed-header', { headers: outcome.result.missingHeaders.join(', ') })
                : outcome.result.reason === 'scope-date'
                  ? t(lang, 'verify.reason.scope-date', { scopeDate: outcome.result.claim.scopeDate, amzDate: outcome.result.claim.amzDate })
                  : t(lang, `verify.reason.${outcome.result.reason}`)}
          </p>
          <p className="mono small-text">
            {t(lang, 'verify.claim', {
              accessKeyId: outcome.result.claim.accessKeyId,
              scope: `${outcome.result.claim.scopeDate}/${outcome.result.claim.region}/${outcome.result.claim.service}/${outcome.result.claim.terminator}`,
              amzDate: outcome.result.claim.amzDate,
              headers: outcome.result.claim.signedHeaders.join(';'),
              signature: outcome.result.claim.signature,
            })}
          </p>
          <p className="mono small-text">{t(lang, 'verify.ours', { signature: outcome.result.trace.stages.signature.text })}</p>
        </div>
      )}
    </section>
  );
}
