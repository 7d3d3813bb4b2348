/**
 * The header's share menu: a button that opens a small panel with the copy-link button and the
 * box that puts the secrets into the link, with its warning. Closed, none of it takes room on the
 * page; Escape or a click elsewhere closes it, and focus returns to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../content/i18n';
import { useStore } from '../../store';
import { ShareLink } from './ShareLink';

export function ShareMenu() {
  const lang = useStore((s) => s.prefs.lang);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return (
    <div className="share-menu" ref={root}>
      <button type="button" ref={button} data-testid="share-menu" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t(lang, 'share.menu')}
      </button>
      {open && (
        <div className="share-panel" id={panelId} role="group" aria-label={t(lang, 'share.menu')}>
          <ShareLink />
          <p className="small-text share-privacy">{t(lang, 'app.privacy')}</p>
        </div>
      )}
    </div>
  );
}
