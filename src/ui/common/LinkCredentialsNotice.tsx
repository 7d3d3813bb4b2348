/** Credentials that arrived with a link: named as someone else's, and used only once the user accepts them. */
import { t } from '../../content/i18n';
import { useStore } from '../../store';

export function LinkCredentialsNotice() {
  const lang = useStore((s) => s.prefs.lang);
  const held = useStore((s) => s.link.held);
  const accept = useStore((s) => s.acceptLinkCredentials);
  const dismiss = useStore((s) => s.dismissLinkCredentials);
  if (!held) return null;
  return (
    <div className="link-credentials" data-testid="link-credentials" role="alertdialog" aria-labelledby="link-credentials-text">
      <p id="link-credentials-text">
        <span aria-hidden="true">⚠ </span>
        {t(lang, 'link.credentials')}
      </p>
      {held.accessKeyId !== '' && <p className="small-text">{t(lang, 'link.credentials.key', { accessKeyId: held.accessKeyId })}</p>}
      <div className="link-credentials-actions">
        <button type="button" data-testid="link-credentials-accept" onClick={accept}>
          {t(lang, 'link.credentials.accept')}
        </button>
        <button type="button" data-testid="link-credentials-dismiss" onClick={dismiss}>
          {t(lang, 'link.credentials.dismiss')}
        </button>
      </div>
    </div>
  );
}
