/**
 * What a pasted request that already carries its signature says, above the form: the access key
 * and scope it was signed with (the fields below hold its own values), and then, as soon as the
 * secret is entered, whether the signature matches. The full verdict is the verify panel's.
 */
import { t } from '../../content/i18n';
import { useStore } from '../../store';
import { describeIssue } from './issues';
import { stageTitle } from './stage-titles';

/** Moves the reader to the verify panel's verdict (the panel's heading takes the focus). */
function showVerify(): void {
  const heading = document.getElementById('verify-title');
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

export function SignedNotice() {
  const lang = useStore((s) => s.prefs.lang);
  const signed = useStore((s) => s.lab.result.signed);
  const verify = useStore((s) => s.lab.verify);
  if (!signed) return null;
  const { claim } = signed;
  // The verify panel checks its own paste when it has one: then this request waits for it to be cleared.
  const own = verify?.source === 'request' ? verify : null;
  const state = own?.status ?? (verify?.source === 'pasted' ? 'elsewhere' : 'waiting');
  const cls = state === 'match' ? ' verdict verdict-match' : state === 'mismatch' || state === 'error' ? ' verdict verdict-mismatch' : '';
  return (
    <div className={`signed-notice${cls}`} data-testid="signed-notice" data-value={state} role="status">
      <p className="verdict-head">{t(lang, 'signed.title')}</p>
      <p>
        {t(lang, 'signed.summary', {
          accessKeyId: claim.accessKeyId,
          scope: `${claim.scopeDate}/${claim.region}/${claim.service}/${claim.terminator}`,
          where: t(lang, claim.mode === 'header' ? 'inputs.mode.header' : 'inputs.mode.query'),
        })}
      </p>
      {own?.status === 'needs-secret' && <p data-testid="signed-needs-secret">{t(lang, 'signed.needSecret', { accessKeyId: own.accessKeyId })}</p>}
      {own?.status === 'match' && <p>{t(lang, 'signed.match')}</p>}
      {own?.status === 'mismatch' && <p>{t(lang, 'signed.mismatch', { stage: stageTitle(lang, own.firstDifference) })}</p>}
      {own?.status === 'error' && <p>⚠ {describeIssue(lang, own.issue)}</p>}
      {state === 'elsewhere' && <p>{t(lang, 'signed.elsewhere')}</p>}
      {(own?.status === 'match' || own?.status === 'mismatch') && (
        <button type="button" className="small" data-testid="signed-show-verify" onClick={showVerify}>
          {t(lang, 'signed.showVerify')}
        </button>
      )}
    </div>
  );
}
