/** Copies a link to this exact view. Secrets go into it only when the user ticks the box that says so. */
import { useId, useState } from 'react';
import { t } from '../../content/i18n';
import { toFragment, useStore } from '../../store';
import { linkStateOf } from './useUrlSync';

export function ShareLink() {
  const id = useId();
  const lang = useStore((s) => s.prefs.lang);
  const state = useStore((s) => s);
  const [withSecrets, setWithSecrets] = useState(false);
  const [copied, setCopied] = useState(false);
  const link = `${location.href.split('#')[0]}#${toFragment(linkStateOf(state), withSecrets)}`;
  return (
    <div className="share">
      <button
        type="button"
        data-testid="share-link"
        data-value={link}
        onClick={() => {
          void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false));
        }}
      >
        {copied ? t(lang, 'share.done') : t(lang, 'share.button')}
      </button>
      <label htmlFor={id} className="check small-text">
        <input id={id} type="checkbox" data-testid="share-secrets" checked={withSecrets} onChange={(e) => setWithSecrets(e.target.checked)} />
        {t(lang, 'share.secrets')}
      </label>
    </div>
  );
}
