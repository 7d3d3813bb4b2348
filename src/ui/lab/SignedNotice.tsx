/**
 * What a pasted request that already carries its signature says, above the form: the access key
 * and scope it was signed with (the fields below hold its own values), and then, as soon as the
 * secret is entered, whether the signature matches. The full verdict is the verify panel's.
 */
import { t } from '../../content/i18n';
import { useStore } from '../../store';
import { stageTitle } from './stage-titles';

/** The id of the form's secret key input, which the notice brings the reader to. */
export const SECRET_INPUT_ID = 'lab-secret-key';

/** Moves the reader to an element (the secret's input, the verify panel's heading): on screen, and focused. */
function goTo(id: string): void {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
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
      {own?.status === 'needs-secret' && (
        <>
          <p data-testid="signed-needs-secret">{t(lang, 'signed.needSecret', { accessKeyId: own.accessKeyId })}</p>
          <button type="button" className="small" data-testid="signed-enter-secret" onClick={() => goTo(SECRET_INPUT_ID)}>
            {t(lang, 'signed.enterSecret')}
          </button>
        </>
      )}
      {own?.status === 'match' && <p>{t(lang, 'signed.match')}</p>}
      {own?.status === 'mismatch' && <p>{t(lang, 'signed.mismatch', { stage: stageTitle(lang, own.firstDifference) })}</p>}
      {/* The lab reports the fault where it stands, under the request: not a second time here. */}
      {own?.status === 'error' && <p>⚠ {t(lang, 'signed.blocked')}</p>}
      {state === 'elsewhere' && <p>{t(lang, 'signed.elsewhere')}</p>}
      {(own?.status === 'match' || own?.status === 'mismatch') && (
        <button type="button" className="small" data-testid="signed-show-verify" onClick={() => goTo('verify-title')}>
          {t(lang, 'signed.showVerify')}
        </button>
      )}
    </div>
  );
}
