/** The guided tour: the talk's story in nine chapters; each drives the graph or the lab and brings it into view. */
import { useEffect } from 'react';
import { t } from '../content/i18n';
import { CHAPTERS, useStore } from '../store';

export function TourPanel() {
  const lang = useStore((s) => s.prefs.lang);
  const chapter = useStore((s) => s.tour.chapter);
  const next = useStore((s) => s.tourNext);
  const prev = useStore((s) => s.tourPrev);
  const c = CHAPTERS[chapter - 1];

  // Bring the part of the page the chapter talks about into view.
  useEffect(() => {
    if (!c) return;
    const d = c.drive;
    const target = d.view === 'flow' ? 'flow' : d.focus === 'authorization' ? 'authorization-header' : d.focus === 'signature' ? 'signature' : 'lab';
    const el = document.getElementById(target) ?? document.querySelector(`[data-testid="${target}"]`);
    el?.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }, [c]);

  return (
    <section className="tour panel" aria-labelledby="tour-title">
      <div className="tour-head">
        <h2 id="tour-title" className="section-title">
          {t(lang, 'tour.title')}
        </h2>
        <p className="tour-count" data-testid="tour-step" data-value={chapter} aria-live="polite">
          {c ? t(lang, 'tour.chapter', { n: chapter, total: CHAPTERS.length }) : t(lang, 'tour.intro')}
        </p>
        <div className="tour-buttons">
          <button type="button" data-testid="tour-prev" onClick={prev} disabled={chapter <= 1}>
            ← {t(lang, 'tour.prev')}
          </button>
          <button type="button" className="primary" data-testid="tour-next" onClick={next} disabled={chapter >= CHAPTERS.length}>
            {chapter === 0 ? t(lang, 'tour.start') : t(lang, 'tour.next')} →
          </button>
        </div>
      </div>
      {c && (
        <div className="tour-body" data-testid="tour-chapter" data-chapter={c.id}>
          <h3>{t(lang, `tour.${c.id}.title` as 'tour.role.title')}</h3>
          <p>{t(lang, `tour.${c.id}.text` as 'tour.role.text')}</p>
        </div>
      )}
    </section>
  );
}
