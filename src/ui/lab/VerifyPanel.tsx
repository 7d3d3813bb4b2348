/** Verify: paste a signed request or presigned URL; the lab recomputes it with the secret and names the first stage that differs. */
import { useId } from 'react';
import { t, type Lang } from '../../content/i18n';
import type { VerifyResult } from '../../sigv4';
import { useStore } from '../../store';
import { describeIssue } from './issues';
import { kebab } from './kebab';
import { stageTitle } from './stage-titles';

/** Why the verification came out as it did, with the values the reason names. */
function reasonText(lang: Lang, r: VerifyResult): string {
  if (r.status === 'match') return t(lang, 'verify.reason.match');
  switch (r.reason) {
    case 'algorithm':
      return t(lang, 'verify.reason.algorithm', { algorithm: r.claim.algorithm });
    case 'missing-signed-header':
      return t(lang, 'verify.reason.missing-signed-header', { headers: r.missingHeaders.join(', ') });
    case 'scope-date':
      return t(lang, 'verify.reason.scope-date', { scopeDate: r.claim.scopeDate, amzDate: r.claim.amzDate });
    case 'terminator':
    case 'signature':
      return t(lang, `verify.reason.${r.reason}`);
  }
}

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
          {outcome.result.status === 'mismatch' && (
            <p data-testid="first-difference" data-value={kebab(outcome.result.firstDifference)}>
              {t(lang, 'verify.first', { stage: stageTitle(lang, outcome.result.firstDifference) })}
            </p>
          )}
          <p>{reasonText(lang, outcome.result)}</p>
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
