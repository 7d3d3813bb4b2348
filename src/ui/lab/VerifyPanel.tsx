/**
 * Verify: a signed request or presigned URL, pasted here or, when this is blank, the lab's own request
 * when it carries a signature; the lab recomputes it with the secret and names the first stage that differs.
 */
import { t, type Lang } from '../../content/i18n';
import { STAGES, type VerifyResult } from '../../sigv4';
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
  const lang = useStore((s) => s.prefs.lang);
  const text = useStore((s) => s.lab.verifyText);
  const outcome = useStore((s) => s.lab.verify);
  const setText = useStore((s) => s.setVerifyText);
  const checked = outcome?.status === 'match' || outcome?.status === 'mismatch' ? outcome : null;
  return (
    <section className="panel" aria-labelledby="verify-title">
      {/* Focusable so the signed-request notice above the form can bring the reader here. */}
      <h3 id="verify-title" tabIndex={-1}>
        {t(lang, 'verify.title')}
      </h3>
      <label htmlFor="verify-input" className="field-label">
        {t(lang, 'verify.label')}
      </label>
      <textarea id="verify-input" data-testid="verify-input" className="plain-input" rows={5} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      {outcome?.source === 'request' && (
        <p className="hint" data-testid="verify-source" data-value="request">
          {t(lang, 'verify.source.request')}
        </p>
      )}
      {outcome?.status === 'needs-secret' && <p className="hint">{t(lang, 'signed.needSecret', { accessKeyId: outcome.accessKeyId })}</p>}
      {outcome?.status === 'error' && (
        <p className="input-error" data-testid="verify-error" role="alert">
          ⚠ {describeIssue(lang, outcome.issue)}
        </p>
      )}
      {checked && (
        <div
          className={`verdict verdict-${checked.status}`}
          data-testid="verify-result"
          data-value={checked.status}
          {...(checked.status === 'mismatch' ? { 'data-first-difference': STAGES[checked.firstDifference].testId } : {})}
          role="status"
        >
          <p className="verdict-head">{t(lang, checked.status === 'match' ? 'verify.match' : 'verify.mismatch')}</p>
          {checked.status === 'mismatch' && (
            <>
              {/* Known from a signature that matched earlier: the first stage that differs from what was signed. */}
              {checked.against === 'verified' && (
                <p data-testid="first-difference-verified" data-value={kebab(checked.firstDifference)}>
                  {t(lang, 'verify.firstVerified', { stage: stageTitle(lang, checked.firstDifference) })}
                </p>
              )}
              <p data-testid="first-difference" data-value={kebab(checked.result.firstDifference)}>
                {t(lang, checked.against === 'verified' ? 'verify.firstClaim' : 'verify.first', { stage: stageTitle(lang, checked.result.firstDifference) })}
              </p>
            </>
          )}
          <p>{reasonText(lang, checked.result)}</p>
          <p className="mono small-text">
            {t(lang, 'verify.claim', {
              accessKeyId: checked.result.claim.accessKeyId,
              scope: `${checked.result.claim.scopeDate}/${checked.result.claim.region}/${checked.result.claim.service}/${checked.result.claim.terminator}`,
              amzDate: checked.result.claim.amzDate,
              headers: checked.result.claim.signedHeaders.join(';'),
              signature: checked.result.claim.signature,
            })}
          </p>
          <p className="mono small-text">{t(lang, 'verify.ours', { signature: checked.result.trace.stages.signature.text })}</p>
        </div>
      )}
    </section>
  );
}
